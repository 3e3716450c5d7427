/**
 * GB/T 9704-2012 geometry, sizes and fonts: the one place these numbers live (DESIGN.md §2).
 * Every writer reads them from here. Clause numbers refer to the standard; "practice" marks values
 * the standard leaves open (see ../shared/reference/gbt9704.md for sources).
 */

/** Twips (1/20 pt) from millimetres, as Word stores geometry. */
export const mmToTwips = (mm: number): number => Math.round((mm / 25.4) * 1440);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
export const mmToPt = (mm: number): number => (mm / 25.4) * 72;

/** 5.1, 5.2.1: A4; 天头 37 mm, 订口 28 mm; 版心 156 × 225 mm (bottom and right margins derived). */
export const page = {
  widthMm: 210,
  heightMm: 297,
  margin: { topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 },
  typeArea: { widthMm: 156, heightMm: 225 },
} as const;

/** 字号 in points (Word/WPS values; gbt9704.md §2). */
export const size = {
  chuhao: 42,
  xiaochu: 36,
  erhao: 22,
  sanhao: 16,
  sihao: 14,
  xiaosi: 12,
} as const;

/**
 * 5.2.3: 22 lines of 28 characters filling the type area. 225 mm / 22 = 579.8 twips, floored to
 * 579 so that 22 lines fit (580 gives 21 lines in Word). 28 characters of 3号 need the pitch
 * 15.79 pt: a run spacing of −0.25 pt (−5 twentieths) with a `lines` grid renders 28 per line in
 * LibreOffice (engineering-notes.md §2: linesAndChars gives 14 there).
 */
export const grid = {
  linesPerPage: 22,
  charsPerLine: 28,
  linePitchTwips: 579,
  /** CSS: 225 mm / 22 floored to Chromium's 1/64 px layout unit (engineering-notes.md §3). */
  linePitchPx: 38.640625,
  charSpacingTwentieths: -5,
} as const;

/** One 字 of body text (3号): indents and signature offsets are counted in it. */
export const charTwips = ptToTwips(size.sanhao);

/** Font roles → the official font names offices have installed (5.2.2; gbt9704.md §1.4). */
export const fonts = {
  xiaobiaosong: '方正小标宋简体',
  fangsong: '仿宋_GB2312',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  songti: '宋体',
  /** Digits and Latin letters in body text (practice). */
  latin: 'Times New Roman',
} as const;
export type FontRole = Exclude<keyof typeof fonts, 'latin'>;

/** 7.3.3: 一、黑体；（一）楷体；1.（1）仿宋; ① (practice) 仿宋. Not bold (the standard names faces only). */
export const headingFont: Record<1 | 2 | 3 | 4 | 5, FontRole> = {
  1: 'heiti',
  2: 'kaiti',
  3: 'fangsong',
  4: 'fangsong',
  5: 'fangsong',
};

/** 5.2.4: red elements; FF0000 is the DOCX convention (gbt9704.md §1.4). */
export const red = 'FF0000';

/**
 * Redline documents on screen and in PDF (issue 6; not GB/T 9704, which knows no revisions):
 * insertions underlined and deletions struck through, each in a colour of its own, as Word shows
 * one reviewer's changes. Deletions are dark red rather than the red of 5.2.4, so that a struck-out
 * word is not mistaken for a red element; the lines are thicker than a hairline so that they stay
 * visible at 3号 on a printed page. Word and WPS draw a DOCX's tracked changes in their own colours.
 */
export const revisionMarks = {
  insertColor: '0050B4',
  deleteColor: 'B00000',
  /** Thickness of the underline and the strike-through line. */
  lineWidthPt: 1,
} as const;

/** 7.2.4: red header glyphs start 35 mm below the type area's top; size fitted, at most 小初 (practice). */
export const redHeader = {
  offsetMm: 35,
  maxSizePt: size.xiaochu,
  /** Leave a margin inside the type area width when fitting long names (practice: 96%). */
  maxWidthRatio: 0.96,
} as const;

