/** The ledger's columns and the text of each cell, shared by the DOCX/PDF ledger and the XLSX. */
import { describe, expect, it } from 'vitest';
import { cellText, ledgerColumns, statusText } from '../../src/tracking/cells.js';
import type { ColumnKey, TrackedRow } from '../../src/tracking/types.js';

const ROW: TrackedRow = {
  id: 'issue-housing',
  number: 2,
  groupId: 'grp-precision',
  category: '扶贫措施不够精准',
  problem: '农村危房改造进度缓慢，补助资金未按时兑付到户。',
  summary: '农村危房改造进度缓慢',
  measures: ['逐户倒排工期（8月31日前）。', '会同县住建局开展竣工验收。'],
  leader: '李志强（镇党委委员、副镇长）',
  lead: ['planning'],
  responsible: ['villages', 'resident-teams'],
  support: ['finance', 'county-housing'],
  deadline: { text: '9月30日前', due: '2018-09-30' },
  status: '推进中',
  completed: null,
  note: '已竣工验收33户。',
  reason: '宅基地纠纷',
  evidence: [],
  overdue: true,
  daysOverdue: 36,
  late: false,
  path: ['issues', 0, 'items', 1],
};

const LEDGER = {
  unitNames: {
    planning: '镇规划建设办',
    villages: '各村（社区）',
    'resident-teams': '各驻村工作队',
    finance: '镇财政所',
    'county-housing': '县住建局',
  },
};

describe('ledgerColumns', () => {
  it("has seed 002's ten columns for issues", () => {
    expect(ledgerColumns('issues').map((c) => `${c.key}:${c.header}`)).toEqual([
      'number:序号',
      'category:问题类别',
      'problem:反馈问题',
      'measures:整改措施',
      'leader:责任领导',
      'lead:牵头单位',
      'responsible:责任部门',
      'deadline:整改时限',
      'note:进展情况',
      'status:状态',
    ]);
  });

  it('has no 整改措施 or 责任领导 for checklist items', () => {
    expect(ledgerColumns('items').map((c) => `${c.key}:${c.header}`)).toEqual([
      'number:序号',
      'category:类别',
      'problem:工作事项',
      'lead:牵头单位',
      'responsible:责任单位',
      'deadline:完成时限',
      'note:进展情况',
      'status:状态',
    ]);
  });
});

describe('cellText', () => {
  it.each<[ColumnKey, string]>([
    ['number', '2'],
    ['category', '扶贫措施不够精准'],
    ['problem', '农村危房改造进度缓慢，补助资金未按时兑付到户。'],
    ['measures', '1.逐户倒排工期（8月31日前）。\n2.会同县住建局开展竣工验收。'],
    ['leader', '李志强（镇党委委员、副镇长）'],
    ['lead', '镇规划建设办'],
    ['responsible', '各村（社区）、各驻村工作队\n配合：镇财政所、县住建局'],
    ['deadline', '9月30日前'],
    ['note', '已竣工验收33户。'],
    ['status', '推进中\n已逾期'],
  ])('%s', (key, text) => {
    expect(cellText(LEDGER, ROW, key)).toBe(text);
  });

  it('does not number a single measure, and is empty without one', () => {
    expect(cellText(LEDGER, { ...ROW, measures: ['逐户倒排工期。'] }, 'measures')).toBe('逐户倒排工期。');
    expect(cellText(LEDGER, { ...ROW, measures: [] }, 'measures')).toBe('');
  });

  it('numbers ten measures 1. to 10.', () => {
    const measures = Array.from({ length: 10 }, (_, i) => `措施${i + 1}。`);
    expect(
      cellText(LEDGER, { ...ROW, measures }, 'measures')
        .split('\n')
        .at(-1),
    ).toBe('10.措施10。');
  });

  it('prints the supporting units alone when there is no responsible unit, and nothing without either', () => {
    expect(cellText(LEDGER, { ...ROW, responsible: [] }, 'responsible')).toBe('配合：镇财政所、县住建局');
    expect(cellText(LEDGER, { ...ROW, responsible: [], support: [] }, 'responsible')).toBe('');
    expect(cellText(LEDGER, { ...ROW, support: [] }, 'responsible')).toBe('各村（社区）、各驻村工作队');
  });

  it('joins several lead units with 、 and prints an unknown id as it is', () => {
    expect(cellText(LEDGER, { ...ROW, lead: ['planning', 'finance'] }, 'lead')).toBe(
      '镇规划建设办、镇财政所',
    );
    expect(cellText(LEDGER, { ...ROW, lead: ['nowhere'] }, 'lead')).toBe('nowhere');
    expect(cellText(LEDGER, { ...ROW, lead: [] }, 'lead')).toBe('');
  });

  it('leaves the leader empty when there is none', () => {
    expect(cellText(LEDGER, { ...ROW, leader: null }, 'leader')).toBe('');
  });
});

describe('statusText', () => {
  it('adds 已逾期 on a second line for an overdue row only', () => {
    expect(statusText(ROW)).toBe('推进中\n已逾期');
    expect(statusText({ ...ROW, status: '未启动' })).toBe('未启动\n已逾期');
    expect(statusText({ ...ROW, overdue: false })).toBe('推进中');
    expect(statusText({ ...ROW, overdue: false, status: '已完成', late: true })).toBe('已完成');
    expect(statusText({ ...ROW, overdue: false, status: '已销号' })).toBe('已销号');
  });
});
