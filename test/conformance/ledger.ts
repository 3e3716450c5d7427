/**
 * The ledger's table (台账, and the report's 附件 that repeats it) as rendered, for both suites
 * (Chromium's PDF and LibreOffice's render of the DOCX): per page, its grid and the thickness of its
 * rules from the ink, the header row's and each body row's text column by column (tables.ts); and
 * what the ledger must be in either render. Lengths are mm.
 */
import { expect, it } from 'vitest';
import { EXPECTED_KINDS } from './documents.js';
import { plainText } from '../../src/tree/inlines.js';
import type { DocumentTree, Table } from '../../src/tree/types.js';
import { expectLandscapeSheet } from './landscape.js';
import { typeArea } from './pages.js';
import type { TextPage } from './pdf-text.js';
import {
  cellText,
  columnLines,
  ledgerTable,
  readRuling,
  readThickness,
  tableGrid,
  type Ruling,
  type TableGrid,
  type Thickness,
} from './tables.js';

export interface LedgerPage {
  page: TextPage;
  ruling: Ruling;
  /** Undefined when no table was found on the page. */
  grid?: TableGrid;
  /**
   * How thick the rules are drawn, on the ledger's first and last page (600 dpi strips are the
   * costly part; the frame is drawn by one rule of the stylesheet or the DOCX on every page).
   */
  thickness?: Thickness;
  /** The header row's text, column by column ([] without a table). */
  header: string[];
  /** Each body row on the page, top to bottom: its text column by column. */
  rows: string[][];
  /** The same rows, each cell as the lines it is printed on. */
  rowLines: string[][][];
}

export interface Ledger {
  label: string;
  table: Table;
  pages: LedgerPage[];
}

/** Runs `work` over `items`, at most `limit` at a time (pdftoppm and the scans are CPU-bound). */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * The documents holding the ledger and the pages it is on (each must be landscape): all of a 台账's
 * pages; the report's from its 附件 label on, the 版记's page (portrait, after it) left out.
 */
export function ledgerPages(tree: DocumentTree, pages: readonly TextPage[]): TextPage[] | undefined {
  if (tree.kind === 'ledger') return [...pages];
  if (tree.kind !== 'report') return undefined;
  const heading = tree.children.find((block) => block.type === 'attachmentHeading');
  const from = pages.findIndex((page) => page.lines[0]?.text === heading?.label);
  expect(from, `${tree.meta.title}: the page of the 附件 label`).toBeGreaterThan(0);
  const colophon = tree.children.some((block) => block.type === 'colophon');
  return pages.slice(from, colophon ? -1 : undefined);
}

/** Measures the ledger on its pages of one PDF. */
export async function readLedger(
  label: string,
  tree: DocumentTree,
  pdf: string,
  pages: readonly TextPage[],
): Promise<Ledger> {
  const table = ledgerTable(tree);
  expect(table, `${label}: the tree holds the ledger's table`).toBeDefined();
  const measured = await mapLimited(pages, 2, async (page): Promise<LedgerPage> => {
    const ends = page === pages[0] || page === pages.at(-1);
    const ruling = await readRuling(pdf, page.number);
    const grid = tableGrid(ruling);
    if (!grid) return { page, ruling, header: [], rows: [], rowLines: [] };
    const bands = grid.rows
      .slice(1)
      .map((bottom, i) => columnLines(page, grid.columns, grid.rows[i]!, bottom));
    const texts = bands.map((cells) => cells.map((lines) => lines.join('')));
    return {
      page,
      ruling,
      grid,
      ...(ends ? { thickness: await readThickness(pdf, page.number, grid) } : {}),
      header: texts[0] ?? [],
      rows: texts.slice(1),
      rowLines: bands.slice(1),
    };
  });
  return { label, table: table!, pages: measured };
}

const where = (ledger: Ledger, page: TextPage) => `${ledger.label} p${page.number}`;
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mm = (value: number) => value.toFixed(2);

export function expectLandscapeLedger(ledger: Ledger): void {
  expect(ledger.pages.length, ledger.label).toBeGreaterThan(0);
  for (const { page } of ledger.pages) expectLandscapeSheet(page, where(ledger, page));
}

/** The header row (序号 … 状态) heads the table on every page: the first, and each one after it. */
export function expectHeaderOnEveryPage(ledger: Ledger): void {
  const header = ledger.table.header.map(cellText);
  for (const { page, grid, header: printed } of ledger.pages) {
    expect(grid, `${where(ledger, page)}: a table`).toBeDefined();
    expect(grid!.columns, `${where(ledger, page)}: the rules between columns`).toHaveLength(
      ledger.table.widths.length + 1,
    );
    expect(printed, `${where(ledger, page)}: the header row`).toEqual(header);
  }
}

/**
 * No row split across pages: between two rules across the 序号 column lies one whole row, its 序号
 * and its last cell (状态) side by side, so a row broken by a page would read as two rows, one of
 * them without its 序号 or its 状态. Read in order over the pages, the rows are the tree's rows:
 * each 序号 once, on one page, with its 状态 on that page.
 */
export function expectRowsWhole(ledger: Ledger): void {
  const printed = ledger.pages.flatMap(({ page, rows }) =>
    rows.map((cells) => ({ page: page.number, number: cells[0]!, status: cells.at(-1)! })),
  );
  const layout = printed
    .map(({ page, number, status }) => `p${page} ${number || '∅'} ${status || '∅'}`)
    .join(', ');
  const { rows } = ledger.table;
  expect(
    printed.map((row) => row.number),
    `${ledger.label}: 序号 as printed (${layout})`,
  ).toEqual(rows.map((row) => cellText(row[0]!)));
  expect(
    printed.map((row) => row.status),
    `${ledger.label}: 状态 beside each 序号 (${layout})`,
  ).toEqual(rows.map((row) => cellText(row.at(-1)!)));
}

