/**
 * redlineTree on hand-made trees and on an edited example plan: blocks anchored, paired, added and
 * removed where they stood; renumbered headings; table rows aligned by content (a renumbered 序号 is
 * a word change), merged cells recomputed; string-only blocks replaced whole; the revision signed;
 * which documents of a family changed; and accepting or rejecting every change giving either version.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  documentsChanged,
  normalizeRevision,
  redlineDocument,
  redlineTree,
  resolveTree,
} from '../../src/redline/index.js';
import { blockText } from '../../src/redline/text.js';
import { documentTree, heading, paragraph } from '../../src/tree/build.js';
import { text } from '../../src/tree/inlines.js';
import type {
  Block,
  DocumentTree,
  Heading,
  Inline,
  Paragraph,
  Table,
  TableCell,
} from '../../src/tree/types.js';
import { composeEdited, loadExamples, type ExamplePlan } from './plans.js';

const revision = { author: '审核人', date: '2025-03-01T08:00:00+08:00' };
const tree = (children: Block[]): DocumentTree =>
  documentTree('scheme', { title: '测试方案', date: '2025-03-01', author: '青石镇人民政府' }, children);
const p = (value: string): Paragraph => paragraph([text(value)]);
const h = (label: string, title: string, body = ''): Heading => ({
  ...heading(1, [text(title)], body ? 'run-in' : 'standalone', body ? [text(body)] : []),
  label,
});
const cell = (value: string): TableCell => ({ children: value ? [text(value)] : [] });
const table = (rows: string[][], extra: Partial<Table> = {}): Table => ({
  type: 'table',
  widths: rows[0]!.map(() => 1),
  header: ['序号', '问题', '时限'].slice(0, rows[0]!.length).map(cell),
  rows: rows.map((row) => row.map(cell)),
  ...extra,
});

/** [-removed-] and [+added+], blocks marked with their change. */
function show(inlines: readonly Inline[]): string {
  return inlines
    .map((node) =>
      node.type === 'text'
        ? node.value
        : node.type === 'break'
          ? '⏎'
          : node.type === 'insert'
            ? `[+${show(node.children)}+]`
            : node.type === 'delete'
              ? `[-${show(node.children)}-]`
              : show(node.children),
    )
    .join('');
}
function showBlock(block: Block): string {
  const mark = block.change === 'insert' ? '+ ' : block.change === 'delete' ? '- ' : '';
  switch (block.type) {
    case 'paragraph':
      return mark + show(block.children);
    case 'heading':
      return `${mark}${block.oldLabel !== undefined ? `[-${block.oldLabel}-][+${block.label}+]` : block.label}${show(block.title)}${show(block.body)}`;
    case 'table':
      return `${mark}table ${block.rows
        .map((row, r) => {
          const rowMark =
            block.rowChanges?.[r] === 'insert' ? '+' : block.rowChanges?.[r] === 'delete' ? '-' : '';
          return rowMark + row.map((c) => (c.merged ? '^' : show(c.children))).join('|');
        })
        .join(' / ')}`;
    default:
      return `${mark}${block.type} ${blockText(block)}`;
  }
}
const shown = (old: Block[], next: Block[]) =>
  redlineTree(tree(old), tree(next), revision).children.map(showBlock);

describe('blocks', () => {
  it('marks words in an edited paragraph and leaves equal ones alone', () => {
    expect(
      shown(
        [p('第一段。'), p('部分改造户竣工验收不及时。')],
        [p('第一段。'), p('部分改造户竣工验收严重滞后。')],
      ),
    ).toEqual(['第一段。', '部分改造户竣工验收[-不及时-][+严重滞后+]。']);
  });

  it('adds and removes whole blocks where they stood', () => {
    expect(shown([p('甲'), p('乙段落内容'), p('丙')], [p('甲'), p('丙'), p('全新的段落')])).toEqual([
      '甲',
      '- 乙段落内容',
      '丙',
      '+ 全新的段落',
    ]);
  });

  it('replaces an unrelated paragraph rather than diffing it word by word', () => {
    expect(shown([p('指导思想明确。')], [p('农产品产销对接渠道单一。')])).toEqual([
      '- 指导思想明确。',
      '+ 农产品产销对接渠道单一。',
    ]);
  });

  it('keeps a renumbered heading as the same heading, its old label struck', () => {
    expect(
      shown(
        [h('一、', '指导思想'), h('二、', '工作目标'), h('三、', '工作要求')],
        [h('一、', '指导思想'), h('二、', '组织领导'), h('三、', '工作目标'), h('四、', '工作要求')],
      ),
    ).toEqual(['一、指导思想', '+ 二、组织领导', '[-二、-][+三、+]工作目标', '[-三、-][+四、+]工作要求']);
  });

  it('diffs a run-in heading title and body, and a removed heading keeps its old label', () => {
    expect(
      shown(
        [h('（一）', '坚持问题导向。', '聚焦考核反馈问题。'), h('（二）', '坚持实事求是。', '从实际出发。')],
        [h('（一）', '坚持问题导向。', '聚焦全部反馈问题。')],
      ),
    ).toEqual(['（一）坚持问题导向。聚焦[-考核-][+全部+]反馈问题。', '- （二）坚持实事求是。从实际出发。']);
  });

  it('replaces blocks of plain strings whole (a title, a 署名)', () => {
    const title = (lines: string[]): Block => ({ type: 'title', lines });
    const sign = (date: string): Block => ({
      type: 'signature',
      names: ['青石镇人民政府'],
      date,
      seal: true,
    });
    expect(
      shown(
        [title(['关于开展专项行动的通知']), p('正文'), sign('2025年3月1日')],
        [title(['关于开展专项整治行动的通知']), p('正文'), sign('2025年3月1日')],
      ),
    ).toEqual([
      '- title 关于开展专项行动的通知',
      '+ title 关于开展专项整治行动的通知',
      '正文',
      'signature 青石镇人民政府\n2025年3月1日',
    ]);
  });
});

