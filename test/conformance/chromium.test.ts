/**
 * The example plans as gongwen prints them through Chromium, measured: text positions from pdf.js
 * (baselines and sizes, pdf-text.ts), ink from poppler's rasters (rules, dashes, the red header, the
 * ledger's table), and the page count of LibreOffice's render of our DOCX of the same document.
 * Every document of every kind is checked for what holds of all pages (page size, numbers, margins,
 * text layer); the running-text checks (22 lines, 28 字) apply to the kinds whose body is running
 * text (documents.ts). Lengths are mm from the page's top-left corner.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/diagnostics/diagnostic.js';
import { checkFiles } from '../../src/pipeline.js';
import type { Plan } from '../../src/plan/types.generated.js';
import {
  charPx,
  docNumber,
  grid,
  page as pageSpec,
  pageNumber as pnSpec,
  redHeader,
} from '../../src/style/gbt9704.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { discoverBrowser } from '../../src/writers/pdf/discover.js';
import { createPdfRenderer, type PdfRenderer } from '../../src/writers/pdf/index.js';
import {
  bands,
  convertToPdf,
  fontconfigFile,
  isDark,
  isRed,
  rasterize,
  readLayout,
  rowsWithRuns,
  toolsAvailable,
} from './measure.js';
import { BODY_TEXT_KINDS, EXPECTED_KINDS, LONG_TEXT_KINDS, expectInventory } from './documents.js';
import { expectLandscapeNumber } from './landscape.js';
import { ledgerChecks, ledgerPages, readLedger, type Ledger } from './ledger.js';
import { typeArea } from './pages.js';
import { readPdfText, type TextLine, type TextPage } from './pdf-text.js';
import { ideographsNotIn, isRadical } from './text-layer.js';

const discovery = discoverBrowser();
const ready = discovery.ok && toolsAvailable;
const root = fileURLToPath(new URL('../../', import.meta.url));
const MM = 25.4 / 72;
const PITCH = (grid.linePitchPx * 25.4) / 96;
const TOP = pageSpec.margin.topMm;
const LEFT = pageSpec.margin.leftMm;
const RIGHT = pageSpec.widthMm - pageSpec.margin.rightMm;
const BOTTOM = TOP + pageSpec.typeArea.heightMm;
/** One 3号 字 as Chromium sets it: 16 pt less the letter spacing. */
const CHAR = (charPx * 25.4) / 96;
const PAGE_NUMBER = /^\u2014\s*(\d+)\s*\u2014$/;

interface Example {
  label: string;
  /** The plan file, for the inventory. */
  path: string;
  plan: Plan;
  tree: DocumentTree;
  /** tree.kind: notice, scheme, ledger, responsibilities, reminder, report. */
  kind: string;
  pdf: string;
  pages: TextPage[];
  libreOfficePages: number;
}

const examples: Example[] = [];
let dir = '';
let renderer: PdfRenderer | undefined;

const numberLine = (page: TextPage) => page.lines.find((line) => PAGE_NUMBER.test(line.text));
const body = (page: TextPage) => page.lines.filter((line) => !PAGE_NUMBER.test(line.text));
const isBodySize = (line: TextLine) => line.size === 16;
/** Line slots from the first to the last line, blank lines between them included. */
const slots = (lines: readonly TextLine[]) =>
  lines.reduce(
    (n, line, i) => (i === 0 ? 1 : n + Math.round((line.baseline - lines[i - 1]!.baseline) / PITCH)),
    0,
  );
/** The top of a 3号 line's box: its em box (ideographic: 0.88 em above the baseline) is centred in it. */
const lineTop = (line: TextLine) => line.baseline - 0.38 * line.size * MM - PITCH / 2;
const bodyText = () => examples.filter((e) => BODY_TEXT_KINDS.has(e.kind));
let ledgers: Promise<Ledger[]> | undefined;
/** The ledger's table measured on its pages (the 台账s and the report's 附件), once for the tests below. */
const measuredLedgers = () =>
  (ledgers ??= (async () => {
    const out: Ledger[] = [];
    for (const { label, tree, pdf, pages } of examples) {
      const on = ledgerPages(tree, pages);
      if (on) out.push(await readLedger(label, tree, pdf, on));
    }
    return out;
  })());

