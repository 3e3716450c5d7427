/**
 * The documents composed from one ledger (issue 5), on small plans through the real loader and
 * composer: which exist as of a date, their titles (also their file names), dates, 发文字号, the
 * ledger table's merged 问题类别, and the as-of date and its source.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compose, type ComposeResult } from '../../src/compose/index.js';
import { loadTemplates, type TemplateSet } from '../../src/compose/prose/templates.js';
import { campaignName, ledgerTitle, reportTitle, reminderTitle } from '../../src/compose/family-titles.js';
import type { Plan } from '../../src/plan/types.generated.js';
import { plainText } from '../../src/tree/inlines.js';
import type { Block, DocumentTree, Table } from '../../src/tree/types.js';
import { checkText, formatLine } from '../helpers/diagnostics.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = (await loadTemplates()).templates;
});

async function composeText(yaml: string, asOf?: string): Promise<ComposeResult> {
  const checked = await checkText(yaml);
  const loaded = checked.loaded[0];
  if (loaded?.kind !== 'plan') throw new Error(checked.diagnostics.map(formatLine).join('\n'));
  return compose(loaded, templates, asOf !== undefined ? { asOf } : {});
}

const PLAN = `kind: rectification
title: 青石镇测试问题整改方案
date: 2018-05-11
issuers:
  - name: 青石镇扶贫开发领导小组
    mark: 青石镇扶贫开发领导小组文件
registry: units.yaml
sections:
  - title: 整改措施
    include: issues
issues:
  - id: grp-a
    category: 扶贫措施不够精准
    items:
      - id: issue-a
        summary: 帮扶计划脱节
        problem: 帮扶计划与实际脱节。
        measures:
          - id: m-a
            text: 逐户修订帮扶计划。
        lead: [agri-center]
        deadline: 2018-06-10
      - id: issue-b
        problem: 资金拨付不及时。
        measures:
          - id: m-b
            text: 建立资金拨付台账。
        lead: [finance]
        responsible: [villages]
        deadline: 2018-06-20
        history:
          - date: 2018-06-15
            status: 已完成
            completed: 2018-06-15
      - id: issue-c
        problem: 危房改造进度缓慢。
        measures:
          - id: m-c
            text: 倒排工期。
        responsible: [planning]
        deadline: 2018-06-30
  - id: grp-b
    category: 基层基础工作不扎实
    items:
      - id: issue-d
        problem: 档案不规范。
        measures:
          - id: m-d
            text: 补齐资料。
        lead: [poverty-office]
        deadline: 长期坚持
report:
  date: 2018-07-10
  signers: [陈立新]
  recipients: [县扶贫开发领导小组]
reminders:
  issuer:
    name: 青石镇扶贫开发领导小组办公室
  number: 青镇扶组办督〔2018〕{n}号
  start: 3
`;

const summary = (result: ComposeResult) =>
  result.documents.map((d) => `${d.tree.kind} | ${d.tree.meta.date} | ${d.tree.meta.title}`);

/** The `index`-th document of a kind (tree.kind, as `build --only` selects). */
const ofKind = (result: ComposeResult, kind: string, index = 0): DocumentTree => {
  const found = result.documents.filter((d) => d.tree.kind === kind)[index];
  if (!found) throw new Error(`no document ${kind} ${index}`);
  return found.tree;
};

const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((block) => {
    switch (block.type) {
      case 'docNumber':
        return [`docNumber ${block.number ?? ''}`];
      case 'title':
        return [`title ${block.lines.join('')}`];
      case 'recipients':
        return [`recipients ${block.text}`];
      case 'signature':
        return [`signature ${block.names.join('、')} ${block.date}`];
      default:
        return [];
    }
  });

