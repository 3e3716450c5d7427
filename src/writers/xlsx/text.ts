/**
 * A plan's text as a spreadsheet cell can hold it. Excel refuses a file with XML-illegal characters
 * (exceljs drops C0 controls itself, but not lone surrogates or U+FFFE/U+FFFF) and "repairs" away a
 * cell over 32,767 characters. It also decodes `_xHHHH_` in stored strings (ECMA-376 ST_Xstring),
 * which exceljs does not escape on writing, so `_x0041_` in a plan would print as "A".
 */
import { stripIllegalXml } from '../layout/sanitize.js';

/** Excel's limit on the characters of one cell (Excel specifications and limits). */
export const MAX_CELL_CHARS = 32_767;

const XSTRING_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)/g;

/** The text trimmed to Excel's limit, ending in … when cut, never between a surrogate pair. */
function capped(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** What a string cell stores so that Excel shows `text` (cleaned and capped). */
export function cellString(text: string): string {
  return capped(stripIllegalXml(text)).replace(XSTRING_ESCAPE, '_x005F_');
}