/**
 * The 状态 column is as wide as its words (3.8 字 of 小四, padding included): each line of a row's
 * 状态 (推进中, and 已逾期 under it when overdue) is printed on one line. Returns the rows printed
 * otherwise.
 */
export function statusLineProblems(ledger: Ledger): string[] {
  const byNumber = new Map(ledger.table.rows.map((row) => [cellText(row[0]!), row]));
  return ledger.pages.flatMap(({ page, rows, rowLines }) =>
    rowLines.flatMap((cells, i) => {
      const row = byNumber.get(rows[i]![0]!);
      if (!row) return [];
      const expected = plainText(row.at(-1)!.children).split('\n');
      const printed = cells.at(-1)!;
      return printed.join('/') === expected.join('/')
        ? []
        : [
            `${where(ledger, page)} 序号 ${rows[i]![0]}: 状态 printed ${printed.join('/')}, not ${expected.join('/')}`,
          ];
    }),
  );
}

/**
 * The table's frame on every page: a rule along the whole of each side, as thick as the rules
 * inside (within 30 %: poppler snaps rules to whole pixels; measured on the first and last page). Returns what is wrong, page by page, so
 * that a test lists every page at once.
 */
export function frameProblems(ledger: Ledger): string[] {
  const problems: string[] = [];
  for (const { page, grid, thickness, ruling } of ledger.pages) {
    const at = where(ledger, page);
    if (!grid) {
      problems.push(`${at}: no table`);
      continue;
    }
    const { left, right, top, bottom, frame } = grid;
    const drawn = (rules: readonly { at: number; from: number; to: number }[], y: number) =>
      rules
        .filter((rule) => Math.abs(rule.at - y) < 0.6)
        .map((rule) => `${mm(rule.from)}–${mm(rule.to)}`)
        .join(', ') || 'nowhere';
    const across = `${mm(left)}–${mm(right)}`;
    const down = `${mm(top)}–${mm(bottom)}`;
    if (!frame.top)
      problems.push(`${at}: top rule (y ${mm(top)}) over ${drawn(ruling.horizontal, top)}, not ${across}`);
    if (!frame.bottom)
      problems.push(
        `${at}: bottom rule (y ${mm(bottom)}) over ${drawn(ruling.horizontal, bottom)}, not ${across}`,
      );
    if (!frame.left)
      problems.push(`${at}: left rule (x ${mm(left)}) down ${drawn(ruling.vertical, left)}, not ${down}`);
    if (!frame.right)
      problems.push(`${at}: right rule (x ${mm(right)}) down ${drawn(ruling.vertical, right)}, not ${down}`);
    if (!thickness) continue;
    const { vertical, horizontal } = thickness;
    const inner = median([...vertical.slice(1, -1), ...horizontal.slice(1, -1)]);
    const sides = {
      left: vertical[0]!,
      right: vertical.at(-1)!,
      top: horizontal[0]!,
      bottom: horizontal.at(-1)!,
    };
    for (const [side, width] of Object.entries(sides))
      if (width < 0.7 * inner)
        problems.push(
          `${at}: ${side} rule ${width.toFixed(3)} mm thick, the rules inside ${inner.toFixed(3)} mm`,
        );
  }
  return problems;
}

/**
 * On the pages after the first (which opens with the title), the table starts at the type area's
 * top: its top rule on the landscape type area's edge (28 mm), within 0.5 mm (a rule's width).
 */
export function tableTopProblems(ledger: Ledger): string[] {
  return ledger.pages.slice(1).flatMap(({ page, grid }) => {
    const top = typeArea(page).top;
    if (!grid) return [`${where(ledger, page)}: no table`];
    return Math.abs(grid.top - top) < 0.5
      ? []
      : [
          `${where(ledger, page)}: the table's top rule at ${mm(grid.top)} mm, the type area's top at ${mm(top)}`,
        ];
  });
}

/**
 * The ledger checks both renders share (Chromium's PDF and LibreOffice's render of the DOCX), on
 * every 台账 and the report's 附件, measured once by the suite that calls this.
 */
export function ledgerChecks(measuredLedgers: () => Promise<Ledger[]>): void {
  it('sets every ledger page landscape, A4 turned (842 × 595 pt)', async () => {
    const measured = await measuredLedgers();
    // Every 台账, and the report's 附件.
    expect(measured).toHaveLength(EXPECTED_KINDS.ledger + EXPECTED_KINDS.report);
    for (const ledger of measured) expectLandscapeLedger(ledger);
  }, 180_000);

  it('repeats the ledger’s header row (序号 … 状态) at the top of every page', async () => {
    for (const ledger of await measuredLedgers()) expectHeaderOnEveryPage(ledger);
  }, 180_000);

  it('keeps each ledger row on one page, and prints every row of the tree once, in order', async () => {
    for (const ledger of await measuredLedgers()) expectRowsWhole(ledger);
  }, 180_000);

  it('prints each line of a ledger row’s 状态 on one line (推进中 / 已逾期)', async () => {
    expect((await measuredLedgers()).flatMap(statusLineProblems)).toEqual([]);
  }, 180_000);

  it('draws the ledger table’s frame whole on every page, as thick as the rules inside', async () => {
    expect((await measuredLedgers()).flatMap(frameProblems)).toEqual([]);
  }, 180_000);

  it('starts the ledger’s table at the type area’s top on every page after the first (28 mm)', async () => {
    expect((await measuredLedgers()).flatMap(tableTopProblems)).toEqual([]);
  }, 180_000);
}
