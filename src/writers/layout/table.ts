/** Body table layout shared by the writers (8, practice): column widths and which columns centre. */
import { tableRules } from '../../style/gbt9704.js';
import { plainText } from '../../tree/inlines.js';
import { textWidth } from '../../tree/text-width.js';
import type { Table } from '../../tree/types.js';

/** The number of columns: the widest of the header and the rows, at least one. */
export const columnCount = (node: Table): number =>
  Math.max(node.header.length, ...node.rows.map((row) => row.length), 1);

/** Relative widths scaled to `total` whole units; the rounding remainder goes to the last column. */
export function scaleWidths(widths: readonly number[], columns: number, total: number): number[] {
  const given = Array.from({ length: columns }, (_, i) => {
    const w = widths[i];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : 1;
  });
  const sum = given.reduce((a, b) => a + b, 0);
  const scaled = given.map((w) => Math.floor((w / sum) * total));
  scaled[columns - 1]! += total - scaled.reduce((a, b) => a + b, 0);
  return scaled;
}

/** Columns of short entries (序号, 时限, 金额) are centred, as hand-made tables do; text columns are not. */
export function centredColumns(node: Table, columns: number): boolean[] {
  return Array.from({ length: columns }, (_, i) =>
    node.rows.every(
      (row) => textWidth(plainText(row[i]?.children ?? []).replace(/\n/g, '')) <= tableRules.shortCellChars,
    ),
  );
}

/** Which rule of a body cell is left out so that a merged run of cells reads as one. */
export interface OpenEdges {
  top: boolean;
  bottom: boolean;
}

/**
 * Cells merged down are drawn as the run of cells without the rules between them, not as one
 * spanning cell: a spanning cell cannot break across pages in Chromium (a whole group is pushed to
 * the next page) and the writers must agree on where rows fall.
 */
export function openEdges(node: Table): OpenEdges[][] {
  const out = node.rows.map((row) => row.map(() => ({ top: false, bottom: false })));
  node.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const span = Math.min(cell.rowSpan ?? 1, node.rows.length - r);
      for (let k = 1; k < span; k++) {
        out[r + k - 1]![c]!.bottom = true;
        if (out[r + k]?.[c]) out[r + k]![c]!.top = true;
      }
    }),
  );
  return out;
}
