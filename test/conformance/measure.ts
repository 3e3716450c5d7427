import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
/**
 * Measuring rendered documents: LibreOffice converts a DOCX to PDF with the fontconfig fallbacks
 * (fonts/fontconfig.xml), poppler reports text boxes (`pdftotext -bbox-layout`) and renders pixels
 * (`pdftoppm`, PPM) for what boxes cannot tell: the ink of rules, dashes and the red header.
 * All lengths are millimetres from the page's top-left corner.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sofficeToPdf } from '../../scripts/lib/soffice.js';
import { promisify } from 'node:util';

const available = (cmd: string, arg: string) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;

/** LibreOffice and poppler, which the conformance suites need (CI installs them). */
export const toolsAvailable =
  available('soffice', '--version') && available('pdftotext', '-v') && available('pdftoppm', '-v');

/** The aliases from the official font names to the open fonts, as CI has them. */
export const fontconfigFile = fileURLToPath(new URL('../../fonts/fontconfig.xml', import.meta.url));

const run = promisify(execFile);
export const PT_TO_MM = 25.4 / 72;

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface Line extends Word {
  words: Word[];
}
export interface Page {
  number: number;
  widthMm: number;
  heightMm: number;
  lines: Line[];
}

/**
 * `soffice --convert-to pdf` with a throwaway profile, all files in one process (start-up dominates:
 * engineering-notes.md §2); returns the PDFs' paths in `outDir`.
 */
export async function convertToPdf(
  docxPaths: readonly string[],
  outDir: string,
  fontconfigFile: string,
): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'gongwen-lo-'));
  try {
    return await sofficeToPdf(docxPaths, outDir, { profile, fontconfigFile });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

function box(attrs: string): Omit<Word, 'text'> {
  const get = (name: string) => PT_TO_MM * Number(new RegExp(`${name}="([^"]+)"`).exec(attrs)![1]);
  return { xMin: get('xMin'), yMin: get('yMin'), xMax: get('xMax'), yMax: get('yMax') };
}

/** Parses `pdftotext -bbox-layout` XHTML into pages of lines (words joined without spaces, as CJK reads). */
export function parseBboxLayout(xhtml: string): Page[] {
  const pages: Page[] = [];
  const pageRe = /<page width="([^"]+)" height="([^"]+)">([\s\S]*?)<\/page>/g;
  for (const [, width, height, content] of xhtml.matchAll(pageRe)) {
    const lines: Line[] = [];
    for (const [, attrs, inner] of content!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...inner!.matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map(([, a, text]) => ({
        ...box(a!),
        text: decode(text!),
      }));
      lines.push({ ...box(attrs!), words, text: words.map((w) => w.text).join('') });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({
      number: pages.length + 1,
      widthMm: Number(width) * PT_TO_MM,
      heightMm: Number(height) * PT_TO_MM,
      lines,
    });
  }
  return pages;
}

export async function readLayout(pdfPath: string): Promise<Page[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdfPath, '-'], { maxBuffer: 64 << 20 });
  return parseBboxLayout(stdout);
}

/** An RGB raster of one page (or a band of it), from `pdftoppm` PPM output. */
export interface Raster {
  width: number;
  height: number;
  dpi: number;
  /** Top of the band, mm from the page top. */
  topMm: number;
  /** Left of the band, mm from the page's left edge. */
  leftMm: number;
  data: Uint8Array;
}

