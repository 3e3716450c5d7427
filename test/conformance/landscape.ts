/**
 * A landscape page's number as rendered, for both suites (Chromium's PDF and LibreOffice's render of
 * the DOCX): GB/T 9704 8 keeps it where the portrait pages have theirs on the sheet, so on the turned
 * page it stands in the left margin, reading top to bottom (gbt9704.ts landscapePage). Text from
 * pdf.js (which knows the direction), the dash from the ink.
 */
import { expect } from 'vitest';
import { landscapePage, pageNumber as pnSpec } from '../../src/style/gbt9704.js';
import { bands, columnsOf, isDark, rasterize, rowsWithRuns } from './measure.js';
import { typeArea } from './pages.js';
import type { TextPage } from './pdf-text.js';

const PT = 25.4 / 72;
/** A4 turned, in points (LibreOffice 841.89 × 595.30, Chromium 841.92 × 594.96). */
const A4_LANDSCAPE_PT = { width: (297 / 25.4) * 72, height: (210 / 25.4) * 72 };
const NUMBER = /^\u2014\s*(\d+)\s*\u2014$/;
/** 空一字 at 4号. */
const SIDE_MM = pnSpec.sizePt * PT;

export interface Measured {
  value: number;
  direction: string;
  /** Where the text starts and ends along the page's height, mm from the top. */
  y: number;
  yEnd: number;
  /** The dash's ink: its centre, mm from the page's left edge, and where it starts along the height. */
  dashX: number;
  dashY: number;
}

/** The page's turned number and its dash, or undefined when the left margin holds none. */
export async function measureTurnedNumber(
  pdf: string,
  page: TextPage,
  where = `p${page.number}`,
): Promise<Measured | undefined> {
  const line = page.vertical.find((l) => NUMBER.test(l.text));
  if (!line) return undefined;
  const area = typeArea(page);
  const raster = columnsOf(await rasterize(pdf, page.number, 200), area.left - 1);
  const dashes = bands(rowsWithRuns(raster, isDark, 3));
  expect(dashes, `${where}: one column of dashes in the left margin`).toHaveLength(1);
  const dash = dashes[0]!;
  return {
    value: Number(NUMBER.exec(line.text)![1]),
    direction: line.direction,
    y: line.y,
    yEnd: line.yEnd,
    dashX: (dash.top + dash.bottom) / 2,
    dashY: dash.x,
  };
}

/** The page is A4 turned: 842 × 595 pt (±0.5). */
export function expectLandscapeSheet(page: { widthMm: number; heightMm: number }, where: string): void {
  expect(
    Math.abs(page.widthMm / PT - A4_LANDSCAPE_PT.width),
    `${where}: ${page.widthMm / PT} pt wide`,
  ).toBeLessThan(0.5);
  expect(
    Math.abs(page.heightMm / PT - A4_LANDSCAPE_PT.height),
    `${where}: ${page.heightMm / PT} pt high`,
  ).toBeLessThan(0.5);
}

/** Everything 8 asks of a landscape page's number, and that the bottom margin is left empty. */
export async function expectLandscapeNumber(pdf: string, page: TextPage, label: string): Promise<Measured> {
  const where = `${label} p${page.number}`;
  expectLandscapeSheet(page, where);
  const area = typeArea(page);
  expect(area.landscape, where).toBe(true);
  // No number across the page, at its foot or anywhere else, and no ink below the type area.
  expect(
    page.lines.filter((line) => NUMBER.test(line.text)).map((line) => line.text),
    where,
  ).toEqual([]);
  const foot = await rasterize(pdf, page.number, 200, {
    topMm: area.bottom + 1,
    heightMm: page.heightMm - area.bottom - 1,
  });
  expect(rowsWithRuns(foot, isDark, 0.3), `${where}: ink below the type area`).toEqual([]);
  const number = await measureTurnedNumber(pdf, page, where);
  expect(number, where).toBeDefined();
  const { value, direction, y, yEnd, dashX, dashY } = number!;
  expect(value, where).toBe(page.number);
  // Upright on the sheet: turned 90° clockwise, reading top to bottom.
  expect(direction, where).toBe('ttb');
  expect(page.vertical.find((l) => NUMBER.test(l.text))!.size, where).toBe(pnSpec.sizePt);
  // The dash 7 mm outside the turned type area, as the portrait dash is 7 mm below it.
  expect(Math.abs(dashX - landscapePage.pageNumber.dashXMm), `${where}: dash at ${dashX}`).toBeLessThan(0.7);
  expect(dashY, where).toBeGreaterThanOrEqual(y - 0.3);
  expect(dashY, where).toBeLessThan(yEnd);
  // Odd pages: the portrait right, 空一字 short of the type area's bottom edge; even pages: the
  // portrait left, 空一字 below its top edge.
  if (page.number % 2 === 1)
    expect(Math.abs(yEnd - (area.bottom - SIDE_MM)), `${where}: ends at ${yEnd}`).toBeLessThan(1);
  else expect(Math.abs(y - (area.top + SIDE_MM)), `${where}: starts at ${y}`).toBeLessThan(1);
  return number!;
}
