/**
 * 修订对照表: the changes of a redline document as a table for documents approved with an explicit
 * list of changes — title 《<document title>》修订对照表, then 序号 | 原文 | 修改后 | 说明, one row
 * per changed block (per changed row of a table: a ledger's rows are its blocks). 原文 is empty for
 * an addition, 修改后 for a removal; in a 修改 row the words removed are bold in 原文 and the words
 * added bold in 修改后 (加粗, as such tables are marked by hand: it survives black-and-white printing,
 * and the table is itself a document to approve, so tracked changes — which a reader could accept
 * or reject — would be wrong in it). Renumbering alone (a heading's label, a ledger's 序号) is not
 * listed; a note under the table says so when there was any. A table from a landscape ledger is
 * landscape too (its rows are long); otherwise the four columns fit the portrait type area.
 */
import { documentTree, paragraph } from '../tree/build.js';
import { normalizeInlines, plainText, text } from '../tree/inlines.js';
import { splitTitle } from '../tree/title-lines.js';
import type { Block, DocumentTree, Heading, Inline, Table, TableCell } from '../tree/types.js';
import { resolveInlines, type Side } from './resolve.js';
import { blockText, cellText } from './text.js';

type Kind = '新增' | '删除' | '修改';

interface Entry {
  original: Inline[];
  revised: Inline[];
  kind: Kind;
}

export const COMPARISON_KIND = 'comparison';

/** One side of marked content, its own changes in bold: 原文 (reject) or 修改后 (accept). */
const side = (inlines: readonly Inline[], which: Side): Inline[] =>
  resolveInlines(inlines, which, (children) => [{ type: 'strong', children }]);

const hasMarks = (inlines: readonly Inline[]): boolean =>
  inlines.some(
    (node) =>
      node.type === 'insert' ||
      node.type === 'delete' ||
      ((node.type === 'strong' || node.type === 'emphasis') && hasMarks(node.children)),
  );

/** Lines joined by line breaks. */
const lines = (parts: readonly Inline[][]): Inline[] =>
  normalizeInlines(parts.flatMap((part, i) => (i === 0 ? part : [{ type: 'break' } as Inline, ...part])));

const plain = (value: string): Inline[] => lines(value.split('\n').map((line) => [text(line)]));

interface Collected {
  entries: Entry[];
  /** Some change was renumbering only (left out of the table). */
  renumbered: boolean;
  /** Some entry came from a landscape table. */
  wide: boolean;
}

function headingEntry(block: Heading, out: Collected): void {
  const words = [block.title, block.body];
  if (!words.some(hasMarks)) {
    if (block.oldLabel !== undefined) out.renumbered = true;
    return;
  }
  out.entries.push({
    original: normalizeInlines([
      text(block.oldLabel ?? block.label),
      ...words.flatMap((w) => side(w, 'reject')),
    ]),
    revised: normalizeInlines([text(block.label), ...words.flatMap((w) => side(w, 'accept'))]),
    kind: '修改',
  });
}

const digitsOnly = (cell: TableCell): boolean =>
  /^\s*\d*\s*$/.test(plainText(side(cell.children, 'accept'))) &&
  /^\s*\d*\s*$/.test(plainText(side(cell.children, 'reject')));

