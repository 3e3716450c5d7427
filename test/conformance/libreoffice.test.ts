/**
 * Conformance as LibreOffice renders it (DESIGN.md: "measured, not eyeballed"): the fixtures are
 * written, converted to PDF once, and measured with poppler. Fonts come from fonts/fontconfig.xml
 * (open stand-ins for the official names). Lengths are mm from the page's top-left corner.
 *
 * "First line top" is the top of the line's exact-height box, reconstructed as the glyph box's
 * bottom minus one pitch (LibreOffice puts the leading above the glyphs: the ink starts ~2.4 mm
 * lower). Page-number and red-header heights are ink, measured on rendered pixels.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  docNumber as docNumberSpec,
  page as pageSpec,
  pageNumber as pnSpec,
  redHeader,
} from '../../src/style/gbt9704.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { loadTree } from '../writers/docx/parts.js';
import {
  bands,
  convertToPdf,
  isDark,
  isRed,
  rasterize,
  readLayout,
  rowsWithRuns,
  type Band,
  type Page,
  fontconfigFile,
  toolsAvailable,
} from './measure.js';
import {
  CHAR_MM,
  TYPE_BOTTOM_MM,
  TYPE_LEFT_MM,
  TYPE_RIGHT_MM,
  TYPE_TOP_MM,
  bodyLines,
  fullBodyPages,
  fullLines,
  lineBoxTop,
  pageNumber,
  slots,
} from './pages.js';

const tools = toolsAvailable;
const fontconfig = fontconfigFile;
const FIXTURES = ['notice-scheme', 'joint-upward-report', 'table-bulletin'] as const;
type Fixture = (typeof FIXTURES)[number];

interface Rendered {
  pdf: string;
  pages: Page[];
  /** Red ink on page 1: the header's glyph rows and the separator. */
  red: Band[];
  /** Per page, the page number's dash: dark rows of at least 3 mm below the type area. */
  dashes: (Band | undefined)[];
  /** Black rules (≥ 150 mm) on the last page: the 版记's. */
  rules: Band[];
}

const rendered = new Map<Fixture, Rendered>();
let dir = '';
const get = (name: Fixture) => rendered.get(name)!;
const allPages = () => FIXTURES.flatMap((name) => get(name).pages.map((page) => ({ name, page })));

async function measure(pdf: string): Promise<Rendered> {
  const pages = await readLayout(pdf);
  const [first, last, ...footers] = await Promise.all([
    rasterize(pdf, 1, 150),
    rasterize(pdf, pages.length, 150),
    // Start 1 mm below the type area: the 版记's last rule sits on its edge.
    ...pages.map((p) => rasterize(pdf, p.number, 200, { topMm: TYPE_BOTTOM_MM + 1, heightMm: 18 })),
  ]);
  return {
    pdf,
    pages,
    red: bands(rowsWithRuns(first!, isRed, 0.3)),
    dashes: footers.map((raster) => bands(rowsWithRuns(raster, isDark, 3))[0]),
    rules: bands(rowsWithRuns(last!, isDark, 150)),
  };
}

