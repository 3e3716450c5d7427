/**
 * A table as rendered, for both suites (Chromium's PDF and LibreOffice's render of the DOCX): its
 * rules from the ink (poppler), its cells' text from pdf.js. The rules give the frame, the columns
 * (vertical rules that cross the header row) and the rows (horizontal rules across the first column,
 * which no cell spans: a ledger's 问题类别 runs down the second); the text of a cell is the runs whose
 * centre lies between its rules. Lengths are mm from the page's top-left corner.
 */
import { plainText } from '../../src/tree/inlines.js';
import type { Block, DocumentTree, Table, TableCell } from '../../src/tree/types.js';
import { rasterize, type Raster } from './measure.js';
import type { TextPage } from './pdf-text.js';

/** A drawn rule: where it lies across (its centre) and where it runs along, mm. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface Ruling {
  horizontal: Rule[];
  vertical: Rule[];
}

/** Longer than any glyph's stroke (a 2号 一 is 7 mm, the page number's dash 5 mm), shorter than a column. */
const MIN_RULE_MM = 9;

/** Darkness per pixel, 0 (white) to 255 (black): its darkest channel; transposed for vertical rules. */
function darkness(raster: Raster, along: 'x' | 'y'): { lines: number; length: number; ink: Uint8Array } {
  const { width, height, data } = raster;
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      ink[along === 'x' ? y * width + x : x * height + y] =
        255 - Math.min(data[o]!, data[o + 1]!, data[o + 2]!);
    }
  return along === 'x' ? { lines: height, length: width, ink } : { lines: width, length: height, ink };
}

interface Segment {
  /** The row (horizontal) or column (vertical) of pixels. */
  line: number;
  from: number;
  to: number;
}

/**
 * Dark runs (as isDark: every channel below 110) of at least `minRun` pixels, along rows and down
 * columns, in one pass over the raster in memory order.
 */
function darkRuns(raster: Raster, minRun: number): { rows: Segment[]; columns: Segment[] } {
  const { width, height, data } = raster;
  const rows: Segment[] = [];
  const columns: Segment[] = [];
  // Where the dark run down each column started, or −1.
  const down = new Int32Array(width).fill(-1);
  for (let y = 0, o = 0; y <= height; y++) {
    let start = -1;
    for (let x = 0; x < width; x++, o += 3) {
      const dark = y < height && data[o]! < 110 && data[o + 1]! < 110 && data[o + 2]! < 110;
      if (dark) {
        if (start < 0) start = x;
        if (down[x]! < 0) down[x] = y;
        continue;
      }
      if (start >= 0) {
        if (x - start >= minRun) rows.push({ line: y, from: start, to: x });
        start = -1;
      }
      if (down[x]! >= 0) {
        if (y - down[x]! >= minRun) columns.push({ line: x, from: down[x]!, to: y });
        down[x] = -1;
      }
    }
    if (start >= 0 && width - start >= minRun) rows.push({ line: y, from: start, to: width });
  }
  return { rows, columns };
}

/** Runs on adjacent lines that overlap for most of their length are one rule, some pixels thick. */
function mergeRuns(runs: Segment[], across: number, origin: number, px: number): Rule[] {
  const sorted = [...runs].sort((a, b) => a.line - b.line || a.from - b.from);
  interface Open {
    first: number;
    last: number;
    from: number;
    to: number;
  }
  const groups: Open[] = [];
  let open: Open[] = [];
  for (const run of sorted) {
    open = open.filter((o) => o.last >= run.line - 1);
    const same = open.find(
      (o) =>
        o.last === run.line - 1 &&
        Math.min(o.to, run.to) - Math.max(o.from, run.from) > 0.5 * (run.to - run.from),
    );
    if (same)
      Object.assign(same, {
        last: run.line,
        from: Math.min(same.from, run.from),
        to: Math.max(same.to, run.to),
      });
    else {
      const group = { first: run.line, last: run.line, from: run.from, to: run.to };
      groups.push(group);
      open.push(group);
    }
  }
  return groups
    .map((rule) => ({
      at: across + ((rule.first + rule.last + 1) / 2) * px,
      from: origin + rule.from * px,
      to: origin + rule.to * px,
    }))
    .sort((a, b) => a.at - b.at || a.from - b.from);
}

/** Every horizontal and vertical rule of a page: straight dark runs of at least MIN_RULE_MM. */
export async function readRuling(pdf: string, page: number, dpi = 200): Promise<Ruling> {
  const raster = await rasterize(pdf, page, dpi);
  const px = 25.4 / dpi;
  const { rows, columns } = darkRuns(raster, MIN_RULE_MM / px);
  return {
    horizontal: mergeRuns(rows, raster.topMm, raster.leftMm, px),
    vertical: mergeRuns(columns, raster.leftMm, raster.topMm, px),
  };
}

/** A table on one page: its frame and its column and row boundaries. */
export interface TableGrid {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** x of each vertical rule that crosses the header row, the frame's left and right included. */
  columns: number[];
  /** y of each horizontal rule across the first column, top to bottom: the header row, then the rows. */
  rows: number[];
  /** The frame's four sides as drawn: the rule that runs each side's whole length, if any. */
  frame: { top?: Rule; bottom?: Rule; left?: Rule; right?: Rule };
}

const TOLERANCE = 0.6;
const covers = (rule: Rule, from: number, to: number) =>
  rule.from <= from + TOLERANCE && rule.to >= to - TOLERANCE;

/**
 * The grid of the table on a page, from its ruling (undefined when the page has no table). The
 * frame's extent is that of the rules themselves (the longest horizontal ones, the lowest rule
 * under the table), so that a side drawn only in part is reported, not taken for the frame.
 */
