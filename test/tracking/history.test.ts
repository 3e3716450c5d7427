/** A history read as of a date: the last entry on or before it, and the last note on or before it. */
import { describe, expect, it } from 'vitest';
import type { History, Plan } from '../../src/plan/types.generated.js';
import { currentEntry, histories } from '../../src/tracking/history.js';

const HISTORY: History = [
  { date: '2018-05-25', status: '推进中', note: '已复核5个村。' },
  { date: '2018-06-08', status: '已完成', completed: '2018-06-08', note: '全部复核完毕。' },
  // Evidence only: the note in force stays the one of 6月8日.
  { date: '2018-06-20', status: '已销号', completed: '2018-06-08', evidence: ['会议纪要'] },
];

describe('currentEntry', () => {
  it('is null without a history, and before the first entry', () => {
    expect(currentEntry(undefined, '2018-06-12')).toBeNull();
    expect(currentEntry([], '2018-06-12')).toBeNull();
    expect(currentEntry(HISTORY, '2018-05-24')).toBeNull();
  });

  it('takes an entry dated on the as-of date itself', () => {
    expect(currentEntry(HISTORY, '2018-05-25')).toEqual({
      entry: HISTORY[0],
      index: 0,
      note: { value: '已复核5个村。', index: 0 },
    });
  });

  it('ignores entries dated after the as-of date', () => {
    expect(currentEntry(HISTORY, '2018-06-07')).toEqual({
      entry: HISTORY[0],
      index: 0,
      note: { value: '已复核5个村。', index: 0 },
    });
    expect(currentEntry(HISTORY, '2018-06-19')).toEqual({
      entry: HISTORY[1],
      index: 1,
      note: { value: '全部复核完毕。', index: 1 },
    });
  });

  it('keeps the last note written on or before the date when the entry in force has none', () => {
    expect(currentEntry(HISTORY, '2018-06-20')).toEqual({
      entry: HISTORY[2],
      index: 2,
      note: { value: '全部复核完毕。', index: 1 },
    });
    expect(currentEntry(HISTORY, '2019-01-01')?.note).toEqual({ value: '全部复核完毕。', index: 1 });
  });

  it('has no note when no entry up to the date has one', () => {
    const history: History = [
      { date: '2018-05-25', status: '未启动' },
      { date: '2018-06-25', status: '推进中', note: '已启动。' },
    ];
    expect(currentEntry(history, '2018-06-01')).toEqual({ entry: history[0], index: 0, note: null });
  });

  it('takes the later of two entries of the same day', () => {
    const history: History = [
      { date: '2018-06-10', status: '推进中', note: '上午。' },
      { date: '2018-06-10', status: '已完成', completed: '2018-06-10' },
    ];
    expect(currentEntry(history, '2018-06-10')).toEqual({
      entry: history[1],
      index: 1,
      note: { value: '上午。', index: 0 },
    });
  });
});

describe('histories', () => {
  it('lists the histories of issues, then of section items, then of phase items, with their paths', () => {
    const h = (date: string): History => [{ date, status: '推进中' }];
    const plan: Plan = {
      kind: 'rectification',
      title: '测试方案',
      date: '2018-05-11',
      issuers: [{ name: '青石镇人民政府' }],
      sections: [
        {
          title: '一',
          items: [
            { id: 'it-a', text: '甲。' },
            { id: 'it-b', text: '乙。', history: h('2018-06-02') },
          ],
        },
        {
          title: '二',
          sections: [{ title: '二一', items: [{ id: 'it-c', text: '丙。', history: h('2018-06-03') }] }],
        },
      ],
      phases: [
        {
          id: 'ph',
          name: '集中整改',
          window: { from: '2018-05-15', to: '2018-06-10' },
          items: [{ id: 'it-d', text: '丁。', history: h('2018-06-04') }],
        },
      ],
      issues: [
        {
          id: 'grp',
          category: '类别',
          items: [
            {
              id: 'i-a',
              problem: '问题。',
              measures: [{ id: 'm-a', text: '措施。' }],
              deadline: '2018-06-10',
            },
            {
              id: 'i-b',
              problem: '问题。',
              measures: [{ id: 'm-b', text: '措施。' }],
              deadline: '2018-06-10',
              history: h('2018-06-01'),
            },
          ],
        },
      ],
    };
    expect(histories(plan).map(({ history, path }) => [history[0]!.date, path.join('.')])).toEqual([
      ['2018-06-01', 'issues.0.items.1.history'],
      ['2018-06-02', 'sections.0.items.1.history'],
      ['2018-06-03', 'sections.1.sections.0.items.0.history'],
      ['2018-06-04', 'phases.0.items.0.history'],
    ]);
  });
});
