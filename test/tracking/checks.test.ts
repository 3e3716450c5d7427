/**
 * statusFindings on plan values: what only the as-of date reveals, with the path each finding is
 * reported at. (Through `check`, the loader's own history checks come first: see
 * test/plan/status-checks.test.ts for the diagnostics as a user sees them.)
 */
import type { AsOf } from '../../src/tracking/as-of.js';
import { describe, expect, it } from 'vitest';
import type { History, Plan } from '../../src/plan/types.generated.js';
import { statusFindings } from '../../src/tracking/checks.js';
import { buildLedger } from '../../src/tracking/track.js';

function planWith(
  history: History | undefined,
  units: { lead?: string[]; responsible?: string[] } = {},
): Plan {
  return {
    kind: 'rectification',
    title: '测试方案',
    date: '2018-05-11',
    issuers: [{ name: '青石镇扶贫开发领导小组' }],
    sections: [
      {
        title: '工作要求',
        items: [
          {
            id: 'it-a',
            text: '认真落实。',
            history: [{ date: '2018-06-01', status: '已完成' }],
          },
        ],
      },
    ],
    issues: [
      {
        id: 'grp',
        category: '类别',
        items: [
          {
            id: 'issue-a',
            problem: '问题。',
            measures: [{ id: 'm-a', text: '措施。' }],
            deadline: '2018-06-10',
            ...units,
            ...(history ? { history } : {}),
          },
        ],
      },
    ],
  };
}

function findings(plan: Plan, asOf: string) {
  const ledger = buildLedger(plan, new Map(), asOf, (text) => text);
  return statusFindings(plan, ledger, { date: asOf, source: 'option' }).map((f) => ({
    ...f,
    path: f.path.join('.'),
  }));
}

describe('statusFindings', () => {
  it('reports a completion recorded after the as-of date but dated on or before it, at the entry date', () => {
    const plan = planWith([{ date: '2018-06-10', status: '已完成', completed: '2018-06-05' }], {
      lead: ['a'],
    });
    expect(findings(plan, '2018-06-06')).toEqual([
      {
        code: 'status/recorded-after-as-of',
        path: 'issues.0.items.0.history.0.date',
        params: { date: '2018-06-10', completed: '2018-06-05', asOf: '2018-06-06' },
      },
      // The checklist item's entry has no completion date.
      {
        code: 'status/done-without-date',
        path: 'sections.0.items.0.history.0.status',
        params: { status: '已完成' },
      },
    ]);
    // Before the completion, and once the entry is in force, there is nothing to say.
    expect(findings(plan, '2018-06-04').map((f) => f.code)).toEqual(['status/done-without-date']);
    expect(findings(plan, '2018-06-10').map((f) => f.code)).toEqual(['status/done-without-date']);
  });

  it('warns when the as-of date is after the report or before the plan', () => {
    const plan = {
      ...planWith(undefined, { lead: ['a'] }),
      report: { date: '2018-06-20', recipients: ['县'] },
    };
    const codes = (asOf: AsOf) =>
      statusFindings(
        plan,
        buildLedger(plan, new Map(), asOf.date, (t) => t),
        asOf,
      ).map((f) => [f.code, f.path.join('.')]);
    expect(codes({ date: '2018-06-21', source: 'option' })).toContainEqual([
      'status/as-of-after-report',
      'report.date',
    ]);
    expect(codes({ date: '2018-06-20', source: 'report' })).not.toContainEqual([
      'status/as-of-after-report',
      'report.date',
    ]);
    expect(codes({ date: '2018-01-01', source: 'option' })).toContainEqual([
      'status/as-of-before-plan',
      'date',
    ]);
  });

  it('reads only the entry in force: a later done entry is not yet known, an earlier one is superseded', () => {
    const history: History = [
      { date: '2018-05-25', status: '已完成' },
      { date: '2018-06-01', status: '推进中' },
      { date: '2018-06-20', status: '已销号', evidence: ['纪要'] },
    ];
    const plan = planWith(history, { responsible: ['a'] });
    expect(findings(plan, '2018-05-31').map((f) => [f.code, f.path])).toEqual([
      ['status/done-without-date', 'issues.0.items.0.history.0.status'],
    ]);
    expect(findings(plan, '2018-06-19').map((f) => [f.code, f.path])).toEqual([
      ['status/done-without-date', 'sections.0.items.0.history.0.status'],
    ]);
    expect(findings(plan, '2018-06-20').map((f) => [f.code, f.path, f.params])).toEqual([
      ['status/done-without-date', 'issues.0.items.0.history.2.status', { status: '已销号' }],
      ['status/done-without-date', 'sections.0.items.0.history.0.status', { status: '已完成' }],
    ]);
  });

  it('reports an overdue row without lead or responsible unit at its id, from the day after its limit', () => {
    const plan = planWith(undefined);
    expect(findings(plan, '2018-05-31')).toEqual([]);
    expect(findings(plan, '2018-06-10')).toEqual([
      {
        code: 'status/done-without-date',
        path: 'sections.0.items.0.history.0.status',
        params: { status: '已完成' },
      },
    ]);
    expect(findings(plan, '2018-06-11')).toEqual([
      {
        code: 'status/done-without-date',
        path: 'sections.0.items.0.history.0.status',
        params: { status: '已完成' },
      },
      { code: 'status/overdue-without-unit', path: 'issues.0.items.0.id', params: { id: 'issue-a' } },
    ]);
    expect(findings(planWith(undefined, { lead: ['a'] }), '2018-06-11').map((f) => f.code)).toEqual([
      'status/done-without-date',
    ]);
    expect(findings(planWith(undefined, { responsible: ['a'] }), '2018-06-11').map((f) => f.code)).toEqual([
      'status/done-without-date',
    ]);
  });

  it('finds nothing for a plan without histories or ledger', () => {
    const plan: Plan = {
      kind: 'scheme',
      title: '测试方案',
      date: '2018-05-11',
      issuers: [{ name: '青石镇人民政府' }],
      sections: [{ title: '工作要求', text: '认真落实。' }],
    };
    expect(statusFindings(plan, undefined, { date: '2018-06-11', source: 'option' })).toEqual([]);
  });
});