describe('tables', () => {
  it('aligns rows by content: a row added above renumbers the rest, a word change in 序号', () => {
    const old = table([
      ['1', '致贫原因分析不准确', '6月10日前'],
      ['2', '农村危房改造进度缓慢', '9月30日前'],
    ]);
    const next = table([
      ['1', '新增加的一项整改问题', '5月31日前'],
      ['2', '致贫原因分析不准确', '6月10日前'],
      ['3', '农村危房改造进度缓慢', '11月30日前'],
    ]);
    expect(shown([old], [next])).toEqual([
      'table +1|新增加的一项整改问题|5月31日前 / [-1-][+2+]|致贫原因分析不准确|6月10日前 / [-2-][+3+]|农村危房改造进度缓慢|[-9-][+11+]月30日前',
    ]);
  });

  it('removes a row where it stood and diffs the header', () => {
    const old = table([
      ['1', '甲问题的描述', '6月10日前'],
      ['2', '乙问题的描述', '9月30日前'],
    ]);
    const next: Table = {
      ...table([['1', '乙问题的描述', '9月30日前']]),
      header: ['序号', '反馈问题', '时限'].map(cell),
    };
    const out = redlineTree(tree([old]), tree([next]), revision).children[0] as Table;
    expect(showBlock(out)).toBe('table -1|甲问题的描述|6月10日前 / [-2-][+1+]|乙问题的描述|9月30日前');
    expect(out.rowChanges).toEqual(['delete', null]);
    expect(show(out.header[1]!.children)).toBe('[+反馈+]问题');
  });

  it('recomputes cells merged down over the rows of both versions', () => {
    const merged = (rows: TableCell[][], column: number, span: number, start = 0): TableCell[][] => {
      rows[start]![column] = { ...rows[start]![column]!, rowSpan: span };
      for (let r = start + 1; r < start + span; r++) rows[r]![column] = { children: [], merged: true };
      return rows;
    };
    const old = table([
      ['1', '类别甲', '致贫原因分析不准确'],
      ['2', '', '农村危房改造进度缓慢'],
      ['3', '类别乙', '健康扶贫政策落实不到位'],
    ]);
    old.rows = merged(old.rows, 1, 2);
    const next = table([
      ['1', '类别甲', '农村危房改造进度缓慢'],
      ['2', '类别乙', '健康扶贫政策落实不到位'],
    ]);
    const out = redlineTree(tree([old]), tree([next]), revision).children[0] as Table;
    // The first row removed; the second was merged under 类别甲 and now heads it: the category is added there.
    expect(showBlock(out)).toBe(
      'table -1|类别甲|致贫原因分析不准确 / [-2-][+1+]|[+类别甲+]|农村危房改造进度缓慢 / [-3-][+2+]|类别乙|健康扶贫政策落实不到位',
    );
    expect(out.rows.flat().some((c) => c.rowSpan !== undefined || c.merged)).toBe(false);

    const wider = table([
      ['1', '类别甲', '致贫原因分析不准确'],
      ['2', '', '农村危房改造进度缓慢'],
      ['3', '', '控辍保学制度落实不够'],
    ]);
    wider.rows = merged(wider.rows, 1, 3);
    const kept = redlineTree(tree([old]), tree([wider]), revision).children[0] as Table;
    // Removals come before additions: the added row, merged in the new version, is drawn under the
    // removed row's category until the change is accepted (the text of each version is exact).
    expect(showBlock(kept)).toBe(
      'table 1|类别甲|致贫原因分析不准确 / 2|^|农村危房改造进度缓慢 / -3|类别乙|健康扶贫政策落实不到位 / +3|^|控辍保学制度落实不够',
    );
    expect(kept.rows.map((row) => [row[1]!.rowSpan, row[1]!.merged])).toEqual([
      [2, undefined],
      [undefined, true],
      [2, undefined],
      [undefined, true],
    ]);
  });

  it('replaces a table whose columns changed', () => {
    const out = shown([table([['1', '甲']])], [table([['1', '甲', '6月']])]);
    expect(out.map((line) => line.slice(0, 2))).toEqual(['- ', '+ ']);
  });
});

