/**
 * Who answers for a row: the responsibility list (every unit once per row, in its strongest role,
 * units in the registry's order) and the reminders (each overdue row to exactly one unit).
 */
import { describe, expect, it } from 'vitest';
import { ledgerColumns } from '../../src/tracking/cells.js';
import { owner, reminders, responsibilities } from '../../src/tracking/owners.js';
import type { Ledger, TrackedRow } from '../../src/tracking/types.js';

function row(id: string, number: number, fields: Partial<TrackedRow> = {}): TrackedRow {
  return {
    id,
    number,
    groupId: 'g1',
    category: '类别',
    problem: `${id}。`,
    summary: id,
    measures: [],
    leader: null,
    lead: [],
    responsible: [],
    support: [],
    deadline: { text: '6月10日前', due: '2018-06-10' },
    status: '推进中',
    completed: null,
    note: '',
    reason: null,
    evidence: [],
    overdue: false,
    daysOverdue: 0,
    late: false,
    path: ['issues', 0, 'items', number - 1],
    ...fields,
  };
}

const ledgerOf = (rows: TrackedRow[]): Ledger => ({
  kind: 'issues',
  asOf: '2018-06-20',
  columns: ledgerColumns('issues'),
  rows,
  unitNames: {},
});

/** The registry's order: the lists follow it, not the order units are first named in the plan. */
const ORDER = ['office', 'finance', 'agri', 'planning', 'villages'];

describe('responsibilities', () => {
  const ledger = ledgerOf([
    row('r1', 1, { lead: ['planning'], responsible: ['villages', 'planning'], support: ['finance'] }),
    row('r2', 2, { lead: ['finance'], responsible: ['villages'], support: ['finance', 'office'] }),
    row('r3', 3, { responsible: ['agri'], support: ['county'] }),
    row('r4', 4, {}),
  ]);

  it('lists each unit in the registry order, unknown units last in order of appearance', () => {
    expect(responsibilities(ledger, ORDER).map((u) => u.unit)).toEqual([
      'office',
      'finance',
      'agri',
      'planning',
      'villages',
      'county',
    ]);
  });

  it('counts a unit named twice on one row once, in its strongest role', () => {
    const duties = Object.fromEntries(
      responsibilities(ledger, ORDER).map((u) => [u.unit, u.duties.map((d) => `${d.row.id}:${d.role}`)]),
    );
    expect(duties).toEqual({
      office: ['r2:support'],
      finance: ['r1:support', 'r2:lead'],
      agri: ['r3:responsible'],
      planning: ['r1:lead'],
      villages: ['r1:responsible', 'r2:responsible'],
      county: ['r3:support'],
    });
  });

  it('keeps the rows of a unit in ledger order and lists nobody for rows without units', () => {
    expect(responsibilities(ledgerOf([row('x', 1)]), ORDER)).toEqual([]);
  });

  it('puts units in order of first appearance when there is no registry order', () => {
    expect(responsibilities(ledger, []).map((u) => u.unit)).toEqual([
      'planning',
      'villages',
      'finance',
      'office',
      'agri',
      'county',
    ]);
  });
});

describe('owner', () => {
  it('is the first lead unit, else the first responsible unit, else nobody', () => {
    expect(owner(row('a', 1, { lead: ['agri', 'finance'], responsible: ['villages'] }))).toBe('agri');
    expect(owner(row('b', 2, { responsible: ['villages', 'finance'], support: ['office'] }))).toBe(
      'villages',
    );
    expect(owner(row('c', 3, { support: ['office'] }))).toBeNull();
  });
});

describe('reminders', () => {
  const late = { overdue: true, daysOverdue: 5 };
  const ledger = ledgerOf([
    row('r1', 1, { ...late, lead: ['planning', 'finance'], responsible: ['villages'] }),
    row('r2', 2, { lead: ['finance'] }),
    row('r3', 3, { ...late, responsible: ['villages', 'agri'] }),
    row('r4', 4, { ...late, support: ['office'] }),
    row('r5', 5, { ...late, lead: ['planning'] }),
    row('r6', 6, { ...late, lead: ['finance'], support: ['planning'] }),
    row('r7', 7, { status: '已完成', completed: '2018-06-30', late: true, lead: ['agri'] }),
  ]);

  it('sends each overdue row to exactly one unit: its first lead, else its first responsible', () => {
    const sent = reminders(ledger, ORDER).map((r) => [r.unit, r.rows.map((x) => x.id)]);
    expect(sent).toEqual([
      ['finance', ['r6']],
      ['planning', ['r1', 'r5']],
      ['villages', ['r3']],
    ]);
    const all = sent.flatMap(([, ids]) => ids as string[]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('sends none for an overdue row that names no lead or responsible unit (support only)', () => {
    const sent = reminders(ledger, ORDER).flatMap((r) => r.rows.map((x) => x.id));
    expect(sent).not.toContain('r4');
  });

  it('sends none for rows that are not overdue, even done late', () => {
    const sent = reminders(ledger, ORDER).flatMap((r) => r.rows.map((x) => x.id));
    expect(sent).not.toContain('r2');
    expect(sent).not.toContain('r7');
  });

  it('is empty when nothing is overdue', () => {
    expect(reminders(ledgerOf([row('a', 1, { lead: ['agri'] })]), ORDER)).toEqual([]);
  });
});
