/**
 * The ledger's one worksheet, in the form units update it: title and as-of lines, a header row that
 * stays in view and repeats on every printed page, one row per tracked row with the category in
 * every row (no merged data cells: units filter and sort), filters, and a landscape A4 print.
 */
import type ExcelJS from 'exceljs';
import type { Borders, Cell, Fill, Font } from 'exceljs';
import { formatDate } from '../../plan/dates.js';
import { fonts, landscapePage } from '../../style/gbt9704.js';
import type { Ledger } from '../../tracking/types.js';
import { sheetColumns, type CellValue } from './columns.js';
import { lineCount, rowHeight } from './fit-rows.js';
import { cellString } from './text.js';

export const sheetName = (ledger: Pick<Ledger, 'kind'>): string =>
  ledger.kind === 'issues' ? '整改台账' : '工作台账';

/** Rows 1–3: title, as-of line, column headers; the data starts below. */
export const HEADER_ROWS = 3;

const CELL_PT = 12;
const TITLE_PT = 16;
/**
 * Line pitch and padding of the estimated row heights: 1.5 × the font size, the DOCX tables' exact
 * line (tableRules.lineTwips), which also holds fallback fonts with tall line boxes (Noto CJK needs
 * about 1.45; with 1.33 LibreOffice clipped the last line).
 */
const LINE_PT = CELL_PT * 1.5;
const PAD_PT = 4;
const TITLE_LINE_PT = TITLE_PT * 1.5;
const TITLE_PAD_PT = 8;
/** Of a column's width in 字, what a line of text can use: Excel's cell insets take the rest. */
const INSET_ZI = 0.25;

/**
 * Column widths are in widths of "0" of the workbook's Normal font (exceljs: Calibri 11, 7 px at
 * 96 dpi), plus 5 px of padding (ECMA-376 §18.3.1.13). A 字 of 12 pt is 16 px.
 */
export const excelWidth = (zi: number): number => Math.round(((zi * 16 + 6) / 7) * 100) / 100;

/** GB2312_CHARSET, and the "modern" family Excel writes for CJK faces: the substitute stays Chinese. */
const cjk = (name: string, size: number, bold = false): Partial<Font> => ({
  name,
  size,
  bold,
  family: 3,
  charset: 134,
});

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const borders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

const mmToInches = (mm: number): number => Math.round((mm / 25.4) * 1000) / 1000;

function setValue(cell: Cell, value: CellValue): void {
  switch (value.kind) {
    case 'text':
      // An empty string would be a non-blank cell: the filter's (Blanks) and COUNTA would miss it.
      if (value.text !== '') cell.value = value.text;
      return;
    case 'number':
      cell.value = value.value;
      return;
    case 'date':
      cell.value = value.date;
      cell.numFmt = value.numFmt;
      return;
    case 'blank':
      // A format on the empty cell, so that a completion date typed in later prints like the others.
      cell.numFmt = value.numFmt;
  }
}

/** What the package edits need to know of the sheet. */
export interface LedgerSheet {
  name: string;
  /** The header row and the data, as an A1 range (A3:L9). */
  filterRef: string;
}

export function addLedgerSheet(workbook: ExcelJS.Workbook, ledger: Ledger, title: string): LedgerSheet {
  const columns = sheetColumns(ledger);
  const last = columns.length;
  const lastRow = HEADER_ROWS + ledger.rows.length;
  const sheet = workbook.addWorksheet(sheetName(ledger), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROWS, topLeftCell: `A${HEADER_ROWS + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `1:${HEADER_ROWS}`,
      // GB/T 9704 8's turned 版心, and the landscape DOCX's footer distance for the page number.
      margins: {
        top: mmToInches(landscapePage.margin.topMm),
        bottom: mmToInches(landscapePage.margin.bottomMm),
        left: mmToInches(landscapePage.margin.leftMm),
        right: mmToInches(landscapePage.margin.rightMm),
        header: mmToInches(landscapePage.footerDistanceMm),
        footer: mmToInches(landscapePage.footerDistanceMm),
      },
    },
    headerFooter: { oddFooter: '&C— &P —' },
  });

  sheet.columns = columns.map((column) => ({ width: excelWidth(column.width) }));

  const capacity = columns.map((column) => column.width - INSET_ZI);
  const rowLines = (texts: readonly string[]) =>
    Math.max(1, ...texts.map((text, i) => lineCount(text, capacity[i] ?? 1)));

  const titleText = cellString(title);
  // The merged title spans every column; its 字 are TITLE_PT, the columns' CELL_PT.
  const titleZi = (columns.reduce((sum, column) => sum + column.width, 0) * CELL_PT) / TITLE_PT - 1;
  const titleRow = sheet.getRow(1);
  titleRow.height = rowHeight(lineCount(titleText, titleZi), TITLE_LINE_PT, TITLE_PAD_PT);
  sheet.mergeCells(1, 1, 1, last);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = titleText;
  titleCell.font = cjk(fonts.heiti, TITLE_PT, true);
  titleCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  const asOfRow = sheet.getRow(2);
  asOfRow.height = 20;
  sheet.mergeCells(2, 1, 2, last);
  const asOfCell = sheet.getCell(2, 1);
  asOfCell.value = `截至${formatDate(ledger.asOf)}`;
  asOfCell.font = cjk(fonts.fangsong, CELL_PT);
  asOfCell.alignment = { horizontal: 'right', vertical: 'middle' };

  const headerRow = sheet.getRow(HEADER_ROWS);
  headerRow.height = rowHeight(rowLines(columns.map((column) => column.header)), LINE_PT, PAD_PT);
  columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = column.header;
    cell.font = cjk(fonts.heiti, CELL_PT, true);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = borders;
    cell.fill = headerFill;
  });

  ledger.rows.forEach((row, r) => {
    const sheetRow = sheet.getRow(HEADER_ROWS + 1 + r);
    const values = columns.map((column) => column.value(row));
    sheetRow.height = rowHeight(rowLines(values.map((value) => value.text)), LINE_PT, PAD_PT);
    values.forEach((value, i) => {
      const cell = sheetRow.getCell(i + 1);
      setValue(cell, value);
      cell.font = cjk(fonts.fangsong, CELL_PT);
      // Explicitly left: dates would otherwise go right, like numbers, beside left-aligned text.
      const horizontal = columns[i]!.centred ? 'center' : 'left';
      cell.alignment = { horizontal, vertical: 'top', wrapText: true };
      cell.border = borders;
    });
  });

  const filterRef = `A${HEADER_ROWS}:${sheet.getColumn(last).letter}${lastRow}`;
  sheet.autoFilter = filterRef;
  return { name: sheet.name, filterRef };
}
