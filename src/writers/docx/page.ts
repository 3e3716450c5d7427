/**
 * Section geometry (GB/T 9704 5.1–5.2) and page numbers (7.5). Odd and even footers differ, so
 * settings.xml needs w:evenAndOddHeaders (set by the caller with `evenAndOddHeaderAndFooters`).
 */
import {
  AlignmentType,
  DocumentGridType,
  Footer,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionPropertiesOptions,
} from 'docx';
import {
  fonts,
  grid,
  headerDistanceMm,
  landscapePage,
  mmToTwips,
  page,
  pageNumber,
  ptToTwips,
} from '../../style/gbt9704.js';
import { runProps } from './inline.js';
import { noIndent } from './state.js';
import { OFF_GRID } from './styles.js';

export const typeAreaTwips = mmToTwips(page.typeArea.widthMm);

export const sectionProperties: ISectionPropertiesOptions = {
  page: {
    size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm) },
    margin: {
      top: mmToTwips(page.margin.topMm),
      bottom: mmToTwips(page.margin.bottomMm),
      left: mmToTwips(page.margin.leftMm),
      right: mmToTwips(page.margin.rightMm),
      header: mmToTwips(headerDistanceMm),
      footer: mmToTwips(pageNumber.footerDistanceMm),
    },
  },
  // A `lines` grid, not linesAndChars: LibreOffice renders linesAndChars at 14 characters per line
  // (engineering-notes.md §2); 28 per line comes from the run spacing instead.
  grid: { type: DocumentGridType.LINES, linePitch: grid.linePitchTwips },
};

/**
 * A table's landscape pages (gbt9704.ts landscapePage): the type area turned. Their page number is
 * in the header, not the footer (landscape-number.ts).
 */
export const landscapeSectionProperties: ISectionPropertiesOptions = {
  page: {
    size: {
      width: mmToTwips(page.widthMm),
      height: mmToTwips(page.heightMm),
      orientation: PageOrientation.LANDSCAPE,
    },
    margin: {
      top: mmToTwips(landscapePage.margin.topMm),
      bottom: mmToTwips(landscapePage.margin.bottomMm),
      left: mmToTwips(landscapePage.margin.leftMm),
      right: mmToTwips(landscapePage.margin.rightMm),
      header: mmToTwips(headerDistanceMm),
      footer: mmToTwips(landscapePage.footerDistanceMm),
    },
  },
  // No line grid on turned pages: they hold tables, and LibreOffice centres the whole grid lines in
  // the 156 mm body (15 lines leave 2.9 mm), setting the body 1.4 mm low (conformance measurement).
  grid: { type: DocumentGridType.DEFAULT },
};

/**
 * 7.5: "— n —" in 4号 半角宋体 digits between 一字线, odd pages right 空一字, even pages left 空一字.
 * The dash is U+2014, which only the East Asian font (hint) draws one 字 wide, so every slot of
 * rFonts is 宋体. Also the landscape pages' number, whose turned cell keeps left and right.
 */
export function pageNumberParagraph(side: 'odd' | 'even'): Paragraph {
  const style = { role: pageNumber.font, sizePt: pageNumber.sizePt, latin: fonts[pageNumber.font] };
  const dash = pageNumber.dash;
  return new Paragraph({
    style: OFF_GRID,
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent:
      side === 'odd'
        ? { ...noIndent, right: pageNumber.sideIndentTwips }
        : { ...noIndent, left: pageNumber.sideIndentTwips },
    spacing: { line: ptToTwips(pageNumber.sizePt), lineRule: LineRuleType.EXACT },
    children: [new TextRun({ ...runProps(style), children: [`${dash} `, PageNumber.CURRENT, ` ${dash}`] })],
  });
}

/** A one-twip paragraph: adds no height where a part or a section must end with a paragraph. */
export function hairline(): Paragraph {
  return new Paragraph({ style: OFF_GRID, spacing: { line: 20, lineRule: LineRuleType.EXACT } });
}

/**
 * 7.5: odd pages right 空一字, even pages left 空一字; numbering runs on through every section.
 * Made per document: docx footers collect relationships while packing.
 */
export function createFooters(): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph('odd')] }),
    even: new Footer({ children: [pageNumberParagraph('even')] }),
  };
}

/**
 * Word gives a section without its own header or footer the previous section's: landscape pages
 * need blank footers, and portrait pages after them blank headers. A part holds at least one
 * paragraph (CT_HdrFtr); a hairline one leaves the margins as they are.
 */
export function blankFooters(): { default: Footer; even: Footer } {
  return { default: new Footer({ children: [hairline()] }), even: new Footer({ children: [hairline()] }) };
}

export function blankHeaders(): { default: Header; even: Header } {
  return { default: new Header({ children: [hairline()] }), even: new Header({ children: [hairline()] }) };
}