function tableEntries(table: Table, out: Collected): void {
  const names = table.header.map((cell) => plainText(cell.children).replace(/\n/g, ''));
  const label = (c: number, inlines: Inline[]): Inline[] =>
    names[c] ? [text(`${names[c]}：`), ...inlines] : inlines;
  /** The changed cells on one side, labelled; a cell empty on that side is left out, the first kept. */
  const shownCells = (row: readonly TableCell[], columns: readonly number[], which: Side): Inline[] =>
    lines(
      columns.flatMap((c) => {
        const words = side(row[c]?.children ?? [], which);
        return words.length > 0 || c === 0 ? [label(c, words)] : [];
      }),
    );
  const before = out.entries.length;
  if (table.change === undefined && table.header.some((cell) => hasMarks(cell.children))) {
    const changed = table.header.filter((cell) => hasMarks(cell.children));
    out.entries.push({
      original: lines(changed.map((cell) => side(cell.children, 'reject'))),
      revised: lines(changed.map((cell) => side(cell.children, 'accept'))),
      kind: '修改',
    });
  }
  table.rows.forEach((row, r) => {
    const whole = table.change ?? table.rowChanges?.[r] ?? null;
    if (whole !== null) {
      const cells = row.flatMap((cell, c) => (cellText(cell) === '' ? [] : [label(c, [...cell.children])]));
      const content = lines(cells);
      out.entries.push(
        whole === 'insert'
          ? { original: [], revised: content, kind: '新增' }
          : { original: content, revised: [], kind: '删除' },
      );
      return;
    }
    const changed = row.flatMap((cell, c) => (hasMarks(cell.children) ? [c] : []));
    if (changed.length === 0) return;
    if (changed.every((c) => digitsOnly(row[c]!))) {
      out.renumbered = true;
      return;
    }
    // The first cell (a 序号) says which row it is, even when it did not change.
    const shown = changed.includes(0) ? changed : [0, ...changed];
    out.entries.push({
      original: shownCells(row, shown, 'reject'),
      revised: shownCells(row, shown, 'accept'),
      kind: '修改',
    });
  });
  if (table.landscape && out.entries.length > before) out.wide = true;
}

function collect(blocks: readonly Block[]): Collected {
  const out: Collected = { entries: [], renumbered: false, wide: false };
  for (const block of blocks) {
    if (block.type === 'table') {
      tableEntries(block, out);
      continue;
    }
    if (block.change !== undefined) {
      const words = blockText(block);
      if (words === '') continue;
      out.entries.push(
        block.change === 'insert'
          ? { original: [], revised: plain(words), kind: '新增' }
          : { original: plain(words), revised: [], kind: '删除' },
      );
      continue;
    }
    if (block.type === 'heading') headingEntry(block, out);
    else if (block.type === 'paragraph' && hasMarks(block.children)) {
      out.entries.push({
        original: side(block.children, 'reject'),
        revised: side(block.children, 'accept'),
        kind: '修改',
      });
    }
  }
  return out;
}

const cell = (children: Inline[]): TableCell => ({ children });

/**
 * The 修订对照表 of a redline tree (redlineTree): a document of its own, dated and signed by the
 * revision (or the redline's own date and author when it has none).
 */
export function comparisonTree(redline: DocumentTree): DocumentTree {
  const { entries, renumbered, wide } = collect(redline.children);
  // A title within 《》 takes 〈〉 for its own (GB/T 15834 4.15: 书名号里边还要用书名号时).
  const title = `《${redline.meta.title.replace(/《/g, '〈').replace(/》/g, '〉')}》修订对照表`;
  const table: Table = {
    type: 'table',
    widths: [2, 10, 10, 2.5],
    ...(wide ? { landscape: true, compact: true } : {}),
    header: ['序号', '原文', '修改后', '说明'].map((name) => cell([text(name)])),
    rows: entries.map((entry, i) => [
      cell([text(String(i + 1))]),
      cell(entry.original),
      cell(entry.revised),
      cell([text(entry.kind)]),
    ]),
  };
  const children: Block[] = [{ type: 'title', lines: splitTitle(title) }, table];
  if (renumbered) {
    children.push(paragraph([text('注：因增删条目引起的序号变化未列出。')], { indent: 'first-line' }));
  }
  return documentTree(
    COMPARISON_KIND,
    {
      title,
      date: (redline.revision?.date ?? redline.meta.date).slice(0, 10),
      author: redline.revision?.author ?? redline.meta.author,
    },
    children,
    redline.numbering,
  );
}