describe('the revision', () => {
  it('is the new tree signed, its date written in UTC seconds', () => {
    const out = redlineTree(tree([p('旧')]), tree([p('新')]), revision);
    expect(out.revision).toEqual({ author: '审核人', date: '2025-03-01T00:00:00Z' });
    expect(out.meta).toEqual(tree([]).meta);
    expect(normalizeRevision({ author: 'a', date: '2025-03-01' }).date).toBe('2025-03-01T00:00:00Z');
    expect(() => normalizeRevision({ author: 'a', date: '三月一日' })).toThrow(RangeError);
  });

  it('is deterministic and does not touch its inputs', () => {
    const old = tree([
      h('一、', '指导思想'),
      p('部分改造户竣工验收不及时。'),
      table([['1', '甲问题', '6月']]),
    ]);
    const next = tree([
      h('一、', '总体要求'),
      p('部分改造户竣工验收严重滞后。'),
      table([['1', '乙问题', '7月']]),
    ]);
    const before = JSON.stringify([old, next]);
    expect(JSON.stringify(redlineTree(old, next, revision))).toBe(
      JSON.stringify(redlineTree(old, next, revision)),
    );
    expect(JSON.stringify([old, next])).toBe(before);
  });
});

describe('documentsChanged and redlineDocument', () => {
  const doc = (name: string, body: string) => ({ name, tree: tree([p(body)]) });

  it('lists changed, added and removed documents in the new order, a removed one where it stood', () => {
    const changes = documentsChanged(
      [doc('印发通知', '甲'), doc('督办通知-finance', '乙'), doc('台账', '丙'), doc('报告', '丁')],
      [doc('印发通知', '甲'), doc('台账', '丙改'), doc('督办通知-planning', '戊'), doc('报告', '丁')],
    );
    expect(changes.map((c) => `${c.change} ${c.name}`)).toEqual([
      'delete 督办通知-finance',
      'modify 台账',
      'insert 督办通知-planning',
    ]);
  });

  it('ignores a document whose blocks are equal (meta alone prints nothing)', () => {
    const a = doc('台账', '甲');
    const b = { name: '台账', tree: { ...a.tree, meta: { ...a.tree.meta, date: '2026-01-01' } } };
    expect(documentsChanged([a], [b])).toEqual([]);
  });

  it('redlines a document only in one version as wholly added or removed', () => {
    const added = redlineDocument({ name: 'x', change: 'insert', new: tree([p('甲'), p('乙')]) }, revision);
    expect(added.children.map((b) => b.change)).toEqual(['insert', 'insert']);
    const removed = redlineDocument({ name: 'x', change: 'delete', old: tree([p('甲')]) }, revision);
    expect(removed.children.map((b) => b.change)).toEqual(['delete']);
    expect(removed.meta.title).toBe('测试方案');
  });
});

describe('an edited example plan', () => {
  let example: ExamplePlan;
  beforeAll(async () => {
    example = (await loadExamples(['rectification']))[0]!;
  });

  const textOf = (t: DocumentTree) => t.children.map(blockText);

  it('accepting every change gives the new documents, rejecting every change the old ones', () => {
    const next = composeEdited(example, (plan) => {
      const items = plan.issues![0]!.items;
      items[1]!.problem = items[1]!.problem.replace('竣工验收不及时', '竣工验收严重滞后');
      items[1]!.deadline = '2018-11-30';
      items.splice(0, 1);
      plan.sections!.splice(2, 1);
    });
    const changes = documentsChanged(example.documents, next);
    expect(changes.map((c) => c.name)).toEqual(
      expect.arrayContaining(['印发通知', '工作方案', '台账', '责任清单', '报告']),
    );
    for (const change of changes) {
      const redline = redlineDocument(change, revision);
      expect(textOf(resolveTree(redline, 'accept'))).toEqual(
        change.change === 'delete' ? [] : textOf(change.new),
      );
      expect(textOf(resolveTree(redline, 'reject'))).toEqual(
        change.change === 'insert' ? [] : textOf(change.old),
      );
    }
  });
});
