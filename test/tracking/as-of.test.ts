/**
 * The as-of date (issue 5): `--as-of`, else the report's date, else the last progress entry of the
 * plan (issues and checklist items alike), else the plan's own date. Never the wall clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { History, Plan } from '../../src/plan/types.generated.js';
import { resolveAsOf } from '../../src/tracking/as-of.js';

const entry = (date: string): History[number] => ({ date, status: '推进中' });

const PLAN: Plan = {
  kind: 'rectification',
  title: '青石镇测试问题整改方案',
  date: '2018-05-11',
  issuers: [{ name: '青石镇扶贫开发领导小组' }],
  sections: [
    {
      title: '工作任务',
      items: [
        {
          id: 'it-a',
          text: '甲。',
          deadline: '2018-07-01',
          history: [entry('2018-06-01'), entry('2018-07-30')],
        },
      ],
    },
  ],
  phases: [
    {
      id: 'ph-a',
      name: '集中整改',
      window: { from: '2018-05-15', to: '2018-06-10' },
      items: [{ id: 'it-b', text: '乙。', history: [entry('2018-06-02')] }],
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
          // Not the last entry of its own history that wins, the latest date of the whole plan.
          history: [entry('2018-05-25'), entry('2018-06-20')],
        },
        {
          id: 'issue-b',
          problem: '问题。',
          measures: [{ id: 'm-b', text: '措施。' }],
          deadline: '2018-06-10',
          history: [entry('2018-05-20')],
        },
      ],
    },
  ],
  report: { date: '2018-11-05', recipients: ['县扶贫开发领导小组'] },
};

afterEach(() => {
  vi.useRealTimers();
});

describe('resolveAsOf', () => {
  it('takes the option first, even when it is earlier than everything in the plan', () => {
    expect(resolveAsOf(PLAN, '2018-01-02')).toEqual({ date: '2018-01-02', source: 'option' });
  });

  it("takes the report's date without an option", () => {
    expect(resolveAsOf(PLAN)).toEqual({ date: '2018-11-05', source: 'report' });
  });

  it('takes the latest progress entry of the plan without a report (a checklist item here)', () => {
    const { report: _report, ...plan } = PLAN;
    expect(resolveAsOf(plan)).toEqual({ date: '2018-07-30', source: 'history' });
  });

  it('takes the latest entry of the issues when the items have none', () => {
    const { report: _report, ...rest } = PLAN;
    const plan: Plan = { ...rest, sections: [{ title: '工作要求', text: '认真落实。' }], phases: [] };
    expect(resolveAsOf(plan)).toEqual({ date: '2018-06-20', source: 'history' });
  });

  it("takes the plan's date when nothing has a history", () => {
    const plan: Plan = {
      kind: 'scheme',
      title: '测试方案',
      date: '2018-05-11',
      issuers: [{ name: '青石镇人民政府' }],
      sections: [{ title: '工作要求', text: '认真落实。' }],
    };
    expect(resolveAsOf(plan)).toEqual({ date: '2018-05-11', source: 'plan' });
  });

  it('never reads the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const { report: _report, ...plan } = PLAN;
    expect(resolveAsOf(plan).date).toBe('2018-07-30');
    expect(resolveAsOf(PLAN).date).toBe('2018-11-05');
  });
});