describe('the documents of a plan as of a date', () => {
  it('as of the report date: ledger, list, a reminder per overdue owner, report — each dated', async () => {
    const result = await composeText(PLAN);
    expect(result.asOf).toEqual({ date: '2018-07-10', source: 'report' });
    expect(summary(result)).toEqual([
      'scheme | 2018-05-11 | 青石镇测试问题整改方案',
      'ledger | 2018-07-10 | 青石镇测试问题整改台账',
      'responsibilities | 2018-07-10 | 青石镇测试问题整改责任清单',
      // Registry order: 镇财政所 (none overdue), 镇农业服务中心, 镇规划建设办 (responsible only).
      'reminder | 2018-07-10 | 青石镇扶贫开发领导小组办公室关于督促镇农业服务中心加快推进逾期未完成问题整改的通知',
      'reminder | 2018-07-10 | 青石镇扶贫开发领导小组办公室关于督促镇规划建设办加快推进逾期未完成问题整改的通知',
      'report | 2018-07-10 | 青石镇扶贫开发领导小组关于测试问题整改情况的报告',
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('numbers the reminders from start in order, with 主送 the full name and the date signed', async () => {
    const result = await composeText(PLAN);
    expect(texts(ofKind(result, 'reminder').children)).toEqual([
      'docNumber 青镇扶组办督〔2018〕3号',
      'title 青石镇扶贫开发领导小组办公室关于督促镇农业服务中心加快推进逾期未完成问题整改的通知',
      'recipients 青石镇农业综合服务中心：',
      'signature 青石镇扶贫开发领导小组办公室 2018年7月10日',
    ]);
    expect(texts(ofKind(result, 'reminder', 1).children)[0]).toBe('docNumber 青镇扶组办督〔2018〕4号');
  });

  it('lists the overdue rows of each reminder with their days overdue', async () => {
    const result = await composeText(PLAN);
    const table = ofKind(result, 'reminder').children.find((b): b is Table => b.type === 'table')!;
    expect(table.rows.map((row) => row.map((cell) => plainText(cell.children)))).toEqual([
      ['1', '帮扶计划脱节', '6月10日前', '30', '未启动'],
    ]);
  });

  it('as of an earlier date: only what is overdue then, dated that day', async () => {
    const result = await composeText(PLAN, '2018-06-11');
    expect(result.asOf).toEqual({ date: '2018-06-11', source: 'option' });
    expect(summary(result)).toEqual([
      'scheme | 2018-05-11 | 青石镇测试问题整改方案',
      'ledger | 2018-06-11 | 青石镇测试问题整改台账',
      'responsibilities | 2018-06-11 | 青石镇测试问题整改责任清单',
      'reminder | 2018-06-11 | 青石镇扶贫开发领导小组办公室关于督促镇农业服务中心加快推进逾期未完成问题整改的通知',
      // The report keeps its own date; its figures are as of the option.
      'report | 2018-07-10 | 青石镇扶贫开发领导小组关于测试问题整改情况的报告',
    ]);
  });

  it('dates the reminders by reminders.date when the plan gives one', async () => {
    const result = await composeText(PLAN.replace('  start: 3\n', '  start: 3\n  date: 2018-07-12\n'));
    const tree = ofKind(result, 'reminder');
    expect(tree.meta.date).toBe('2018-07-12');
    expect(texts(tree.children).at(-1)).toBe('signature 青石镇扶贫开发领导小组办公室 2018年7月12日');
  });

  it('sends no reminder and writes no report without one, before anything is due', async () => {
    const result = await composeText(PLAN.replace(/^report:[\s\S]*?(?=^reminders:)/m, ''), '2018-06-10');
    expect(result.asOf).toEqual({ date: '2018-06-10', source: 'option' });
    expect(result.documents.map((d) => d.tree.kind)).toEqual(['scheme', 'ledger', 'responsibilities']);
  });

  it("writes a group's 问题类别 in every one of its rows of the ledger table, unmerged", async () => {
    const result = await composeText(PLAN);
    const table = ofKind(result, 'ledger').children.find((b): b is Table => b.type === 'table')!;
    expect(table.landscape).toBe(true);
    expect(table.compact).toBe(true);
    expect(
      table.rows.map((row) => [row[1]!.rowSpan ?? null, row[1]!.merged ?? null, plainText(row[1]!.children)]),
    ).toEqual([
      [null, null, '扶贫措施不够精准'],
      [null, null, '扶贫措施不够精准'],
      [null, null, '扶贫措施不够精准'],
      [null, null, '基层基础工作不扎实'],
    ]);
  });
});

describe('family titles', () => {
  const plan = (
    title: string,
    kind: Plan['kind'] = 'rectification',
    issuer = '青石镇扶贫开发领导小组',
  ): Plan => ({
    kind,
    title,
    date: '2018-05-11',
    issuers: [{ name: issuer }],
    sections: [],
  });

  it('drops the document kind from the campaign name', () => {
    expect(campaignName(plan('青石镇测试问题整改方案'))).toBe('青石镇测试问题整改');
    expect(campaignName(plan('青石镇安全生产专项行动实施方案'))).toBe('青石镇安全生产专项行动');
    expect(campaignName(plan('青石镇自查评估工作方案'))).toBe('青石镇自查评估');
    expect(campaignName(plan('方案'))).toBe('方案');
  });

  it('never says 整改整改 and calls a checklist ledger 工作台账', () => {
    expect(ledgerTitle(plan('青石镇测试问题整改方案'), 'issues')).toBe('青石镇测试问题整改台账');
    expect(ledgerTitle(plan('青石镇巡察反馈问题方案'), 'issues')).toBe('青石镇巡察反馈问题整改台账');
    expect(ledgerTitle(plan('青石镇安全生产专项行动实施方案'), 'items')).toBe(
      '青石镇安全生产专项行动工作台账',
    );
  });

  it('names the report by issuer, matter and kind, saying the place once', () => {
    expect(reportTitle(plan('青石镇测试问题整改方案'))).toBe(
      '青石镇扶贫开发领导小组关于测试问题整改情况的报告',
    );
    expect(reportTitle(plan('青石镇巡察反馈问题方案'))).toBe(
      '青石镇扶贫开发领导小组关于巡察反馈问题整改情况的报告',
    );
    expect(reportTitle(plan('青石镇安全生产专项行动实施方案', 'scheme', '青石镇人民政府'))).toBe(
      '青石镇人民政府关于安全生产专项行动情况的报告',
    );
    expect(
      reportTitle({
        ...plan('青石镇测试问题整改方案'),
        report: { date: '2018-07-10', title: '自定标题', recipients: [] },
      }),
    ).toBe('自定标题');
  });

  it('names each reminder after its unit', () => {
    expect(reminderTitle('青石镇人民政府', '镇财政所', 'items')).toBe(
      '青石镇人民政府关于督促镇财政所加快推进逾期未完成工作事项的通知',
    );
  });
});
