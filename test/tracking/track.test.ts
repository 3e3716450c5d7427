/**
 * Plan → tracked rows as of a date, on small plans loaded through the real loader (with the
 * example units registry): status and note as of the date, overdue (strict), late, the printed
 * time limits, measures with their own limits, and the cells the ledger prints for them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../src/markdown/index.js';
import type { Plan, Unit } from '../../src/plan/types.generated.js';
import { blocksText } from '../../src/tree/inlines.js';
import { cellText } from '../../src/tracking/cells.js';
import { buildLedger, firstSentence, isDone, type PlainText } from '../../src/tracking/track.js';
import type { Ledger, TrackedRow } from '../../src/tracking/types.js';
import { checkText, formatLine } from '../helpers/diagnostics.js';

const plain: PlainText = (markdown) => blocksText(markdownToBlocks(markdown, () => undefined));

interface LoadedPlan {
  plan: Plan;
  units: ReadonlyMap<string, Unit>;
}

/** Loads a plan (beside a copy of plans/units.yaml); any diagnostic but the expected ones fails. */
async function load(yaml: string, expected: string[] = []): Promise<LoadedPlan> {
  const checked = await checkText(yaml);
  const loaded = checked.loaded[0];
  if (loaded?.kind !== 'plan') throw new Error(checked.diagnostics.map(formatLine).join('\n'));
  expect(checked.diagnostics.map(formatLine)).toEqual(expected);
  return loaded;
}

const ISSUES = `kind: rectification
title: 青石镇测试问题整改方案
date: 2018-05-11
issuers:
  - name: 青石镇扶贫开发领导小组
registry: units.yaml
units:
  - id: county-housing
    name: 青石县住房和城乡建设局
    short: 县住建局
sections:
  - title: 整改措施
    include: issues
issues:
  - id: grp-precision
    category: 扶贫措施不够精准
    items:
      - id: issue-cause
        problem: 部分贫困户**致贫原因**分析不准确，帮扶计划与实际脱节；村级施工图不完善。
        measures:
          - id: m-cause-1
            text: 逐户重新分析致贫原因。
            deadline: 2018-05-31
          - id: m-cause-2
            text: 逐户修订帮扶计划。
          - id: m-cause-3
            text: 完善村级施工图。
            deadline: 2018-06-10
          - id: m-cause-4
            text: 对住院垫付费用立即退还。
            deadline: 立行立改
        leader: { name: 王海燕, title: 镇党委副书记 }
        lead: [poverty-office]
        responsible: [villages, resident-teams]
        support: [finance, county-housing]
        deadline: 2018-06-10
        history:
          - date: 2018-05-25
            status: 推进中
            note: 已复核5个村（社区）。
          - date: 2018-06-20
            status: 已完成
            completed: 2018-06-18
            note: 全部复核完毕。
          - date: 2018-06-25
            status: 已销号
            completed: 2018-06-18
            evidence: [会议纪要, 复核台账]
      - id: issue-assist
        summary: 驻村工作不扎实
        problem: 个别驻村工作队员在岗时间不足。
        measures:
          - id: m-assist
            text: 严格执行考勤制度。
        leader: { title: 组织委员 }
        lead: [org-office]
        deadline: 长期坚持
        history:
          - date: 2018-05-25
            status: 推进中
  - id: grp-funds
    category: 扶贫资金项目管理不规范
    items:
      - id: issue-health
        problem: 健康扶贫政策落实不到位
        measures:
          - id: m-health
            text: 全面执行先诊疗后付费。
        responsible: [health-center]
        deadline: 立行立改
      - id: issue-visit
        problem: 入户走访次数少！帮扶手册不全。
        measures:
          - id: m-visit
            text: 每月入户一次。
        leader: { name: 孙伟 }
        responsible: [resident-teams]
        deadline: { on: 2018-06-01 }
      - id: issue-publicity
        problem: 项目资金公告公示不规范，群众知晓率不高。
        measures:
          - id: m-public
            text: 统一公示牌样式。
        lead: [finance]
        deadline: { from: 2018-05-15, to: 2018-06-15 }
        history:
          - date: 2018-06-14
            status: 已完成
            completed: 2018-06-14
            note: 补充公示项目41个。
          - date: 2018-06-20
            status: 推进中
            note: 复查发现3个项目公示期不足，重新公示。
            reason: 公示期计算有误
`;

