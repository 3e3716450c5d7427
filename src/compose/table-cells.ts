/** Tree table cells from plain strings: a line break in the text is a line break in the cell. */
import type { Inline, TableCell } from '../tree/types.js';

export function cellOf(value: string): TableCell {
  const children: Inline[] = [];
  value.split('\n').forEach((line, i) => {
    if (i > 0) children.push({ type: 'break' });
    if (line !== '') children.push({ type: 'text', value: line });
  });
  return { children };
}

export const cellsOf = (values: readonly string[]): TableCell[] => values.map(cellOf);
