/**
 * Where 发文机关署名 and 成文日期 go (7.3.5; gbt9704.md §3.13), in 字 from the type area's right
 * edge. S and D are the widths of the 署名 and the date in 字, half-width digits counting 0.5.
 * With seal (A): date 右空四字, the 署名 centred on the date.
 * Without seal (C, following [C2]): 署名 右空二字, the date on the next line starting 2 字 right of
 * the 署名's start; a date longer than the 署名 is 右空二字 and the 署名 moves left.
 * Joint issue with seals (B): see jointSealRows. Every writer places the lines from these numbers.
 */
import { signature as spec } from '../../style/gbt9704.js';
import { textWidth } from '../../tree/text-width.js';

/** Right indents in 字 of each 署名 line and of the date (for the right edge of each line). */
export function signatureIndents(names: readonly string[], date: string, seal: boolean) {
  const D = textWidth(date);
  if (seal) {
    const dateRight = spec.dateRightCharsWithSeal;
    return {
      names: names.map((name) => Math.max(0, dateRight + (D - textWidth(name)) / 2)),
      date: dateRight,
    };
  }
  // The 署名 lines of a joint issue share one start, the widest one's.
  const S = Math.max(0, ...names.map(textWidth));
  const shift = spec.dateShiftCharsWithoutSeal;
  const nameRight = D > S ? D - S + shift + spec.nameRightCharsWithoutSeal : spec.nameRightCharsWithoutSeal;
  const start = nameRight + S;
  return {
    names: names.map((name) => start - textWidth(name)),
    date: Math.max(0, start - shift - D),
  };
}

/**
 * 7.3.5.1 B: the 署名s side by side in organ order, two to a row, each with room for its own seal.
 * Rows fill from the end, so that the last organ stands above the date its seal also presses.
 */
export function jointSealRows(names: readonly string[]): string[][] {
  const rows: string[][] = [];
  for (let i = names.length; i > 0; i -= spec.jointSealsPerRow) {
    rows.unshift(names.slice(Math.max(0, i - spec.jointSealsPerRow), i));
  }
  return rows;
}

/**
 * The centres of the joint 署名 columns, in 字 from the type area's left edge (of `widthChars`):
 * the right column is centred on the date, the left one half a type area further left.
 */
export function jointSealCentres(date: string, widthChars: number): number[] {
  const dateCentre = widthChars - spec.dateRightCharsWithSeal - textWidth(date) / 2;
  return [dateCentre - widthChars / 2, dateCentre];
}