/** 7.2.5–7.2.7: number two lines below the header; separator 4 mm below it, type-area wide. */
export const docNumber = {
  blankLinesBefore: 2,
  separatorGapMm: 4,
  /** Thickness is not specified; practice is 1–1.5 pt (gbt9704.md §3.7). In eighths of a point. */
  separatorEighths: 12,
} as const;

/** 7.3.1: 2号小标宋, two blank lines below the separator; ≤ 20 characters per line. */
export const title = {
  sizePt: size.erhao,
  blankLinesBefore: 2,
  maxCharsPerLine: 20,
} as const;

/** 7.3.2: one blank line below the title. 7.3.4: 附件说明 one blank line below the body. */
export const blankLines = {
  recipients: 1,
  attachmentNote: 1,
  signatureWithSeal: 2,
  signatureWithoutSeal: 1,
} as const;

/** 7.3.5: with seal the date is 右空四字; without, the 署名 is 右空二字 (gbt9704.md §3.13). */
export const signature = {
  /** 7.3.5.1: joint issue with seals, the 署名s side by side; two seals fit a row of 156 mm. */
  jointSealsPerRow: 2,
  dateRightCharsWithSeal: 4,
  nameRightCharsWithoutSeal: 2,
  dateShiftCharsWithoutSeal: 2,
} as const;

/** 7.5: 4号 半角宋体 digits between 一字线, 7 mm below the type area; odd right, even left, 空一字. */
export const pageNumber = {
  sizePt: size.sihao,
  font: 'songti' as FontRole,
  dash: '\u2014',
  belowTypeAreaMm: 7,
  /** 空一字 at 4号 (gbt9704.md §3.17: [C2] uses the 4号 width). */
  sideIndentTwips: ptToTwips(size.sihao),
  /**
   * Word's footer distance is measured from the page bottom to the footer text's bottom. This value
   * puts the dash ink 7 mm below the type area in LibreOffice's render (measured by the conformance
   * test; gbt9704.md §3.17 computes ≈24.7 mm).
   */
  footerDistanceMm: 25.7,
} as const;

/** 7.4: 4号仿宋, 左右各空一字; rules 0.35 mm outside, 0.25 mm between (in eighths of a point). */
export const colophon = {
  sizePt: size.sihao,
  sideIndentTwips: ptToTwips(size.sihao),
  outerRuleEighths: 8,
  innerRuleEighths: 6,
} as const;

/** 7.3.7: "附件N" 3号黑体 on line 1, title (practice: 2号小标宋) centred on line 3, a blank line after. */
export const attachment = {
  labelFont: 'heiti' as FontRole,
  titleSizePt: size.erhao,
  blankLinesBeforeTitle: 1,
  blankLinesAfterTitle: 1,
} as const;

/**
 * A table too wide for the type area gets landscape pages of its own (GB/T 9704 8, "A4纸型的表格横排
 * 时"): the physical 版心 kept and turned, 225 × 156 mm, the head toward the sheet's left edge — top
 * 28 mm (portrait left), right 37 (portrait top), bottom 26 (portrait right), left 35 (portrait
 * bottom; gbt9704.md §5).
 *
 * Their page numbers stay where the other pages have them on the sheet (8: "页码位置与公文其他页码保持
 * 一致，单页码表头在订口一边，双页码表头在切口一边"). The head faces the sheet's left edge on odd pages
 * (订口) and even pages (切口) alike, so the page is read with the sheet turned clockwise: a portrait
 * point (u from the left, v from the top) is at x = 297 − v, y = u on the turned page. The number's
 * dash, 7 mm below the type area (v = 269), is at x = 28 mm, 7 mm left of the turned type area; an odd
 * page's number ends 空一字 short of the portrait type area's right edge (u = 184 − 1字), so at
 * y = 184 − 1字 near the turned page's bottom; an even page's starts 空一字 in from the left edge
 * (u = 28 + 1字), so at y = 28 + 1字 near its top. Text upright on the sheet reads top to bottom on
 * the turned page, each glyph turned 90° clockwise (its top toward the type area): Word's tbRl, CSS
 * vertical-rl with sideways glyphs. gbt9704.md §5 says btLr (bottom to top): that turns the glyphs
 * the other way, upside down on the sheet as it is bound and leafed through.
 */