describe.skipIf(!tools)(
  `LibreOffice render of the fixtures${tools ? '' : ' — SKIPPED: soffice/pdftotext/pdftoppm not installed (CI installs them)'}`,
  () => {
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'gongwen-conformance-'));
      const docx = await Promise.all(
        FIXTURES.map(async (name) => {
          const path = join(dir, `${name}.docx`);
          await writeFile(path, await writeDocx(loadTree(name)));
          return path;
        }),
      );
      const pdfs = await convertToPdf(docx, dir, fontconfig);
      await Promise.all(FIXTURES.map(async (name, i) => rendered.set(name, await measure(pdfs[i]!))));
    }, 120_000);
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('renders A4 pages, four or more for the notice with its scheme and attachments', () => {
      for (const { name, page } of allPages()) {
        expect(page.widthMm, name).toBeCloseTo(pageSpec.widthMm, 0);
        expect(page.heightMm, name).toBeCloseTo(pageSpec.heightMm, 0);
      }
      expect(get('notice-scheme').pages.length).toBeGreaterThanOrEqual(4);
    });

    it('holds 22 lines on every full body page', () => {
      const full = FIXTURES.flatMap((name) => fullBodyPages(get(name).pages).map((page) => ({ name, page })));
      // The criterion must not be vacuous: three pages of these fixtures run on mid-paragraph.
      expect(full.length).toBeGreaterThanOrEqual(3);
      for (const { name, page } of full) {
        const lines = bodyLines(page);
        expect(slots(lines), `${name} p${page.number}`).toBe(22);
        expect(lines.at(-1)!.yMax, `${name} p${page.number} last line`).toBeCloseTo(TYPE_BOTTOM_MM, -0.5);
      }
    });

    it('sets 26–30 characters on full lines', () => {
      const lines = FIXTURES.flatMap((name) => fullBodyPages(get(name).pages).flatMap(fullLines));
      // Not vacuous: 48 full lines with Liberation Serif installed (fonts-liberation, which chromium
      // pulls in, narrows the digits of Times New Roman's stand-in), more without it.
      expect(lines.length).toBeGreaterThan(40);
      // Lines of Chinese text only: 26–30 characters, 28 as a rule (27 where kinsoku pulls a
      // character down). Quotes and dashes are left out: LibreOffice may set them in the Latin font.
      const plain = lines.filter(({ line }) => !/[\u0020-\u00FF\u2014\u2018-\u201D\u2026]/.test(line.text));
      expect(plain.length).toBeGreaterThan(30);
      for (const { line, codePoints } of plain) {
        expect(codePoints, line.text).toBeGreaterThanOrEqual(26);
        expect(codePoints, line.text).toBeLessThanOrEqual(30);
      }
      const twentyEight = plain.filter(({ codePoints }) => codePoints === 28).length;
      expect(twentyEight / plain.length).toBeGreaterThan(0.6);
      // Lines with digits, counted in 字 (a half-width character is half): LibreOffice ignores
      // w:autoSpaceDE/DN and adds about 1/5 字 around each digit run, so they may hold half a 字 less.
      for (const { line, chars } of lines) {
        expect(chars, line.text).toBeGreaterThanOrEqual(25);
        expect(chars, line.text).toBeLessThanOrEqual(30);
      }
    });

    it('starts text at the type area’s left edge (28 mm) and keeps it inside the right edge', () => {
      for (const name of FIXTURES) {
        const pages = get(name).pages;
        for (const page of [pages[0]!, ...fullBodyPages(pages)]) {
          const lines = bodyLines(page);
          expect(Math.min(...lines.map((l) => l.xMin)), `${name} p${page.number}`).toBeCloseTo(
            TYPE_LEFT_MM,
            0,
          );
        }
        for (const page of pages)
          for (const line of bodyLines(page))
            expect(line.xMax, `${name} p${page.number} ${line.text}`).toBeLessThan(TYPE_RIGHT_MM + 0.3);
      }
    });

    it('puts the first line’s box top at 37 mm', () => {
      for (const { name, page } of allPages()) {
        const first = bodyLines(page)[0]!;
        const height = first.yMax - first.yMin;
        // Pages that open with a table or the 版记, and page 1 opening with the red header, are not text lines.
        if (height < 6.8 || (page.number === 1 && first.yMin > 50)) continue;
        expect(
          Math.abs(lineBoxTop(first) - TYPE_TOP_MM),
          `${name} p${page.number}: ${lineBoxTop(first)}`,
        ).toBeLessThan(1.5);
      }
    });

    it('numbers every page — n — in sequence, odd right and even left, 空一字', () => {
      const side = (pnSpec.sideIndentTwips / 20) * (25.4 / 72);
      for (const { name, page } of allPages()) {
        const number = pageNumber(page);
        expect(number?.value, `${name} p${page.number}`).toBe(page.number);
        if (page.number % 2 === 1)
          expect(number!.line.xMax, `${name} p${page.number}`).toBeCloseTo(TYPE_RIGHT_MM - side, 0);
        else expect(number!.line.xMin, `${name} p${page.number}`).toBeCloseTo(TYPE_LEFT_MM + side, 0);
      }
    });

    it('draws the page number’s dash 7 mm below the type area', () => {
      for (const name of FIXTURES)
        get(name).dashes.forEach((dash, i) => {
          expect(dash, `${name} p${i + 1}`).toBeDefined();
          const y = (dash!.top + dash!.bottom) / 2;
          expect(
            Math.abs(y - (TYPE_BOTTOM_MM + pnSpec.belowTypeAreaMm)),
            `${name} p${i + 1}: ${y}`,
          ).toBeLessThan(1.5);
        });
    });

    it('starts the scheme on a new page, after the notice’s 附注', () => {
      const pages = get('notice-scheme').pages;
      const i = pages.findIndex((p) => bodyLines(p)[0]?.text === '云溪县农村人居环境整治三年行动实施方案');
      expect(i).toBeGreaterThan(0);
      expect(bodyLines(pages[i - 1]!).at(-1)!.text).toBe('（此件公开发布）');
    });

    it('places the red header’s glyph top 35 mm below the type area, and a 156 mm red separator', () => {
      for (const name of FIXTURES) {
        const [header, ...rest] = get(name).red;
        expect(
          Math.abs(header!.top - (TYPE_TOP_MM + redHeader.offsetMm)),
          `${name}: ${header!.top}`,
        ).toBeLessThan(1.5);
        const rule = rest.find((band) => band.length > 100);
        expect(rule, name).toBeDefined();
        expect(rule!.length, name).toBeCloseTo(pageSpec.typeArea.widthMm, 0);
        expect(rule!.x, name).toBeCloseTo(TYPE_LEFT_MM, 0);
        // 7.2.7: the separator 4 mm below the 发文字号 (the bottom of its glyph box).
        const number = bodyLines(get(name).pages[0]!).find((line) => line.text.includes('〔'));
        expect(number, name).toBeDefined();
        expect(rule!.top - number!.yMax, `${name}: gap`).toBeGreaterThan(docNumberSpec.separatorGapMm - 1);
        expect(rule!.top - number!.yMax, `${name}: gap`).toBeLessThan(docNumberSpec.separatorGapMm + 1);
      }
    });

    it('centres 文件 on the stacked organs of a joint header', () => {
      const lines = bodyLines(get('joint-upward-report').pages[0]!);
      const mid = (text: string) => {
        const line = lines.find((l) => l.text.includes(text))!;
        const word = line.words.find((w) => w.text.includes(text)) ?? line;
        return (word.yMin + word.yMax) / 2;
      };
      const names = (mid('中共云溪县委员会') + mid('云溪县人民政府')) / 2;
      expect(Math.abs(mid('文件') - names)).toBeLessThan(1.5);
    });

    it('shifts the date 2 字 right of the 署名 without a seal, and centres the 署名 on the date with one', () => {
      // The date line, and the 署名 lines just above it on its page (the header and 版记 repeat the names).
      const signature = (name: Fixture, dateText: string) => {
        for (const page of get(name).pages) {
          const lines = bodyLines(page);
          const i = lines.findIndex((l) => l.text === dateText);
          if (i > 0) return { date: lines[i]!, organ: lines[i - 1]!, first: lines[i - 2]! };
        }
        throw new Error(`no ${dateText}`);
      };
      const joint = signature('joint-upward-report', '2020年12月8日');
      expect(joint.first.text).toBe('中共云溪县委员会');
      expect(Math.abs(joint.first.xMin - joint.organ.xMin)).toBeLessThan(0.3);
      expect(Math.abs(joint.date.xMin - joint.first.xMin - 2 * CHAR_MM)).toBeLessThan(1.5);
      expect(TYPE_RIGHT_MM - joint.first.xMax).toBeCloseTo(2 * CHAR_MM, -0.5);
      const { date, organ } = signature('notice-scheme', '2020年5月20日');
      expect(organ.text).toBe('云溪县人民政府办公室');
      // Centred in 字 arithmetic ([C2]; exact in the XML test). LibreOffice sets the date wider than
      // that arithmetic (Noto's digits are 0.55 em, and it ignores w:autoSpaceDE), so allow 1 字.
      expect(Math.abs((date.xMin + date.xMax) / 2 - (organ.xMin + organ.xMax) / 2)).toBeLessThan(CHAR_MM);
      expect(TYPE_RIGHT_MM - date.xMax).toBeCloseTo(4 * CHAR_MM, -0.5);
    });

    it('ends the last page with the 版记, its last rule on the type area’s bottom edge', () => {
      for (const name of FIXTURES) {
        const rules = get(name).rules;
        const last = rules.at(-1)!;
        expect(Math.abs(last.bottom - TYPE_BOTTOM_MM), `${name}: ${last.bottom}`).toBeLessThan(1);
        expect(last.length, name).toBeCloseTo(pageSpec.typeArea.widthMm, 0);
      }
      // Two rows: thick, thin, thick. One row: thick, thick.
      expect(get('notice-scheme').rules).toHaveLength(3);
      expect(get('joint-upward-report').rules).toHaveLength(2);
    });
  },
);
