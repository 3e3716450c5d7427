/**
 * The page number of a landscape page (GB/T 9704 8), where the portrait pages have theirs on the
 * sheet: in the turned page's left margin, reading top to bottom (gbt9704.ts landscapePage explains
 * the geometry). A footer can only set it along the turned page's bottom edge, so it is a floating
 * one-cell table in the header, placed on the page, whose cell turns its text 90° clockwise (tbRl).
 */
import {
  Header,
  HeightRule,
  OverlapType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { landscapePage, mmToTwips, page, pageNumber, ptToTwips } from '../../style/gbt9704.js';
import { hairline, pageNumberParagraph } from './page.js';
import { NO_BORDERS } from './borders.js';

/** One 4号 line across: the footer's exact line height, turned. */
const lineTwips = ptToTwips(pageNumber.sizePt);

function numberTable(side: 'odd' | 'even'): Table {
  return new Table({
    width: { size: lineTwips, type: WidthType.DXA },
    columnWidths: [lineTwips],
    layout: TableLayoutType.FIXED,
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: mmToTwips(landscapePage.pageNumber.docxCellLeftMm),
      verticalAnchor: TableAnchorType.PAGE,
      absoluteVerticalPosition: mmToTwips(landscapePage.margin.topMm),
      overlap: OverlapType.OVERLAP,
    },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        // The turned type area's height (the portrait width): the paragraph's right (odd) and left
        // (even) 空一字 then count from its bottom and top edges.
        height: { value: mmToTwips(page.typeArea.widthMm), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: lineTwips, type: WidthType.DXA },
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
            textDirection: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT,
            verticalAlign: VerticalAlignTable.CENTER,
            children: [pageNumberParagraph(side)],
          }),
        ],
      }),
    ],
  });
}

/**
 * Default (odd) and even headers of a landscape section; its footers are blank. Made per section:
 * docx headers collect relationships while packing.
 */
export function landscapeHeaders(): { default: Header; even: Header } {
  // A table must be followed by a paragraph; a hairline one keeps the header from growing.
  return {
    default: new Header({ children: [numberTable('odd'), hairline()] }),
    even: new Header({ children: [numberTable('even'), hairline()] }),
  };
}