export async function rasterize(
  pdfPath: string,
  page: number,
  dpi: number,
  band?: { topMm: number; heightMm: number; leftMm?: number; widthMm?: number },
): Promise<Raster> {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-ppm-'));
  try {
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    const left = band?.leftMm ?? 0;
    const crop = band
      ? [
          ...['-x', String(px(left)), '-y', String(px(band.topMm))],
          ...['-W', String(px(band.widthMm ?? 297)), '-H', String(px(band.heightMm))],
        ]
      : [];
    await run('pdftoppm', [
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      ...crop,
      pdfPath,
      join(dir, 'p'),
    ]);
    const raster = parsePpm(await readFile(join(dir, 'p.ppm')));
    return {
      ...raster,
      dpi,
      topMm: band ? px(band.topMm) * (25.4 / dpi) : 0,
      leftMm: px(left) * (25.4 / dpi),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The raster turned so that its columns are rows (x ↔ y), keeping the left `widthMm` of the page: a
 * landscape page's number stands in its left margin, and its dash is a vertical stroke that
 * rowsWithRuns and bands then find. In the result, a row's y is the page's x and its x the page's y.
 */
export function columnsOf(raster: Raster, widthMm: number): Raster {
  const width = Math.min(raster.width, Math.round((widthMm / 25.4) * raster.dpi));
  const data = new Uint8Array(width * raster.height * 3);
  for (let y = 0; y < raster.height; y++)
    for (let x = 0; x < width; x++) {
      const from = (y * raster.width + x) * 3;
      const to = (x * raster.height + y) * 3;
      data[to] = raster.data[from]!;
      data[to + 1] = raster.data[from + 1]!;
      data[to + 2] = raster.data[from + 2]!;
    }
  return {
    width: raster.height,
    height: width,
    dpi: raster.dpi,
    topMm: raster.leftMm,
    leftMm: raster.topMm,
    data,
  };
}

function parsePpm(bytes: Uint8Array): { width: number; height: number; data: Uint8Array } {
  // P6 header: magic, width, height, maxval, each separated by whitespace (no comments from poppler).
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i]!))) i++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[i]!))) token += String.fromCharCode(bytes[i++]!);
    fields.push(token);
  }
  if (fields[0] !== 'P6') throw new Error(`not a binary PPM: ${fields[0]}`);
  return { width: Number(fields[1]), height: Number(fields[2]), data: bytes.subarray(i + 1) };
}

export type PixelTest = (r: number, g: number, b: number) => boolean;
export const isRed: PixelTest = (r, g, b) => r > 180 && g < 110 && b < 110;
export const isDark: PixelTest = (r, g, b) => r < 110 && g < 110 && b < 110;

export interface RowRun {
  /** Row centre, mm from the page top. */
  y: number;
  /** The row's longest horizontal run of matching pixels: where it starts and how long it is (mm). */
  x: number;
  length: number;
}

/** Rows whose longest run of matching pixels is at least `minRunMm` long (a rule, a dash, a stroke). */
export function rowsWithRuns(raster: Raster, test: PixelTest, minRunMm: number): RowRun[] {
  const mm = 25.4 / raster.dpi;
  const rows: RowRun[] = [];
  for (let y = 0; y < raster.height; y++) {
    let start = 0;
    let best = { x: 0, length: 0 };
    for (let x = 0; x <= raster.width; x++) {
      const o = (y * raster.width + x) * 3;
      const hit = x < raster.width && test(raster.data[o]!, raster.data[o + 1]!, raster.data[o + 2]!);
      if (!hit) {
        if (x - start > best.length) best = { x: start, length: x - start };
        start = x + 1;
      }
    }
    if (best.length * mm >= minRunMm)
      rows.push({
        y: raster.topMm + (y + 0.5) * mm,
        x: raster.leftMm + best.x * mm,
        length: best.length * mm,
      });
  }
  return rows;
}

export interface Band {
  top: number;
  bottom: number;
  /** The longest run in the band (mm) and where it starts. */
  x: number;
  length: number;
}

/** Groups adjacent rows into bands: one per drawn rule, dash or row of glyphs. */
export function bands(rows: readonly RowRun[], gapMm = 0.5): Band[] {
  const out: Band[] = [];
  for (const row of rows) {
    const last = out.at(-1);
    if (last && row.y - last.bottom <= gapMm) {
      last.bottom = row.y;
      if (row.length > last.length) Object.assign(last, { x: row.x, length: row.length });
    } else out.push({ top: row.y, bottom: row.y, x: row.x, length: row.length });
  }
  return out;
}
