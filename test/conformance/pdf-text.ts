/**
 * Text of a PDF as pdf.js reads it: every run's baseline, left edge, width and font size, in mm
 * from the page's top-left corner. Chromium embeds CFF fonts as Type 3, whose boxes pdftotext
 * reports wrongly (engineering-notes.md §3); pdf.js gives the text matrix itself, so it also tells
 * which way a run goes: turned runs (a landscape page's number, GB/T 9704 8) are kept apart as
 * vertical lines.
 */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const PT = 25.4 / 72;

export interface Run {
  text: string;
  x: number;
  xEnd: number;
  baseline: number;
  /** Font size in points. */
  size: number;
}

export interface TextLine {
  runs: Run[];
  text: string;
  x: number;
  xEnd: number;
  baseline: number;
  /** The size most of the line's characters have. */
  size: number;
}

/** Which way a run advances on the page: across, or turned to read top to bottom or bottom to top. */
export type Direction = 'ltr' | 'ttb' | 'btt';

/** Runs turned 90° on one vertical baseline: x is the baseline, y and yEnd where the text starts and ends. */
export interface VerticalLine {
  text: string;
  direction: 'ttb' | 'btt';
  x: number;
  y: number;
  yEnd: number;
  size: number;
}

export interface TextPage {
  number: number;
  widthMm: number;
  heightMm: number;
  /** Horizontal lines, top to bottom. */
  lines: TextLine[];
  /** Turned lines, left to right. */
  vertical: VerticalLine[];
}

interface VerticalRun {
  text: string;
  direction: 'ttb' | 'btt';
  x: number;
  /** Where the run starts and ends along the page's height (start < end for ttb). */
  from: number;
  to: number;
  size: number;
}

/** The direction of a text matrix [a b c d] (PDF space, y up): its advance is (a, b). */
export function direction(a: number, b: number): Direction | undefined {
  if (Math.abs(b) < 1e-3 && a > 0) return 'ltr';
  if (Math.abs(a) < 1e-3 && b < 0) return 'ttb';
  if (Math.abs(a) < 1e-3 && b > 0) return 'btt';
  return undefined;
}

/** Turned runs on one baseline (within 0.6 mm) form a line, in reading order. */
function toVerticalLines(runs: VerticalRun[]): VerticalLine[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x || a.from - b.from);
  const lines: VerticalRun[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && line[0]!.direction === run.direction && Math.abs(line[0]!.x - run.x) < 0.6) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => {
    const ttb = line[0]!.direction === 'ttb';
    line.sort((a, b) => (ttb ? a.from - b.from : b.from - a.from));
    const ends = line.flatMap((run) => [run.from, run.to]);
    return {
      text: line.map((run) => run.text).join(''),
      direction: line[0]!.direction,
      x: line[0]!.x,
      y: Math.min(...ends),
      yEnd: Math.max(...ends),
      size: line[0]!.size,
    };
  });
}

/** Runs on one baseline (within 0.6 mm: mixed fonts of one line share it) form a line. */
function toLines(runs: Run[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.baseline - run.baseline) < 0.6) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    const weights = new Map<number, number>();
    for (const run of line) weights.set(run.size, (weights.get(run.size) ?? 0) + [...run.text].length);
    const size = [...weights.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    return {
      runs: line,
      text: line.map((run) => run.text).join(''),
      x: line[0]!.x,
      xEnd: Math.max(...line.map((run) => run.xEnd)),
      baseline: line[0]!.baseline,
      size,
    };
  });
}

export async function readPdfText(path: string): Promise<TextPage[]> {
  const data = new Uint8Array(await readFile(path));
  const pdf = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
  const pages: TextPage[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: Run[] = [];
      const turned: VerticalRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const dir = direction(a!, b!);
        if (dir === undefined) throw new Error(`page ${n}: "${item.str}" is set at an angle`);
        if (dir !== 'ltr') {
          // pdf.js gives the advance along the run's own direction as its width.
          const from = (height - f!) * PT;
          turned.push({
            text: item.str,
            direction: dir,
            x: e! * PT,
            from,
            to: dir === 'ttb' ? from + item.width * PT : from - item.width * PT,
            size: Math.round(Math.hypot(a!, b!) * 10) / 10,
          });
          continue;
        }
        runs.push({
          text: item.str,
          x: e! * PT,
          xEnd: (e! + item.width) * PT,
          baseline: (height - f!) * PT,
          size: Math.round(Math.hypot(c!, d!) * 10) / 10,
        });
      }
      pages.push({
        number: n,
        widthMm: width * PT,
        heightMm: height * PT,
        lines: toLines(runs),
        vertical: toVerticalLines(turned),
      });
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}
