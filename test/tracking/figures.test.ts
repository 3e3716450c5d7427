/** The report's figures: rates as printed, and counts computed from the ledger rows (never typed). */
import { describe, expect, it } from 'vitest';
import { count, figures, percent } from '../../src/tracking/figures.js';
import { ledgerColumns } from '../../src/tracking/cells.js';
import type { Ledger, Status, TrackedRow } from '../../src/tracking/types.js';

describe('percent', () => {
  it.each([
    [1, 2, '50%'],
    [5, 14, '35.7%'],
    [14, 14, '100%'],
    [0, 14, '0%'],
    [0, 0, '0%'],
    [3, 0, '0%'],
    [1, 8, '12.5%'],
    [2, 3, '66.7%'],
    [1, 3, '33.3%'],
    [10, 14, '71.4%'],
    [1, 1000, '0.1%'],
    // 0.05% rounds half up to 0.1%; 0.04% rounds to 0%.
    [1, 2000, '0.1%'],
    [1, 2500, '0%'],
    // 99.95% rounds up to a whole 100%, printed without a decimal.
    [1999, 2000, '100%'],
    [7, 8, '87.5%'],
    [3, 40, '7.5%'],
    [9, 10, '90%'],
  ])('%i of %i is %s', (part, whole, printed) => {
    expect(percent(part, whole)).toBe(printed);
  });
});

function row(id: string, fields: Partial<TrackedRow> = {}): TrackedRow {
  return {
    id,
    number: 1,
    groupId: 'g1',
    category: '类别一',
    problem: `${id}。`,
    summary: id,
    measures: ['措施'],
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
    path: ['issues', 0, 'items', 0],
    ...fields,
  };
}

const status = (s: Status, extra: Partial<TrackedRow> = {}): Partial<TrackedRow> => ({ status: s, ...extra });

const ROWS: TrackedRow[] = [
  row('a', status('已销号', { measures: ['一', '二'], completed: '2018-06-08' })),
  row('b', status('已完成', { completed: '2018-06-20', late: true })),
  row('c', status('推进中', { overdue: true, daysOverdue: 3, measures: ['一', '二', '三'] })),
  row('d', { ...status('未启动', { overdue: true, daysOverdue: 1 }), groupId: 'g2', category: '类别二' }),
  row('e', { ...status('推进中'), groupId: 'g2', category: '类别二', measures: [] }),
  // A group seen again later stays one category, at its first place.
  row('f', status('已完成', { completed: '2018-06-01' })),
  row('g', { ...status('未启动'), groupId: 'g3', category: '类别三' }),
];

describe('count', () => {
  it('counts rows, measures, statuses, overdue and late', () => {
    expect(count(ROWS)).toEqual({
      total: 7,
      measures: 9,
      done: 3,
      closed: 1,
      inProgress: 2,
      notStarted: 2,
      overdue: 2,
      late: 1,
    });
  });

  it('is all zero for no rows', () => {
    expect(count([])).toEqual({
      total: 0,
      measures: 0,
      done: 0,
      closed: 0,
      inProgress: 0,
      notStarted: 0,
      overdue: 0,
      late: 0,
    });
  });
});

describe('figures', () => {
  const ledger: Ledger = {
    kind: 'issues',
    asOf: '2018-06-20',
    columns: ledgerColumns('issues'),
    rows: ROWS,
    unitNames: {},
  };

  it('gives the rates of the whole ledger', () => {
    const result = figures(ledger);
    expect(result.counts.total).toBe(7);
    expect(result.completionRate).toBe('42.9%');
    expect(result.closureRate).toBe('14.3%');
  });

  it('groups rows by category in order of first appearance, each with its own counts', () => {
    const result = figures(ledger);
    expect(result.categories.map((c) => [c.groupId, c.category, c.rows.map((r) => r.id).join('')])).toEqual([
      ['g1', '类别一', 'abcf'],
      ['g2', '类别二', 'de'],
      ['g3', '类别三', 'g'],
    ]);
    expect(
      result.categories.map((c) => [c.counts.total, c.counts.done, c.counts.overdue, c.counts.measures]),
    ).toEqual([
      [4, 3, 1, 7],
      [2, 0, 1, 1],
      [1, 0, 0, 1],
    ]);
  });

  it('is 0% of nothing for an empty ledger', () => {
    const result = figures({ ...ledger, rows: [] });
    expect([result.completionRate, result.closureRate, result.categories]).toEqual(['0%', '0%', []]);
  });
});
