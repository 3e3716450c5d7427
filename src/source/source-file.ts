/** A plan's text with the line index that turns offsets into line:column places. */
import type { Point, Range } from '../diagnostics/diagnostic.js';

export interface SourceFile {
  /** The path as the user gave it (relative paths stay relative, for readable diagnostics). */
  path: string;
  text: string;
  /** Offsets at which each line starts; lineStarts[0] is 0. */
  lineStarts: number[];
}

export function createSourceFile(path: string, text: string): SourceFile {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return { path, text, lineStarts };
}

/** Clamps the offset into the text, so every reported place lies inside the file. */
export function pointAt(file: SourceFile, offset: number): Point {
  const clamped = Math.max(0, Math.min(offset, file.text.length));
  let lo = 0;
  let hi = file.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((file.lineStarts[mid] ?? 0) <= clamped) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: clamped - (file.lineStarts[lo] ?? 0) + 1, offset: clamped };
}

export function rangeAt(file: SourceFile, start: number, end: number = start): Range {
  return { start: pointAt(file, start), end: pointAt(file, Math.max(start, end)) };
}

export const lineText = (file: SourceFile, line: number): string => {
  const start = file.lineStarts[line - 1] ?? file.text.length;
  const next = file.lineStarts[line];
  return file.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
};