const landscapeMargin = { topMm: 28, bottomMm: 26, leftMm: 35, rightMm: 37 } as const;
export const landscapePage = {
  margin: landscapeMargin,
  /**
   * The portrait footer distance less the amount by which the bottom margin is smaller (the DOCX
   * landscape footer holds no number; the distance is kept for the page setup).
   */
  footerDistanceMm: pageNumber.footerDistanceMm - (page.margin.bottomMm - landscapeMargin.bottomMm),
  /** Tables of this many columns or more are set landscape. */
  minColumns: 7,
  pageNumber: {
    /** The dash's centre, mm from the turned page's left edge: 7 mm outside its type area (28 mm). */
    dashXMm: landscapeMargin.leftMm - pageNumber.belowTypeAreaMm,
    /**
     * DOCX: the number is a one-line vertical table cell in the header. Turned, the portrait footer's
     * line lies from the footer distance (measured from the portrait bottom, the turned page's left
     * edge) one 4号 line inward; LibreOffice 7.4 draws a vertical cell's glyphs 2.6 mm nearer the page
     * edge than that line (it places them from the cell's centre by the font's own metrics, whatever
     * the exact line height; measured with the fallback 宋体, Noto Serif CJK SC, by test/conformance),
     * so the cell starts as much further in. Word is not available here to check.
     */
    docxCellLeftMm: pageNumber.footerDistanceMm + 2.6,
  },
} as const;

/** Tables (8, practice): 4号仿宋 cells, 黑体 header row, repeated on each page, rows not split. */
export const table = {
  sizePt: size.sihao,
  /** A ledger's ten columns of running text in 4号 give cells two 字 wide: 小四, as printed ledgers use. */
  compactSizePt: size.xiaosi,
  headerFont: 'heiti' as FontRole,
  bodyFont: 'fangsong' as FontRole,
} as const;

// --- additions for the DOCX writer ---------------------------------------------------------------

/** w:lang of every run: Chinese for East Asian text, so Word applies Chinese line breaking (kinsoku). */
export const language = { latin: 'en-US', eastAsia: 'zh-CN' } as const;

/** Word needs a header distance even without headers; 15 mm is what 公文 templates carry (practice). */
export const headerDistanceMm = 15;

/**
 * 7.2.4 in DOCX: where the glyph top sits inside the red header's line box. The line box is the
 * font size times `lineHeightRatio` (exact spacing); LibreOffice puts the extra leading above the
 * glyphs, so the ink starts `inkTopRatio` × size below the box top (measured with the fontconfig
 * fallback Noto Serif CJK SC Bold; the conformance test checks the 35 mm).
 */
export const redHeaderBox = {
  lineHeightRatio: 1.2,
  inkTopRatio: 0.14,
  /** 联合行文: a little air between the stacked names and "文件" (in 字 of the header size). */
  suffixGapChars: 0.5,
  /** Table cells need a hair more than the glyphs' advance, or LibreOffice wraps the last one. */
  cellSlackChars: 0.25,
} as const;

/** 7.2.6: two 签发人 per line; "签发人：" label and the number each 空一字 from the type area's edge. */
export const signers = {
  perLine: 2,
  label: '签发人：',
  sideIndentChars: 1,
} as const;