let loaded: LoadedPlan;
beforeAll(async () => {
  loaded = await load(ISSUES);
});

const ledgerAt = (asOf: string): Ledger => {
  const ledger = buildLedger(loaded.plan, loaded.units, asOf, plain);
  if (!ledger) throw new Error('no ledger');
  return ledger;
};
const rowOf = (asOf: string, id: string): TrackedRow => {
  const row = ledgerAt(asOf).rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('firstSentence', () => {
  it.each([
    [
      '部分贫困户致贫原因分析不准确，帮扶计划脱节；村级施工图不完善。',
      '部分贫困户致贫原因分析不准确，帮扶计划脱节',
    ],
    ['健康扶贫政策落实不到位。部分患者仍需垫付。', '健康扶贫政策落实不到位'],
    ['入户走访次数少！帮扶手册不全。', '入户走访次数少'],
    ['是否按时公示？群众不知晓。', '是否按时公示'],
    ['健康扶贫政策落实不到位', '健康扶贫政策落实不到位'],
    ['第一行没有句号\n第二行。', '第一行没有句号'],
    ['存在以下问题：\n1. 甲。', '存在以下问题'],
    ['问题包括，', '问题包括'],
    ['', ''],
  ])('%j → %j', (text, gist) => {
    expect(firstSentence(text)).toBe(gist);
  });
});

describe('buildLedger: rows and their printed fields', () => {
  it('is an issues ledger with one row per issue, numbered in plan order, in their groups', () => {
    const ledger = ledgerAt('2018-06-12');
    expect(ledger.kind).toBe('issues');
    expect(ledger.asOf).toBe('2018-06-12');
    expect(ledger.rows.map((r) => [r.number, r.id, r.groupId, r.category])).toEqual([
      [1, 'issue-cause', 'grp-precision', '扶贫措施不够精准'],
      [2, 'issue-assist', 'grp-precision', '扶贫措施不够精准'],
      [3, 'issue-health', 'grp-funds', '扶贫资金项目管理不规范'],
      [4, 'issue-visit', 'grp-funds', '扶贫资金项目管理不规范'],
      [5, 'issue-publicity', 'grp-funds', '扶贫资金项目管理不规范'],
    ]);
    expect(ledger.rows.map((r) => r.path.join('.'))).toEqual([
      'issues.0.items.0',
      'issues.0.items.1',
      'issues.1.items.0',
      'issues.1.items.1',
      'issues.1.items.2',
    ]);
  });

  it('prints problems as plain text and takes the summary, else the first sentence', () => {
    const rows = ledgerAt('2018-06-12').rows;
    expect(rows[0]!.problem).toBe('部分贫困户致贫原因分析不准确，帮扶计划与实际脱节；村级施工图不完善。');
    expect(rows.map((r) => r.summary)).toEqual([
      '部分贫困户致贫原因分析不准确，帮扶计划与实际脱节',
      '驻村工作不扎实',
      '健康扶贫政策落实不到位',
      '入户走访次数少',
      '项目资金公告公示不规范，群众知晓率不高',
    ]);
  });

  it('prints the four forms of time limit and their due dates', () => {
    expect(ledgerAt('2018-06-12').rows.map((r) => [r.deadline.text, r.deadline.due])).toEqual([
      ['6月10日前', '2018-06-10'],
      ['长期坚持', null],
      ['立行立改', null],
      ['6月1日', '2018-06-01'],
      ['5月15日至6月15日', '2018-06-15'],
    ]);
  });

  it("adds a measure's own time limit after it, only where it differs from the row's", () => {
    expect(ledgerAt('2018-06-12').rows[0]!.measures).toEqual([
      '逐户重新分析致贫原因（5月31日前）。',
      '逐户修订帮扶计划。',
      '完善村级施工图。',
      '对住院垫付费用立即退还（立行立改）。',
    ]);
  });

  it('prints the leader as 姓名（职务）, or whichever of the two the plan gives', () => {
    expect(ledgerAt('2018-06-12').rows.map((r) => r.leader)).toEqual([
      '王海燕（镇党委副书记）',
      '组织委员',
      null,
      '孙伟',
      null,
    ]);
  });

  it("names units by their short names, the plan's own units included", () => {
    expect(ledgerAt('2018-06-12').unitNames).toEqual({
      'poverty-office': '镇扶贫办',
      villages: '各村（社区）',
      'resident-teams': '各驻村工作队',
      finance: '镇财政所',
      'county-housing': '县住建局',
      'org-office': '镇党建办',
      'health-center': '镇卫生院',
    });
  });

  it('gives the cells the ledger prints', () => {
    const ledger = ledgerAt('2018-06-12');
    const cells = ledger.columns.map((column) => cellText(ledger, ledger.rows[0]!, column.key));
    expect(cells).toEqual([
      '1',
      '扶贫措施不够精准',
      '部分贫困户致贫原因分析不准确，帮扶计划与实际脱节；村级施工图不完善。',
      '1.逐户重新分析致贫原因（5月31日前）。\n2.逐户修订帮扶计划。\n3.完善村级施工图。\n4.对住院垫付费用立即退还（立行立改）。',
      '王海燕（镇党委副书记）',
      '镇扶贫办',
      '各村（社区）、各驻村工作队\n配合：镇财政所、县住建局',
      '6月10日前',
      '已复核5个村（社区）。',
      '推进中\n已逾期',
    ]);
  });
});

describe('buildLedger: status as of the date', () => {
  it('is 未启动 without a history, and before the first entry', () => {
    expect(rowOf('2018-06-12', 'issue-health')).toMatchObject({
      status: '未启动',
      note: '',
      completed: null,
    });
    expect(rowOf('2018-05-24', 'issue-cause')).toMatchObject({
      status: '未启动',
      note: '',
      completed: null,
      overdue: false,
      reason: null,
      evidence: [],
    });
  });

  it('ignores entries dated after the as-of date', () => {
    expect(rowOf('2018-06-19', 'issue-cause')).toMatchObject({
      status: '推进中',
      note: '已复核5个村（社区）。',
      completed: null,
    });
    expect(rowOf('2018-06-20', 'issue-cause')).toMatchObject({
      status: '已完成',
      note: '全部复核完毕。',
      completed: '2018-06-18',
    });
  });

  it('keeps the last note when the entry in force records only evidence', () => {
    expect(rowOf('2018-06-25', 'issue-cause')).toMatchObject({
      status: '已销号',
      note: '全部复核完毕。',
      completed: '2018-06-18',
      evidence: ['会议纪要', '复核台账'],
    });
  });

  it('follows a row that was reopened: done, then in progress again, with its reason', () => {
    expect(rowOf('2018-06-14', 'issue-publicity')).toMatchObject({
      status: '已完成',
      overdue: false,
      late: false,
    });
    expect(rowOf('2018-06-20', 'issue-publicity')).toMatchObject({
      status: '推进中',
      completed: null,
      note: '复查发现3个项目公示期不足，重新公示。',
      reason: '公示期计算有误',
      overdue: true,
      daysOverdue: 5,
    });
  });
});

describe('buildLedger: overdue and late', () => {
  it('is not overdue on the due date itself', () => {
    expect(rowOf('2018-06-10', 'issue-cause')).toMatchObject({ overdue: false, daysOverdue: 0 });
  });

  it('is overdue the day after, by one day', () => {
    expect(rowOf('2018-06-11', 'issue-cause')).toMatchObject({
      status: '推进中',
      overdue: true,
      daysOverdue: 1,
    });
  });

  it('counts the days overdue up to the as-of date', () => {
    expect(rowOf('2018-06-19', 'issue-cause')).toMatchObject({ overdue: true, daysOverdue: 9 });
  });

  it('counts a row that has not started as overdue too ({ on } limit)', () => {
    expect(rowOf('2018-06-01', 'issue-visit')).toMatchObject({ status: '未启动', overdue: false });
    expect(rowOf('2018-06-02', 'issue-visit')).toMatchObject({
      status: '未启动',
      overdue: true,
      daysOverdue: 1,
    });
  });

  it("is overdue after a window's last day only", () => {
    expect(rowOf('2018-06-13', 'issue-publicity')).toMatchObject({ status: '未启动', overdue: false });
    expect(rowOf('2018-06-15', 'issue-publicity').overdue).toBe(false);
  });

  it('is never overdue for 长期坚持 or 立行立改, however late the date', () => {
    expect(rowOf('2030-01-01', 'issue-assist')).toMatchObject({
      status: '推进中',
      overdue: false,
      daysOverdue: 0,
    });
    expect(rowOf('2030-01-01', 'issue-health')).toMatchObject({
      status: '未启动',
      overdue: false,
      daysOverdue: 0,
    });
  });

  it('is late, not overdue, when done after the due date', () => {
    expect(rowOf('2018-06-20', 'issue-cause')).toMatchObject({ overdue: false, daysOverdue: 0, late: true });
  });

  it('is neither late nor overdue when done on or before the due date', () => {
    expect(rowOf('2018-06-14', 'issue-publicity')).toMatchObject({
      completed: '2018-06-14',
      overdue: false,
      late: false,
    });
  });

  it('is done for 已完成 and 已销号 only', () => {
    expect([isDone('未启动'), isDone('推进中'), isDone('已完成'), isDone('已销号')]).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

const ITEMS = `kind: scheme
title: 青石镇测试工作方案
date: 2018-05-11
issuers:
  - name: 青石镇人民政府
registry: units.yaml
sections:
  - id: sec-tasks
    title: 重点任务
    items:
      - id: it-undated
        text: 认真落实。
      - id: it-train
        title: 开展技能培训
        text: 全年培训不少于300人次。
        lead: [hr-social]
        responsible: [villages]
        deadline: 2018-09-30
  - title: 工作要求
    sections:
      - title: 加强督查
        items:
          - id: it-check
            text: 每月督查一次；发现问题及时通报。
            lead: [discipline]
            deadline: 长期坚持
phases:
  - id: phase-focus
    name: 集中整改
    window: { from: 2018-05-15, to: 2018-06-10 }
    items:
      - id: it-phase
        text: 完成集中整改。
        responsible: [poverty-office]
        deadline: 2018-06-10
        history:
          - date: 2018-06-10
            status: 已完成
            completed: 2018-06-10
            note: 集中整改完成。
`;

describe('buildLedger: checklist items (工作台账)', () => {
  it('has one row per dated item, under the title of its section or phase', async () => {
    const { plan, units } = await load(ITEMS);
    const ledger = buildLedger(plan, units, '2018-06-12', plain);
    expect(ledger?.kind).toBe('items');
    expect(ledger?.columns.map((c) => c.key)).toEqual([
      'number',
      'category',
      'problem',
      'lead',
      'responsible',
      'deadline',
      'note',
      'status',
    ]);
    expect(
      ledger?.rows.map((r) => [r.number, r.id, r.groupId, r.category, r.problem, r.summary, r.deadline.text]),
    ).toEqual([
      [
        1,
        'it-train',
        'sec-tasks',
        '重点任务',
        '开展技能培训。全年培训不少于300人次。',
        '开展技能培训',
        '9月30日前',
      ],
      [
        2,
        'it-check',
        'sections.1.sections.0',
        '加强督查',
        '每月督查一次；发现问题及时通报。',
        '每月督查一次',
        '长期坚持',
      ],
      [3, 'it-phase', 'phase-focus', '集中整改', '完成集中整改。', '完成集中整改', '6月10日前'],
    ]);
    expect(ledger?.rows.map((r) => [r.status, r.measures, r.leader, r.late, r.overdue])).toEqual([
      ['未启动', [], null, false, false],
      ['未启动', [], null, false, false],
      ['已完成', [], null, false, false],
    ]);
  });

  it('is undefined for a plan that tracks nothing', async () => {
    const { plan, units } = await load(
      ITEMS.replace(/^phases:[\s\S]*$/m, '').replace(/\n +deadline: .*/g, ''),
    );
    expect(buildLedger(plan, units, '2018-06-12', plain)).toBeUndefined();
  });
});
