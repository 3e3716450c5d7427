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
