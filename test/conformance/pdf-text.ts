/**
 * Text of a PDF as pdf.js reads it: every run's baseline, left edge, width and font size, in mm
 * from the page's top-left corner. Chromium embeds CFF fonts as Type 3, whose boxes pdftotext
 * reports wrongly (engineering-notes.md §3); pdf.js gives the text matrix itself.
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

export interface TextPage {
  number: number;
  widthMm: number;
  heightMm: number;
  lines: TextLine[];
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
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , c, d, e, f] = item.transform as number[];
        runs.push({
          text: item.str,
          x: e! * PT,
          xEnd: (e! + item.width) * PT,
          baseline: (height - f!) * PT,
          size: Math.round(Math.hypot(c!, d!) * 10) / 10,
        });
      }
      pages.push({ number: n, widthMm: width * PT, heightMm: height * PT, lines: toLines(runs) });
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}
