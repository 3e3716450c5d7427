/**
 * Widths in 字 (one 3号 character), for placing 署名/日期 and fitting the red header. GB/T 9704
 * 7.3.5 practice counts a half-width digit as half a 字 (gbt9704.md §3.13).
 */
import { charTwips } from '../../style/gbt9704.js';

export { textWidth as widthInChars } from '../../tree/text-width.js';

/** Twips of `chars` 字 at the body size (3号). */
export const chars = (n: number): number => Math.round(n * charTwips);