export function tableGrid(ruling: Ruling): TableGrid | undefined {
  const longest = Math.max(0, ...ruling.horizontal.map((r) => r.to - r.from));
  const full = ruling.horizontal.filter((r) => r.to - r.from > longest - 2 * TOLERANCE);
  if (full.length === 0) return undefined;
  const left = Math.min(...full.map((r) => r.from));
  const right = Math.max(...full.map((r) => r.to));
  const within = (x: number) => x > left - TOLERANCE && x < right + TOLERANCE;
  const top = full[0]!.at;
  const bottom = Math.max(
    ...ruling.horizontal.filter((r) => within(r.from) && within(r.to)).map((r) => r.at),
  );
  const columns = ruling.vertical
    .filter((r) => within(r.at) && r.from < top + TOLERANCE)
    .map((r) => r.at)
    .sort((a, b) => a - b);
  const firstColumnEnd = columns.find((x) => x > left + 2 * TOLERANCE) ?? right;
  const rows = ruling.horizontal
    .filter((r) => r.at > top - TOLERANCE && covers(r, left, firstColumnEnd))
    .map((r) => r.at);
  const near = (a: number, b: number) => Math.abs(a - b) < TOLERANCE;
  const frame = {
    top: ruling.horizontal.find((r) => near(r.at, top) && covers(r, left, right)),
    bottom: ruling.horizontal.find((r) => near(r.at, bottom) && covers(r, left, right)),
    left: ruling.vertical.find((r) => near(r.at, left) && covers(r, top, bottom)),
    right: ruling.vertical.find((r) => near(r.at, right) && covers(r, top, bottom)),
  };
  return { left, right, top, bottom, columns, rows, frame };
}

/** How thick each of a table's rules is drawn on a page (mm), in the order of grid.columns and grid.rows. */
export interface Thickness {
  vertical: number[];
  horizontal: number[];
}

/**
 * The ink summed across each rule, the median along a stretch of it: the vertical rules where they
 * leave the top rule (in the header cells' padding, clear of text), the horizontal ones in the first
 * column's left padding. At 600 dpi a pixel is 0.04 mm (poppler snaps a 0.18 mm rule to whole
 * pixels: 4 or 5); two narrow strips keep it quick.
 */
export async function readThickness(pdf: string, page: number, grid: TableGrid): Promise<Thickness> {
  const dpi = 600;
  const px = 25.4 / dpi;
  const reach = 0.8;
  const measure = async (along: 'x' | 'y', band: Parameters<typeof rasterize>[3], at: readonly number[]) => {
    const raster = await rasterize(pdf, page, dpi, band);
    // Lines of pixels across the rules: rows of the strip for vertical rules, columns for horizontal ones.
    const { lines, length, ink } = darkness(raster, along === 'y' ? 'x' : 'y');
    const origin = along === 'y' ? raster.leftMm : raster.topMm;
    return at.map((position) => {
      const from = Math.max(0, Math.round((position - reach - origin) / px));
      const to = Math.min(length, Math.round((position + reach - origin) / px));
      const sums: number[] = [];
      for (let line = 0; line < lines; line++) {
        let sum = 0;
        for (let i = from; i < to; i++) sum += ink[line * length + i]!;
        sums.push((sum / 255) * px);
      }
      sums.sort((a, b) => a - b);
      return sums[Math.floor(sums.length / 2)] ?? 0;
    });
  };
  const [vertical, horizontal] = await Promise.all([
    measure(
      'y',
      { topMm: grid.top + 0.6, heightMm: 1, leftMm: grid.left - 1, widthMm: grid.right - grid.left + 2 },
      grid.columns,
    ),
    measure(
      'x',
      { topMm: grid.top - 1, heightMm: grid.bottom - grid.top + 2, leftMm: grid.left + 0.6, widthMm: 1 },
      grid.rows,
    ),
  ]);
  return { vertical, horizontal };
}

/**
 * The lines of each column between two heights: per column, the text of each printed line (the
 * runs whose centre lies in the column, on one baseline), top to bottom.
 */
export function columnLines(
  page: TextPage,
  columns: readonly number[],
  top: number,
  bottom: number,
): string[][] {
  const cells = columns.slice(1).map((): string[] => []);
  for (const line of page.lines) {
    if (line.baseline <= top || line.baseline >= bottom) continue;
    const texts = cells.map(() => '');
    for (const run of line.runs) {
      const centre = (run.x + run.xEnd) / 2;
      const i = columns.findIndex((x, n) => n > 0 && centre < x) - 1;
      if (i >= 0 && centre > columns[0]!) texts[i] += run.text;
    }
    texts.forEach((text, i) => {
      if (text.trim() !== '') cells[i]!.push(text.replace(/\s/g, ''));
    });
  }
  return cells;
}

/** The text of each column between two heights, its wrapped lines joined (as CJK reads). */
export const columnTexts = (
  page: TextPage,
  columns: readonly number[],
  top: number,
  bottom: number,
): string[] => columnLines(page, columns, top, bottom).map((lines) => lines.join(''));

/** A cell's text as the tree has it, without its line breaks. */
export const cellText = (cell: TableCell): string => plainText(cell.children).replace(/\s/g, '');

/** The ledger's table in a document: the landscape table headed 序号 (the ledger, or the report's 附件). */
export function ledgerTable(tree: DocumentTree): Table | undefined {
  return tree.children.find(
    (block: Block): block is Table =>
      block.type === 'table' && block.landscape === true && cellText(block.header[0]!) === '序号',
  );
}
