/**
 * 问题清单/整改台账 (seed 002): the title, the as-of line, and one landscape table — one row per
 * issue or dated item, 问题类别 merged down over its group, the header row repeated on every page,
 * rows never split (writers/docx and html table handlers). The same rows and cells as the XLSX.
 */
import { formatDate } from '../plan/dates.js';
import { splitTitle } from '../tree/title-lines.js';
import { paragraph } from '../tree/build.js';
import { text } from '../tree/inlines.js';
import type { Block, Table, TableCell } from '../tree/types.js';
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
  const rows: TableCell[][] = ledger.rows.map((row) =>
    ledger.columns.map((column) => cellOf(cellText(ledger, row, column.key))),
  );
  const category = ledger.columns.findIndex((column) => column.key === 'category');
  // A group's category is written once, over all its rows, as hand-kept ledgers merge it.
  for (let start = 0; category >= 0 && start < rows.length;) {
    let end = start + 1;
    while (end < rows.length && ledger.rows[end]!.groupId === ledger.rows[start]!.groupId) end++;
    if (end - start > 1) {
      rows[start]![category]!.rowSpan = end - start;
      for (let i = start + 1; i < end; i++) rows[i]![category] = { children: [], merged: true };
    }
    start = end;
  }
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
