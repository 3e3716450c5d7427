/**
 * 联合行文 header (7.2.4): the organs stacked, lead first, "文件" to their right and vertically
 * centred on the stack: a borderless two-cell table, the names spread to one width (分散对齐).
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ISpacingProperties,
} from 'docx';
import type { RedHeader } from '../../tree/types.js';
import { ptToTwips, redHeaderBox } from '../../style/gbt9704.js';
import { run, type RunStyle } from './inline.js';
import { widthInChars } from './measure.js';
import { noIndent } from './state.js';
import { OFF_GRID } from './styles.js';
import { NO_BORDERS } from './borders.js';

export function jointTable(node: RedHeader, style: RunStyle, line: ISpacingProperties): Table {
  const charTw = ptToTwips(style.sizePt);
  const slack = redHeaderBox.cellSlackChars;
  const namesWidth = Math.ceil((Math.max(...node.names.map(widthInChars)) + slack) * charTw);
  const suffixChars = node.suffix ? widthInChars(node.suffix) : 0;
  const suffixWidth = Math.ceil((suffixChars + redHeaderBox.suffixGapChars + slack) * charTw);
  const cell = { top: 0, bottom: 0, left: 0, right: 0 };
  const names = new TableCell({
    width: { size: namesWidth, type: WidthType.DXA },
    margins: cell,
    children: node.names.map(
      (name) =>
        new Paragraph({
          style: OFF_GRID,
          alignment: AlignmentType.DISTRIBUTE,
          indent: noIndent,
          spacing: line,
          children: [run(name, style)],
        }),
    ),
  });
  const suffix = new TableCell({
    width: { size: suffixWidth, type: WidthType.DXA },
    margins: cell,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style: OFF_GRID,
        alignment: AlignmentType.RIGHT,
        indent: noIndent,
        spacing: line,
        children: node.suffix ? [run(node.suffix, style)] : [],
      }),
    ],
  });
  return new Table({
    alignment: AlignmentType.CENTER,
    layout: TableLayoutType.FIXED,
    width: { size: namesWidth + suffixWidth, type: WidthType.DXA },
    columnWidths: [namesWidth, suffixWidth],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [names, suffix] })],
  });
}
