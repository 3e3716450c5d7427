/**
 * Row heights. Neither Excel nor LibreOffice fits a wrapped row's height to its text when opening a
 * file (LibreOffice 7.4 showed every row one line high), so the writer estimates each height. It
 * stores them as Excel stores heights it fitted itself: `ht` without customHeight, so that the row
 * grows again when a unit lengthens a note (exceljs marks every height custom; the XML is edited).
 */
import { strFromU8, strToU8, type Unzipped } from 'fflate';
import { textWidth } from '../../tree/text-width.js';

/** Excel's largest row height, in points. */
const MAX_ROW_PT = 409;

/**
 * The lines a wrapped cell of `capacity` 字 takes: characters filled greedily (an estimate: Latin
 * words and 避头尾 punctuation can only add breaks, which the line height's margin absorbs).
 */
export function lineCount(text: string, capacity: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const char of paragraph) {
      const width = textWidth(char);
      if (used > 0 && used + width > capacity) {
        lines += 1;
        used = 0;
      }
      used += width;
    }
  }
  return lines;
}

/** The height, in points, of a row whose tallest cell has `lines` lines of `linePt`. */
export const rowHeight = (lines: number, linePt: number, padPt: number): number =>
  Math.min(lines * linePt + padPt, MAX_ROW_PT);

const PINNED_ROW = /<row r="(\d+)"( ht="[^"]*") customHeight="1"/g;

/** The package with the heights of rows `from`… no longer custom (see above). */
export function unpinRowHeights(entries: Unzipped, from: number): Unzipped {
  const out: Unzipped = {};
  for (const [name, data] of Object.entries(entries)) {
    out[name] = /^xl\/worksheets\/sheet\d+\.xml$/.test(name)
      ? strToU8(
          strFromU8(data).replace(PINNED_ROW, (row, r: string, ht: string) =>
            Number(r) >= from ? `<row r="${r}"${ht}` : row,
          ),
        )
      : data;
  }
  return out;
}