/**
 * 7.2.7: the separator 4 mm below the 发文字号, measured from the bottom of its glyph box. w:space
 * is in whole points (max 31); LibreOffice draws the border about 0.6 mm further down than w:space
 * says (measured by test/conformance), so 3.4 mm → 10 pt puts the rule 4.0–4.3 mm below.
 */
export const separatorSpacePt = Math.round(mmToPt(docNumber.separatorGapMm - 0.6));

/**
 * 7.3.4: "附件：" starts 2 字 in; the names start after "附件：" (3 字) and the number "1." (about
 * 1 字 with the gap), so wrapped lines align with the name's first character ([C2]: left 6 字).
 */
export const attachmentNote = {
  indentChars: 2,
  labelChars: 3,
  numberChars: 1,
  /** "10." and up need more room than one 字. */
  wideNumberChars: 1.5,
} as const;

/** 7.3.5: a half-width character (digit, Latin) counts as half a 字 when placing 署名 and date. */
export const halfWidthChars = 0.5;

/** 8 (practice): table rules 0.5 pt, cell text inset a quarter 字 from the rules. */
export const tableRules = {
  borderEighths: 4,
  cellMarginTwips: 80,
  /** Exact line height of 4号 cell text: 1.5 × 14 pt. */
  lineTwips: 420,
  /** Exact line height of compact (小四) cell text: 1.4 × 12 pt, dense as a hand-kept ledger. */
  compactLineTwips: 336,
  /** About 1 mm above and below the cell text. */
  cellPadTwips: 60,
  /** Columns whose entries are all at most this wide (in 字) are centred. */
  shortCellChars: 6,
} as const;

/**
 * 7.4 版记 rows: one body line (579 twips) each, the 4号 text centred between the rules. Exact
 * spacing puts its leading above the glyphs, so the row is a 1.5 × 4号 line plus equal padding.
 */
export const colophonRow = {
  lineTwips: 420,
  padTwips: Math.round((grid.linePitchTwips - 420) / 2),
} as const;

/**
 * 7.3.2 标题下空一行: with 主送机关 the blank line is theirs; a title followed directly by text (the
 * scheme after its 印发 notice, a document without 主送) keeps it as well (practice).
 */
export const titleBlankLinesAfter = 1;

// --- additions for the HTML/PDF writer (CSS px are 1/96 inch) -----------------------------------

export const mmToPx = (mm: number): number => (mm / 25.4) * 96;
export const ptToPx = (pt: number): number => (pt * 96) / 72;

/**
 * 5.2.3 in Chromium (engineering-notes.md §3): every character advances by its width plus the
 * letter spacing, so 28 字 fill 156 mm when a 3号 character (21.33 px) gives up 156 mm / 28 −
 * 21.33 = −0.277 px; −0.29 px leaves room for rounding to layout units (1/64 px), or the 28th
 * character wraps.
 */
export const css = {
  letterSpacingPx: -0.29,
  /**
   * 7.2.4: the red header's line box is the font size times redHeaderBox.lineHeightRatio; Chromium
   * centres the font's ascent + descent in it, which puts the glyph tops this fraction of the size
   * below the box top (measured with the fallback Noto Serif CJK SC Bold by test/conformance).
   */
  redHeaderInkTopRatio: 0.14,
  /**
   * 7.5: the page number's margin box starts at the type area's bottom; this padding puts the dash
   * ink 7 mm below it (measured by test/conformance with the fallback 宋体, Noto Serif CJK SC).
   */
  pageNumberPaddingTopMm: 2.7,
  /**
   * 7.2.7: from the bottom of the 发文字号's glyph box (its em box) to the bottom of its line box, where
   * the separator is drawn as a border; its padding makes up the rest of the 4 mm (measured by
   * test/conformance with the fallback 仿宋 and Liberation Serif digits).
   */
  docNumberEmToLineBottomMm: 2.95,
} as const;

/** One 字 of body text in CSS px: a 3号 character plus the letter spacing. */
export const charPx = ptToPx(size.sanhao) + css.letterSpacingPx;
