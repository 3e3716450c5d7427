/**
 * What a rendered page is made of, from its text lines: the page number, body lines, and whether the
 * page is a "full body page" (one the text runs off, so it must hold all 22 lines). Positions are the
 * boxes pdftotext reports: the font's ascent-to-descent box of each line, in mm.
 */
import { grid, landscapePage, page as pageSpec, size } from '../../src/style/gbt9704.js';
import type { Line, Page } from './measure.js';

export const PITCH_MM = (grid.linePitchTwips / 20) * (25.4 / 72);
export const TYPE_TOP_MM = pageSpec.margin.topMm;
export const TYPE_LEFT_MM = pageSpec.margin.leftMm;
export const TYPE_RIGHT_MM = pageSpec.widthMm - pageSpec.margin.rightMm;
export const TYPE_BOTTOM_MM = pageSpec.margin.topMm + pageSpec.typeArea.heightMm;

export interface TypeArea {
  top: number;
  left: number;
  right: number;
  bottom: number;
  landscape: boolean;
}

/** The type area of a page, portrait or landscape (a wide table's pages: gbt9704.ts landscapePage). */
export function typeArea(page: { widthMm: number; heightMm: number }): TypeArea {
  if (page.widthMm <= page.heightMm)
    return {
      top: TYPE_TOP_MM,
      left: TYPE_LEFT_MM,
      right: TYPE_RIGHT_MM,
      bottom: TYPE_BOTTOM_MM,
      landscape: false,
    };
  const m = landscapePage.margin;
  return {
    top: m.topMm,
    left: m.leftMm,
    right: page.widthMm - m.rightMm,
    bottom: page.heightMm - m.bottomMm,
    landscape: true,
  };
}
/** One 3号 character as LibreOffice sets it: 16 pt less the −0.25 pt run spacing. */
export const CHAR_MM = (size.sanhao + grid.charSpacingTwentieths / 20) * (25.4 / 72);

const PAGE_NUMBER = /^\u2014(\d+)\u2014$/;
const height = (line: Line) => line.yMax - line.yMin;
/** A 4号 line's box is about 6.4 mm high, a 3号 one 7.3 mm, a 2号 one 10 mm (Noto CJK boxes: 1.3 em). */
const isSmall = (line: Line) => height(line) < 6.8;
const isLarge = (line: Line) => height(line) > 9;

export function pageNumber(page: Page): { line: Line; value: number } | undefined {
  for (const line of page.lines) {
    const match = PAGE_NUMBER.exec(line.text);
    if (match) return { line, value: Number(match[1]) };
  }
  return undefined;
}

export function bodyLines(page: Page): Line[] {
  const number = pageNumber(page)?.line;
  return page.lines.filter((line) => line !== number);
}

/**
 * The top of a line's exact-height box: LibreOffice puts the leading above the glyphs, so the box
 * ends where the glyph box ends and starts one pitch higher.
 */
export const lineBoxTop = (line: Line): number => line.yMax - PITCH_MM;

/** How many line slots the page's text spans, counting blank lines between text lines. */
export function slots(lines: readonly Line[]): number {
  let count = lines.length ? 1 : 0;
  for (let i = 1; i < lines.length; i++)
    count += Math.round((lines[i]!.yMax - lines[i - 1]!.yMax) / PITCH_MM);
  return count;
}

/**
 * Pages that must be full: not the first (版头), without tables or 版记 (4号 lines), whose text runs
 * on mid-paragraph, i.e. the next page starts with a body line at the left edge (a wrapped line, not
 * an indented paragraph start, heading, label or title). A page that ends at a paragraph may be
 * short on purpose (keep-with-next before a 署名, a page break).
 */
export function fullBodyPages(pages: readonly Page[]): Page[] {
  return pages.filter((page, i) => {
    const next = pages[i + 1];
    if (i === 0 || !next || typeArea(page).landscape || typeArea(next).landscape) return false;
    if (bodyLines(page).some(isSmall)) return false;
    const first = bodyLines(next)[0];
    if (!first || isSmall(first) || isLarge(first) || /^附件\d*$/.test(first.text)) return false;
    return first.xMin < TYPE_LEFT_MM + CHAR_MM / 2;
  });
}

/** Width of a text in 字: half-width characters count half (they are set in the Latin font). */
export function widthInChars(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0020-\u00FF]/.test(char) ? 0.5 : 1;
  return width;
}

/** Lines that reach the right edge of the type area (justified full lines), with their 字 count. */
export function fullLines(page: Page): { line: Line; chars: number; codePoints: number }[] {
  // 28 字 a line is the portrait type area's rule; landscape pages hold tables and their notes.
  if (typeArea(page).landscape) return [];
  return bodyLines(page)
    .filter((line) => !isLarge(line) && line.xMax > TYPE_RIGHT_MM - CHAR_MM / 2)
    .map((line) => {
      const indent = Math.round((line.xMin - TYPE_LEFT_MM) / CHAR_MM);
      return { line, chars: widthInChars(line.text) + indent, codePoints: [...line.text].length + indent };
    });
}
