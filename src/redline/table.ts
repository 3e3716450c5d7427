/**
 * Two versions of a table as one, with its rows marked: rows are aligned by content, not by their
 * first cell (a ledger's 序号 renumbers when a row is added above: a renumbered 序号 is an ordinary
 * word change in a row that is otherwise the same), then paired cells get word-level changes and
 * unpaired rows are added or removed whole. Cells merged down (a ledger's 问题类别) are recomputed
 * over the merged rows: a cell stays merged only where both versions left it empty.
 */
import type { BlockChange, Table, TableCell } from '../tree/types.js';
import { align } from './align.js';
import { MIN_SIMILARITY, dice, profile, type Profile } from './similarity.js';
import { cellText, rowText } from './text.js';
import { diffInlines } from './words.js';

/** Whether the two versions of a table can be redlined as one (else one is removed, the other added). */
export function tablesPair(old: Table, next: Table): boolean {
  return old.header.length === next.header.length && columns(old) === columns(next);
}

const columns = (table: Table): number =>
  Math.max(table.header.length, ...table.rows.map((row) => row.length), 1);

/** A row's identity: its cells' words, a cell of digits only (a 序号) left out. */
const rowKey = (row: readonly TableCell[]): string =>
  row.map((cell) => (/^\s*\d+\s*$/.test(cellText(cell)) ? '#' : cellText(cell))).join('\u0001');

/** What a cell prints: nothing when merged into the cell above. */
const content = (cell: TableCell | undefined) => (cell === undefined || cell.merged ? [] : cell.children);

interface Row {
  cells: TableCell[];
  change: BlockChange | null;
  /** Per column: empty in every version the row is in because merged into the cell above. */
  covered: boolean[];
}

export function redlineTable(old: Table, next: Table): Table {
  const width = columns(next);
  const profiles = new Map<readonly TableCell[], Profile>();
  const profileOf = (row: readonly TableCell[]) => {
    let p = profiles.get(row);
    if (!p) profiles.set(row, (p = profile(rowText(row))));
    return p;
  };
  const indices = Array.from({ length: width }, (_, c) => c);
  const rows: Row[] = align(old.rows, next.rows, {
    key: rowKey,
    score: (o, n) => {
      const s = dice(profileOf(o), profileOf(n));
      return s >= MIN_SIMILARITY ? s : undefined;
    },
  }).map((step): Row => {
    if (step.op === 'pair') {
      return {
        cells: indices.map((c) => ({ children: diffInlines(content(step.old[c]), content(step.new[c])) })),
        change: null,
        covered: indices.map((c) => step.old[c]?.merged === true && step.new[c]?.merged === true),
      };
    }
    const row = step.op === 'delete' ? step.old : step.new;
    return {
      cells: indices.map((c) => ({ children: [...content(row[c])] })),
      change: step.op,
      covered: indices.map((c) => row[c]?.merged === true),
    };
  });
  const table: Table = {
    ...next,
    header: next.header.map((cell, c) => ({
      ...cell,
      children: diffInlines(content(old.header[c]), content(cell)),
    })),
    rows: merge(rows),
  };
  delete table.rowChanges;
  if (rows.some((row) => row.change !== null)) table.rowChanges = rows.map((row) => row.change);
  return table;
}

/** Merged cells again: covered cells are merged into the nearest uncovered cell above them. */
function merge(rows: readonly Row[]): TableCell[][] {
  return rows.map((row, r) =>
    row.cells.map((cell, c) => {
      if (row.covered[c] && r > 0) return { children: [], merged: true };
      let span = 1;
      while (r + span < rows.length && rows[r + span]!.covered[c]) span++;
      return span > 1 ? { ...cell, rowSpan: span } : cell;
    }),
  );
}