/**
 * Pages the text runs off: not the first, no 4号 text (tables, 版记), and the next page goes on
 * mid-paragraph (its first line is body text at the left edge, not an indented start or a title).
 */
function fullBodyPages(pages: readonly TextPage[]): TextPage[] {
  return pages.filter((page, i) => {
    const next = pages[i + 1];
    if (i === 0 || !next || typeArea(page).landscape || typeArea(next).landscape) return false;
    if (body(page).some((line) => !isBodySize(line))) return false;
    const first = body(next)[0];
    return (
      first !== undefined && isBodySize(first) && first.x < LEFT + CHAR / 2 && !/^附件\d*$/.test(first.text)
    );
  });
}

describe.skipIf(!ready)(
  `Chromium PDFs of the example plans${ready ? '' : ' — SKIPPED: no Chromium, or soffice/poppler missing (CI installs them)'}`,
  () => {
    beforeAll(async () => {
      if (!discovery.ok) return;
      dir = await mkdtemp(join(tmpdir(), 'gongwen-chromium-test-'));
      const files = (await readdir(join(root, 'plans')))
        .filter((name) => /\.ya?ml$/i.test(name))
        .sort()
        .map((name) => join(root, 'plans', name));
      const checked = await checkFiles(files);
      expect(hasErrors(checked.diagnostics)).toBe(false);
      renderer = await createPdfRenderer({ executablePath: discovery.browser.path });
      const documents = checked.composed.flatMap((plan) =>
        plan.documents.map((document) => ({ plan, document })),
      );
      const byPath = new Map(checked.loaded.map((loaded) => [loaded.file?.path, loaded]));
      const made = await Promise.all(
        documents.map(async ({ plan, document }) => {
          const base = `${basename(plan.path, extname(plan.path))}-${document.name}`;
          const pdf = join(dir, `${base}.pdf`);
          const docx = join(dir, `${base}.docx`);
          await writeFile(pdf, (await renderer!.render(document.tree)).pdf);
          await writeFile(docx, await writeDocx(document.tree));
          const loaded = byPath.get(plan.path);
          if (loaded?.kind !== 'plan') throw new Error(`${plan.path} is not a plan`);
          return { base, pdf, docx, path: plan.path, plan: loaded.plan, tree: document.tree };
        }),
      );
      const loPdfDir = join(dir, 'libreoffice');
      const loPdfs = await convertToPdf(
        made.map((m) => m.docx),
        loPdfDir,
        fontconfigFile,
      );
      for (const [i, m] of made.entries()) {
        examples.push({
          label: m.base,
          path: m.path,
          plan: m.plan,
          tree: m.tree,
          kind: m.tree.kind,
          pdf: m.pdf,
          pages: await readPdfText(m.pdf),
          libreOfficePages: (await readLayout(loPdfs[i]!)).length,
        });
      }
    }, 180_000);
    afterAll(async () => {
      await renderer?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('renders all 19 documents (3 notices, 4 schemes, 4 ledgers, 4 responsibility lists, 3 reminders, 1 report), each with as many pages as LibreOffice gives our DOCX (±1)', () => {
      expectInventory(examples);
      for (const { label, kind, pages, libreOfficePages } of examples) {
        expect(pages.length, label).toBeGreaterThanOrEqual(LONG_TEXT_KINDS.has(kind) ? 2 : 1);
        expect(
          Math.abs(pages.length - libreOfficePages),
          `${label}: ${pages.length} vs ${libreOfficePages}`,
        ).toBeLessThanOrEqual(1);
      }
    });

    it('holds 22 lines on every full body page, the last on the type area’s last line', () => {
      let count = 0;
      for (const { label, kind, pages } of bodyText()) {
        const full = fullBodyPages(pages);
        // Not vacuous: every long document runs on mid-paragraph at least once (the reminders, two
        // pages with a table on the first, never do).
        if (LONG_TEXT_KINDS.has(kind)) expect(full.length, label).toBeGreaterThanOrEqual(1);
        count += full.length;
        for (const page of full) {
          const lines = body(page);
          expect(slots(lines), `${label} p${page.number}`).toBe(grid.linesPerPage);
          expect(Math.abs(lineTop(lines.at(-1)!) + PITCH - BOTTOM), `${label} p${page.number}`).toBeLessThan(
            1.5,
          );
        }
      }
      expect(count).toBeGreaterThanOrEqual(20);
    });

    it('sets 26–30 characters on full lines, 28 as a rule', () => {
      // Each long document on its own; the reminders (a few paragraphs each) together.
      const groups = [
        ...bodyText()
          .filter((e) => LONG_TEXT_KINDS.has(e.kind))
          .map((e) => ({ label: e.label, documents: [e], min: 40 })),
        { label: 'the reminders', documents: examples.filter((e) => e.kind === 'reminder'), min: 12 },
      ];
      for (const { label, documents, min } of groups) {
        // 28 字 a line is the portrait type area's rule; landscape pages hold tables and their notes.
        const full = documents.flatMap((document) =>
          document.pages.flatMap((page) =>
            (typeArea(page).landscape ? [] : body(page))
              .filter((line) => isBodySize(line) && line.xEnd > RIGHT - CHAR / 2)
              .map((line) => ({ line, where: `${document.label} p${page.number}: ${line.text}` })),
          ),
        );
        expect(full.length, label).toBeGreaterThan(min);
        const count = (line: TextLine) => [...line.text].length + Math.round((line.x - LEFT) / CHAR);
        const plain = full.filter(({ line }) => !/[\u0020-\u00FF]/.test(line.text));
        for (const { line, where } of plain) {
          expect(count(line), where).toBeGreaterThanOrEqual(26);
          expect(count(line), where).toBeLessThanOrEqual(30);
        }
        expect(plain.filter(({ line }) => count(line) === 28).length / plain.length, label).toBeGreaterThan(
          0.6,
        );
      }
    });

    it('starts lines at the left margin (28 mm) and keeps them inside the right one (184 mm)', () => {
      let pagesWithFullLines = 0;
      for (const { label, pages } of examples)
        for (const page of pages) {
          const lines = body(page);
          const area = typeArea(page);
          const where = `${label} p${page.number}`;
          expect(Math.min(...lines.map((l) => l.x)), where).toBeGreaterThan(area.left - 0.3);
          for (const line of lines)
            expect(line.xEnd, `${where}: ${line.text}`).toBeLessThan(area.right + 0.3);
          if (lines.some((line) => isBodySize(line) && line.xEnd > area.right - CHAR / 2)) {
            pagesWithFullLines++;
            expect(Math.abs(Math.min(...lines.map((l) => l.x)) - area.left), where).toBeLessThan(1.5);
          }
        }
      expect(pagesWithFullLines).toBeGreaterThan(40);
    });

    it('puts the first line’s box top at the type area’s top (±1.5) on pages that open with body text', () => {
      let checked = 0;
      for (const { label, pages } of examples)
        for (const page of pages.slice(1)) {
          const first = body(page)[0]!;
          if (!isBodySize(first)) continue;
          checked++;
          // The type area's top: 37 mm, or 28 mm on a landscape page.
          const top = typeArea(page).top;
          expect(Math.abs(lineTop(first) - top), `${label} p${page.number}: ${lineTop(first)}`).toBeLessThan(
            1.5,
          );
        }
      expect(checked).toBeGreaterThan(30);
    });

    it('numbers every portrait page — n — in 4号, odd pages right and even pages left, 空一字', () => {
      const side = pnSpec.sizePt * MM;
      for (const { label, pages } of examples)
        for (const page of pages) {
          // Landscape pages: the next test.
          if (typeArea(page).landscape) continue;
          const line = numberLine(page);
          const where = `${label} p${page.number}`;
          expect(Number(PAGE_NUMBER.exec(line?.text ?? '')?.[1]), where).toBe(page.number);
          expect(line!.size, where).toBe(pnSpec.sizePt);
          const area = typeArea(page);
          if (page.number % 2 === 1)
            expect(Math.abs(line!.xEnd - (area.right - side)), where).toBeLessThan(0.5);
          else expect(Math.abs(line!.x - (area.left + side)), where).toBeLessThan(0.5);
        }
    });

    it('numbers landscape pages where the portrait pages have theirs, turned, in the left margin (8)', async () => {
      const landscape = examples.flatMap(({ label, pdf, pages }) =>
        pages.filter((page) => typeArea(page).landscape).map((page) => ({ label, pdf, page })),
      );
      // Not vacuous: the special action's attachment has an even and an odd landscape page.
      expect(landscape.some(({ page }) => page.number % 2 === 0)).toBe(true);
      expect(landscape.some(({ page }) => page.number % 2 === 1)).toBe(true);
      for (const { label, pdf, page } of landscape) await expectLandscapeNumber(pdf, page, label);
    });

    it('draws each portrait page number’s dash 7 mm below the type area (269 mm ±0.5)', async () => {
      let checked = 0;
      for (const { label, pdf, pages } of examples) {
        const portrait = pages.filter((page) => !typeArea(page).landscape);
        const rasters = await Promise.all(
          portrait.map((page) => rasterize(pdf, page.number, 200, { topMm: BOTTOM + 1, heightMm: 18 })),
        );
        portrait.forEach((page, i) => {
          const dash = bands(rowsWithRuns(rasters[i]!, isDark, 3))[0];
          expect(dash, `${label} p${page.number}`).toBeDefined();
          const y = (dash!.top + dash!.bottom) / 2;
          expect(
            Math.abs(y - (BOTTOM + pnSpec.belowTypeAreaMm)),
            `${label} p${page.number}: ${y}`,
          ).toBeLessThan(0.5);
          checked++;
        });
      }
      // Every portrait page of the 19 documents: 91 today.
      expect(checked).toBeGreaterThan(80);
    });

    it('puts the red header’s glyph tops 35 mm below the type area and the separator 4 mm under the number', async () => {
      // The 版头 of the notices and the report has the red mark; the reminders' issuer has none, but
      // their 发文字号 has its separator all the same (7.2.7).
      const withHead = examples.filter((e) => e.tree.children.some((b) => b.type === 'docNumber'));
      const withMark = withHead.filter((e) => e.tree.children.some((b) => b.type === 'redHeader'));
      expect(withMark.length).toBeGreaterThanOrEqual(EXPECTED_KINDS.notice + EXPECTED_KINDS.report);
      expect(withHead.length).toBeGreaterThanOrEqual(withMark.length + EXPECTED_KINDS.reminder);
      for (const { label, pdf, pages, tree } of withHead) {
        const raster = await rasterize(pdf, 1, 300, { topMm: TOP, heightMm: 120 });
        const red = bands(rowsWithRuns(raster, isRed, 0.3));
        if (withMark.some((e) => e.tree === tree)) {
          const header = red[0]!;
          // Glyph tops differ by a few per cent of the size from character to character: ±1 mm.
          expect(
            Math.abs(header.top - (TOP + redHeader.offsetMm)),
            `${label}: header ${header.top}`,
          ).toBeLessThan(1);
        }
        const rule = red.find((band) => band.length > 150)!;
        expect(rule, label).toBeDefined();
        expect(Math.abs(rule.x - LEFT), label).toBeLessThan(0.3);
        expect(Math.abs(rule.length - pageSpec.typeArea.widthMm), label).toBeLessThan(0.5);
        const number = tree.children.find((b) => b.type === 'docNumber');
        if (number?.type !== 'docNumber' || !number.number) continue;
        const line = body(pages[0]!).find((l) => l.text.includes(number.number!.slice(0, 3)))!;
        const emBottom = line.baseline + 0.12 * line.size * MM;
        expect(
          Math.abs(rule.top - emBottom - docNumber.separatorGapMm),
          `${label}: ${rule.top} vs ${emBottom}`,
        ).toBeLessThan(0.5);
      }
    });

    it('ends each document that has a 版记 with it at the bottom of the last page only', async () => {
      let checked = 0;
      for (const { label, tree, pages, pdf } of examples) {
        const record = tree.children.find((block) => block.type === 'colophon');
        if (record?.type !== 'colophon' || record.printedBy === null) continue;
        checked++;
        const printedOn = (page: TextPage) => body(page).some((line) => /\d+日印发$/.test(line.text));
        expect(pages.slice(0, -1).some(printedOn), label).toBe(false);
        expect(printedOn(pages.at(-1)!), label).toBe(true);
        const raster = await rasterize(pdf, pages.length, 300, { topMm: BOTTOM - 40, heightMm: 45 });
        const rules = bands(rowsWithRuns(raster, isDark, 150));
        expect(rules.length, label).toBeGreaterThanOrEqual(2);
        expect(Math.abs(rules.at(-1)!.bottom - BOTTOM), `${label}: ${rules.at(-1)!.bottom}`).toBeLessThan(
          0.6,
        );
      }
      // Not vacuous: the three notices and the report end with one.
      expect(checked).toBeGreaterThanOrEqual(EXPECTED_KINDS.notice + EXPECTED_KINDS.report);
    });

    it('starts the scheme and each attachment on a new page', () => {
      let attachments = 0;
      for (const { label, plan, pages, kind, tree } of examples) {
        const titleOf = (page: TextPage) =>
          body(page)
            .filter((line) => line.size === 22)
            .map((line) => line.text)
            .join('');
        if (kind === 'notice' || kind === 'scheme') {
          const notice = kind === 'notice';
          const i = pages.findIndex((page) => titleOf(page).startsWith(plan.title));
          expect(i, label).toBe(
            notice ? pages.findIndex((p, n) => n > 0 && titleOf(p).startsWith(plan.title)) : 0,
          );
          if (notice) expect(i, label).toBeGreaterThan(0);
        }
        let after = 0;
        for (const block of tree.children) {
          if (block.type !== 'attachmentHeading') continue;
          const at = pages.findIndex((page, n) => n >= after && body(page)[0]?.text === block.label);
          expect(at, `${label} ${block.label}`).toBeGreaterThan(0);
          after = at + 1;
          attachments++;
        }
      }
      // The self-assessment's attachments (in its notice and its scheme) and the report's ledger.
      expect(attachments).toBeGreaterThanOrEqual(5);
    });

    it('has a text layer of unified ideographs (no radicals), which searches find', () => {
      for (const { label, pages, plan, tree } of examples) {
        const text = pages.flatMap((page) => page.lines.map((line) => line.text)).join('');
        expect([...text].filter(isRadical), label).toEqual([]);
        expect(text.replace(/\s/g, ''), label).toContain(plan.title.slice(0, 8));
        expect(text.replace(/\s/g, ''), label).toContain(tree.meta.title.slice(0, 12));
      }
    });

    it('has in its text layer only ideographs the document has (户 is not read as 戶)', () => {
      const strangers = examples.flatMap(({ label, pages, tree }) => {
        const text = pages.flatMap((page) => page.lines.map((line) => line.text)).join('');
        return ideographsNotIn(text, tree).map((found) => `${label}: ${found}`);
      });
      expect(strangers).toEqual([]);
    });

    ledgerChecks(measuredLedgers);

    it('asks for nothing outside the page while printing', () => {
      expect(renderer!.requests.blocked).toEqual([]);
    });

    it('keeps the line pitch under 着重号 (emphasis dots take no room)', async () => {
      const t = (value: string) => ({ type: 'text' as const, value });
      const document = (emphasis: boolean): DocumentTree => ({
        ...examples[0]!.tree,
        children: Array.from({ length: 12 }, (_, i) => {
          const key = [t('必须重点落实的内容')];
          return {
            type: 'paragraph' as const,
            indent: 'first-line' as const,
            align: 'justify' as const,
            children: [
              t(`第${i}段有`),
              ...(i % 3 === 1 && emphasis ? [{ type: 'emphasis' as const, children: key }] : key),
              t('，其余照常排列。'),
            ],
          };
        }),
      });
      const baselines = async (emphasis: boolean) => {
        const path = join(dir, `emphasis-${emphasis}.pdf`);
        await writeFile(path, (await renderer!.render(document(emphasis))).pdf);
        return body((await readPdfText(path))[0]!).map((line) => line.baseline);
      };
      const plain = await baselines(false);
      expect(plain).toHaveLength(12);
      expect(await baselines(true)).toEqual(plain);
    });

    it('gives byte-identical PDFs for the same tree, dated by the document', async () => {
      const tree = examples[0]!.tree;
      const first = (await renderer!.render(tree)).pdf;
      const second = (await renderer!.render(tree)).pdf;
      expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
      const text = Buffer.from(first).toString('latin1');
      const date = tree.meta.date.replace(/-/g, '');
      expect(text).toContain(`/CreationDate (D:${date}000000+00'00')`);
      expect(text).toContain(`/ModDate (D:${date}000000+00'00')`);
    });
  },
);
