/**
 * Widths in 字 (one 3号 character), for placing 署名/日期 and fitting the red header. GB/T 9704
 * 7.3.5 practice counts a half-width digit as half a 字 (gbt9704.md §3.13).
 */
import { charTwips, halfWidthChars } from '../../style/gbt9704.js';

// Printable ASCII and the Latin-1 range are set in the Latin font, about half a 字 wide.
const HALF_WIDTH = /[\u0020-\u00FF]/u;

export function widthInChars(text: string): number {
  let width = 0;
  for (const char of text) width += HALF_WIDTH.test(char) ? halfWidthChars : 1;
  return width;
}

/** Twips of `chars` 字 at the body size (3号). */
export const chars = (n: number): number => Math.round(n * charTwips);
