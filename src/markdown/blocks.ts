/**
 * mdast flow content → tree blocks, one handler per node type. Official documents have no bullets,
 * headings inside prose, quotes or rules, so each construct maps to what a clerk would type:
 * list items become paragraphs (ordered ones numbered ①②③, the customary in-paragraph
 * enumeration that cannot be mistaken for the document's own 一、（一）1.（1） levels; task-list
 * items get □ or ☑), a heading inside prose becomes a bold paragraph, a quotation its paragraphs,
 * a thematic break nothing. GFM tables become tables.
 */
import type {
  BlockContentMap,
  DefinitionContentMap,
  List,
  RootContent,
  Table as MdTable,
  TableRow,
} from 'mdast';
import { landscapePage, page } from '../style/gbt9704.js';
import { paragraph } from '../tree/build.js';
import { plainText, text } from '../tree/inlines.js';
import { outlineLabel } from '../tree/numbering.js';
import { textWidth } from '../tree/text-width.js';
import type { Block, Inline, Table, TableCell } from '../tree/types.js';
import { toInlines } from './inlines.js';
import type { MarkdownState } from './state.js';

type FlowMap = BlockContentMap & DefinitionContentMap;
type BlockHandlers = { [K in keyof FlowMap]: (node: FlowMap[K], state: MarkdownState) => Block[] };

export const blockHandlers: BlockHandlers = {
  paragraph: (node, state) => nonEmpty(toInlines(node.children, state)),
  heading: (node, state) => {
    const children = toInlines(node.children, state);
    return children.length > 0 ? [paragraph([{ type: 'strong', children }])] : [];
  },
  blockquote: (node, state) => flowToBlocks(node.children, state),
  list,
  table,
  code: (node) => nonEmpty(lines(node.value)),
  thematicBreak: () => [],
  html: (node, state) => {
    state.report('markdown/html', { html: node.value }, node);
    return [];
  },
  // A link definition prints nothing in Markdown either; its links keep their text.
  definition: () => [],
  footnoteDefinition: (node, state) => {
    state.report('markdown/unsupported', { construct: `[^${node.identifier}]:` }, node);
    return [];
  },
};

const nonEmpty = (children: Inline[]): Block[] => (children.length > 0 ? [paragraph(children)] : []);

/** A code block keeps its lines; there is no monospace in an official document. */
function lines(value: string): Inline[] {
  return value
    .split('\n')
    .flatMap((line, i): Inline[] => (i === 0 ? [text(line)] : [{ type: 'break' }, text(line)]));
}

function list(node: List, state: MarkdownState): Block[] {
  return node.children.flatMap((item, i) => {
    const number = node.ordered ? outlineLabel(5, (node.start ?? 1) + i) : '';
    const check = item.checked === true ? '☑' : item.checked === false ? '□' : '';
    const blocks = flowToBlocks(item.children, state);
    const marker = number + check;
    if (marker === '') return blocks;
    const [first, ...rest] = blocks;
    if (first?.type === 'paragraph')
      return [{ ...first, children: paragraph([text(marker), ...first.children]).children }, ...rest];
    return [paragraph([text(marker)]), ...blocks];
  });
}

/**
 * Column widths in 字 of the table's 4号 text (the type area holds about 31). Short columns (序号,
 * names, dates) get what their widest entry needs plus the cell margins, so 王海燕 or 缺失 never
 * wraps; the long columns share the rest in proportion to their text.
 */
const ROW_CHARS = 31;
/** The landscape type area is 225 mm wide instead of 156 (gbt9704.ts landscapePage). */
const LANDSCAPE_ROW_CHARS = Math.floor((ROW_CHARS * page.typeArea.heightMm) / page.typeArea.widthMm);
const SHORT = 8;
const MARGIN = 1;

function columnWidths(needs: number[], rowChars: number): { widths: number[]; fits: boolean } {
  const short = needs.map((need) => need <= SHORT);
  const fixed = needs.reduce((sum, need, c) => sum + (short[c] ? need + MARGIN : 0), 0);
  const longNeed = needs.reduce((sum, need, c) => sum + (short[c] ? 0 : need), 0);
  const rest = rowChars - fixed;
  const longCount = short.filter((s) => !s).length;
  if (longCount === 0 || rest < 4 * longCount)
    return { widths: needs.map((need) => Math.max(2, need + MARGIN)), fits: longCount === 0 && rest >= 0 };
  return {
    widths: needs.map((need, c) => (short[c] ? need + MARGIN : Math.max(4, (rest * need) / longNeed))),
    fits: true,
  };
}

/** Portrait unless the table has many columns or its columns cannot share the portrait width. */
function tableLayout(needs: number[]): { widths: number[]; landscape: boolean } {
  const portrait = columnWidths(needs, ROW_CHARS);
  if (needs.length < landscapePage.minColumns && portrait.fits)
    return { widths: portrait.widths, landscape: false };
  return { widths: columnWidths(needs, LANDSCAPE_ROW_CHARS).widths, landscape: true };
}

function table(node: MdTable, state: MarkdownState): Block[] {
  const row = (r: TableRow): TableCell[] =>
    r.children.map((cell) => ({ children: toInlines(cell.children, state) }));
  const [head, ...body] = node.children;
  const header = head ? row(head) : [];
  const rows = body.map(row);
  const columns = Math.max(header.length, ...rows.map((r) => r.length));
  const pad = (cells: TableCell[]): TableCell[] => [
    ...cells,
    ...Array.from({ length: columns - cells.length }, () => ({ children: [] })),
  ];
  const all = [pad(header), ...rows.map(pad)];
  const { widths, landscape } = tableLayout(
    Array.from({ length: columns }, (_, c) =>
      Math.max(1, ...all.map((r) => textWidth(plainText(r[c]?.children ?? [])))),
    ),
  );
  const result: Table = {
    type: 'table',
    widths,
    header: all[0]!,
    rows: all.slice(1),
    ...(landscape ? { landscape: true } : {}),
  };
  return [result];
}

export function flowToBlocks(nodes: readonly RootContent[], state: MarkdownState): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    const handler = (
      blockHandlers as Record<string, ((n: RootContent, s: MarkdownState) => Block[]) | undefined>
    )[node.type];
    if (handler) out.push(...handler(node, state));
    else state.report('markdown/unsupported', { construct: node.type }, node);
  }
  return out;
}
