/**
 * The 修订对照表: its title (a title in 《》 with its own 《》 as 〈〉), the four columns, one row per
 * changed block or table row with 新增/删除/修改, the changed words bold on each side, renumbering
 * left out with a note, landscape for a ledger's rows; and it prints in both writers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonTree, documentsChanged, redlineDocument, redlineTree } from '../../src/redline/index.js';
import { text } from '../../src/tree/inlines.js';
import type { Block, DocumentTree, Heading, Inline, Paragraph, Table } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writeHtml } from '../../src/writers/html/index.js';
import { composeEdited, loadExamples } from './plans.js';

const revision = { author: '审核人', date: '2025-03-01T08:00:00+08:00' };
const tree = (children: Block[], title = '关于印发《青石镇整改方案》的通知'): DocumentTree => ({
  type: 'document',
  version: 1,
  kind: 'notice',
  numbering: 'outline',
  meta: { title, date: '2025-03-01', author: '青石镇人民政府' },
  children,
});
const p = (value: string): Paragraph => ({
  type: 'paragraph',
  children: [text(value)],
  indent: 'first-line',
  align: 'justify',
});
const h = (label: string, title: string): Heading => ({
  type: 'heading',
  depth: 1,
  label,
  title: [text(title)],
  form: 'standalone',
  body: [],
});

/** **bold** marks the changed words. */
function show(inlines: readonly Inline[]): string {
  return inlines
    .map((node) =>
      node.type === 'text'
        ? node.value
        : node.type === 'break'
          ? '⏎'
          : node.type === 'strong'
            ? `**${show(node.children)}**`
            : show(node.children),
    )
    .join('');
}
const rows = (t: DocumentTree) =>
  (t.children.find((b) => b.type === 'table') as Table).rows.map((row) => row.map((c) => show(c.children)));

describe('comparisonTree', () => {
  const old = tree([
    h('一、', '指导思想'),
    p('部分改造户竣工验收不及时。'),
    p('这一段将被删除。'),
    h('二、', '工作要求'),
  ]);
  const next = tree([
    h('一、', '组织领导'),
    h('二、', '指导思想'),
    p('部分改造户竣工验收严重滞后。'),
    h('三、', '工作要求'),
  ]);
  const comparison = comparisonTree(redlineTree(old, next, revision));

  it('is titled after the document, its inner 书名号 single', () => {
    expect(comparison.meta.title).toBe('《关于印发〈青石镇整改方案〉的通知》修订对照表');
    expect(comparison.children[0]).toEqual({ type: 'title', lines: expect.any(Array) });
    expect((comparison.children[0] as { lines: string[] }).lines.join('')).toBe(comparison.meta.title);
    expect(comparison.meta).toMatchObject({ date: '2025-03-01', author: '审核人' });
    expect(comparison.kind).toBe('comparison');
  });

  it('has 序号 | 原文 | 修改后 | 说明 and one row per change, the changed words bold', () => {
    const table = comparison.children[1] as Table;
    expect(table.header.map((c) => show(c.children))).toEqual(['序号', '原文', '修改后', '说明']);
    expect(table.landscape).toBeUndefined();
    expect(rows(comparison)).toEqual([
      ['1', '', '一、组织领导', '新增'],
      ['2', '部分改造户竣工验收**不及时**。', '部分改造户竣工验收**严重滞后**。', '修改'],
      ['3', '这一段将被删除。', '', '删除'],
    ]);
  });

  it('leaves renumbering out, with a note', () => {
    expect(comparison.children[2]).toMatchObject({
      type: 'paragraph',
      children: [text('注：因增删条目引起的序号变化未列出。')],
    });
    const plain = comparisonTree(redlineTree(tree([p('甲乙丙丁。')]), tree([p('甲乙丙戊。')]), revision));
    expect(plain.children.map((b) => b.type)).toEqual(['title', 'table']);
  });

  it('prints as DOCX without tracked changes, and as HTML', async () => {
    const docx = await writeDocx(comparison);
    expect(docx.length).toBeGreaterThan(1000);
    const html = writeHtml(comparison);
    expect(html).toContain('<strong>不及时</strong>');
    expect(html).not.toMatch(/<(ins|del)[\s>]/);
  });
});

describe('a ledger', () => {
  let ledger: DocumentTree;
  beforeAll(async () => {
    const [example] = await loadExamples(['rectification']);
    const next = composeEdited(example!, (plan) => {
      const items = plan.issues![0]!.items;
      items[1]!.problem = items[1]!.problem.replace('竣工验收不及时', '竣工验收严重滞后');
      items.splice(0, 1);
    });
    const change = documentsChanged(example!.documents, next).find((c) => c.name === '台账')!;
    ledger = comparisonTree(redlineDocument(change, revision));
  });

  it('lists the changed rows by column name, 序号 first, landscape', () => {
    const table = ledger.children.find((b) => b.type === 'table') as Table;
    expect(table.landscape).toBe(true);
    const [removed, changed] = rows(ledger);
    expect(removed![3]).toBe('删除');
    expect(removed![1]).toMatch(/^序号：1⏎问题类别：扶贫措施不够精准⏎反馈问题：部分贫困户致贫原因分析不准确/);
    expect(changed![3]).toBe('修改');
    // 问题类别 too where the ledger merges it down its group (the second row then heads the group).
    expect(changed![1]).toMatch(/^序号：\*\*2\*\*⏎反馈问题：.*竣工验收\*\*不及时\*\*/);
    expect(changed![2]).toMatch(
      /^序号：\*\*1\*\*⏎(问题类别：\*\*扶贫措施不够精准\*\*⏎)?反馈问题：.*竣工验收\*\*严重滞后\*\*/,
    );
    // Rows whose only change is their 序号 are renumbering.
    expect(rows(ledger)).toHaveLength(2);
    expect(ledger.children.at(-1)).toMatchObject({ type: 'paragraph' });
  });
});
