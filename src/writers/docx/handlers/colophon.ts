/**
 * 版记 (7.4): a one-column table floated to the bottom of the type area of the page it falls on
 * (tblpPr vertAnchor=margin tblpYSpec=bottom, as [C2][C5]), so its last rule coincides with the
 * type area's bottom edge. Rules: first and last 0.35 mm, between rows 0.25 mm, black. 4号仿宋,
 * 左右各空一字; 抄送 wraps aligned after its colon.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  RelativeVerticalPosition,
  TabStopType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { Colophon } from '../../../tree/types.js';
import { colophon as spec, colophonRow, mmToTwips, page } from '../../../style/gbt9704.js';
import { run, type RunStyle } from '../inline.js';
import { widthInChars } from '../measure.js';
import { typeAreaTwips } from '../page.js';
import { noIndent, paragraph, type DocxState, type FileChild } from '../state.js';
import { OFF_GRID } from '../styles.js';
import { NO_RULE } from '../borders.js';

const style: RunStyle = { role: 'fangsong', sizePt: spec.sizePt };
const side = spec.sideIndentTwips;
const line = {
  line: colophonRow.lineTwips,
  lineRule: LineRuleType.EXACT,
  before: colophonRow.padTwips,
  after: colophonRow.padTwips,
};
const border = (eighths: number) => ({ style: BorderStyle.SINGLE, size: eighths, color: '000000' });

function copyTo(text: string): Paragraph {
  const label = '抄送：';
  // One 4号 字 is the side indent; the label's width in the same unit keeps wrapped lines after "：".
  const hang = Math.round(widthInChars(label) * side);
  return new Paragraph({
    style: OFF_GRID,
    alignment: AlignmentType.BOTH,
    indent: { left: side + hang, hanging: hang, right: side, firstLineChars: 0 },
    spacing: line,
    children: [run(label + text, style)],
  });
}

function printed(by: string | null, on: string | null): Paragraph {
  return new Paragraph({
    style: OFF_GRID,
    alignment: AlignmentType.LEFT,
    indent: { ...noIndent, left: side, right: side },
    spacing: line,
    tabStops: [{ type: TabStopType.RIGHT, position: typeAreaTwips - side }],
    children: [run(`${by ?? ''}\t${on ? `${on}印发` : ''}`, style)],
  });
}

export function colophon(state: DocxState, node: Colophon): FileChild[] {
  const rows: Paragraph[] = [];
  if (node.copyTo) rows.push(copyTo(node.copyTo));
  if (node.printedBy || node.printedOn) rows.push(printed(node.printedBy, node.printedOn));
  if (rows.length === 0) return [];
  const cellMargins = { top: 0, bottom: 0, left: 0, right: 0 };
  const table = new Table({
    width: { size: typeAreaTwips, type: WidthType.DXA },
    columnWidths: [typeAreaTwips],
    layout: TableLayoutType.FIXED,
    float: {
      // Page-relative x: LibreOffice keeps a full-width margin-relative table inline (no frame).
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: mmToTwips(page.margin.leftMm),
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
    borders: {
      top: border(spec.outerRuleEighths),
      bottom: border(spec.outerRuleEighths),
      insideHorizontal: border(spec.innerRuleEighths),
      left: NO_RULE,
      right: NO_RULE,
      insideVertical: NO_RULE,
    },
    rows: rows.map(
      (p) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: typeAreaTwips, type: WidthType.DXA },
              margins: cellMargins,
              children: [p],
            }),
          ],
        }),
    ),
  });
  // The floating table anchors to the paragraph after it; a one-twip paragraph keeps that anchor
  // from adding a line (or a page) of its own.
  const anchor = paragraph(state, {
    style: OFF_GRID,
    indent: noIndent,
    spacing: { line: 20, lineRule: LineRuleType.EXACT },
  });
  return [table, anchor];
}
