/**
 * The words of a block as a reader sees them, for aligning versions (keys and similarity) and for
 * the comparison table's cells. Blocks whose content is plain strings (title, 主送, 署名 …) are
 * compared as wholes: their text is every string they print.
 */
import { plainText } from '../tree/inlines.js';
import type { Block, TableCell } from '../tree/types.js';

/** A cell as printed: a cell merged into the one above prints nothing. */
export const cellText = (cell: TableCell | undefined): string =>
  cell === undefined || cell.merged ? '' : plainText(cell.children);

export const rowText = (row: readonly TableCell[]): string => row.map(cellText).join('\u0001');

export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return plainText(block.children);
    case 'heading':
      return `${block.label}${plainText(block.title)}${plainText(block.body)}`;
    case 'table':
      return [block.header, ...block.rows].map(rowText).join('\n');
    case 'title':
      return block.lines.join('');
    case 'recipients':
      return block.text;
    case 'note':
      return `（${block.text}）`;
    case 'signature':
      return [...block.names, block.date].join('\n');
    case 'attachmentNote':
      return block.titles.join('\n');
    case 'attachmentHeading':
      return [block.label, ...block.lines].join('\n');
    case 'headerFields':
      return [block.copyNumber, block.secrecy, block.urgency].filter((f) => f !== undefined).join('\n');
    case 'redHeader':
      return `${block.names.join('\n')}${block.suffix ?? ''}`;
    case 'docNumber':
      return [block.number ?? '', ...(block.signers ?? [])].join('\n');
    case 'colophon':
      return [block.copyTo ?? '', block.printedBy ?? '', block.printedOn ?? ''].join('\n');
    case 'pageBreak':
      return '';
  }
}
