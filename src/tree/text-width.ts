/**
 * Width of text in 字 (GB/T 9704 3.1: one 字 is the width of one Chinese character). Printable
 * ASCII and Latin-1 (the digits of 2020年, Latin letters) are set in the Latin font and count as
 * half a 字 (gbt9704.md §3.13). Title splitting and the writers' placements share this measure.
 */
import { halfWidthChars } from '../style/gbt9704.js';

const HALF_WIDTH = /[\u0020-\u00FF]/u;

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += HALF_WIDTH.test(char) ? halfWidthChars : 1;
  return width;
}
