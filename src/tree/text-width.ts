/**
 * Width of text in 字 (GB/T 9704 3.1: one 字 is the width of one Chinese character). Half-width
 * ASCII (digits of 2020年, Latin letters) takes half a 字 in the fonts of official documents.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char >= ' ' && char <= '~' ? 0.5 : 1;
  return width;
}
