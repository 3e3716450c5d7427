/**
 * 问题清单/整改台账 (seed 002): the title, the as-of line, and one landscape table — one row per
 * issue or dated item, grouped by category, the header row repeated on every page, rows never
 * split (writers/docx and html table handlers). The same rows and cells as the XLSX. The category
 * is written in every row of its group, not merged down: a merged cell that runs over a page break
 * leaves the next page's rows without their category, and neither LibreOffice nor Chromium closes
 * the table's bottom rule under it (conformance measurement); every row also reads on its own.
 */
import { formatDate } from '../plan/dates.js';
import { splitTitle } from '../tree/title-lines.js';
import { paragraph } from '../tree/build.js';
import { text } from '../tree/inlines.js';
import type { Block, Table } from '../tree/types.js';
import { cellText } from '../tracking/cells.js';
import type { Ledger, LedgerColumn } from '../tracking/types.js';
import { cellOf } from './table-cells.js';

/** （截至2018年11月5日）: the day the statuses are read for. */
export const asOfLine = (asOf: string): Block =>
  paragraph([text(`（截至${formatDate(asOf)}）`)], { indent: 'none', align: 'center' });

/**
 * A four-字 header over a column narrower than it (责任领导 over 4 字 of 小四 with padding) is set
 * on two lines of two, as printed ledgers do, rather than wrapped after its third character.
 */
const headerText = (column: LedgerColumn): string =>
  column.header.length === 4 && column.width < 5
    ? `${column.header.slice(0, 2)}\n${column.header.slice(2)}`
    : column.header;

export function ledgerTable(ledger: Ledger): Table {
  const rows = ledger.rows.map((row) =>
    ledger.columns.map((column) => cellOf(cellText(ledger, row, column.key))),
  );
  return {
    type: 'table',
    widths: ledger.columns.map((column) => column.width),
    landscape: true,
    compact: true,
    header: ledger.columns.map((column) => cellOf(headerText(column))),
    rows,
  };
}

export function ledgerBlocks(title: string, ledger: Ledger): Block[] {
  return [{ type: 'title', lines: splitTitle(title) }, asOfLine(ledger.asOf), ledgerTable(ledger)];
}
