/**
 * Formula injection (OWASP "CSV injection"). exceljs stores every string as a shared string, which
 * Excel never evaluates; but a unit who edits such a cell and presses Enter turns "=HYPERLINK(…)"
 * into a live formula. Excel's own guard is the quote prefix (what typing '= sets): the cell shows
 * the text unchanged and stays text when edited. exceljs cannot set it, so the packed XML is edited:
 * each cell whose shared string starts like a formula gets a copy of its style with quotePrefix.
 */
import { strFromU8, strToU8, type Unzipped } from 'fflate';

// OWASP's list (= + - @, tab, carriage return), and the full-width forms a Chinese IME types,
// which Excel also reads as the start of a formula.
const FORMULA_START = /^<t(?:\s[^>]*)?>[=+\-@\t\r＝＋－＠]/;
const SHARED_STRING = /<si>([\s\S]*?)<\/si>/g;
const STRING_CELL = /<c ([^>]*\bt="s"[^>]*)><v>(\d+)<\/v><\/c>/g;
const CELL_XFS = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/;
const XF = /<xf\b[^>]*\/>|<xf\b[^>]*[^/]>[\s\S]*?<\/xf>/g;
const STYLE_ATTR = /\bs="(\d+)"/;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

function part(entries: Unzipped, name: string): string {
  const data = entries[name];
  if (data === undefined) throw new Error(`exceljs wrote no ${name}`);
  return strFromU8(data);
}

/** The indices of the shared strings that start like a formula. */
export function formulaLikeStrings(sharedStrings: string): Set<number> {
  const found = new Set<number>();
  [...sharedStrings.matchAll(SHARED_STRING)].forEach((match, i) => {
    if (FORMULA_START.test(match[1]!)) found.add(i);
  });
  return found;
}

/** The package with quotePrefix on every cell holding a formula-like string; unchanged if none. */
export function quoteFormulaLike(entries: Unzipped): Unzipped {
  if (entries['xl/sharedStrings.xml'] === undefined) return entries;
  const hostile = formulaLikeStrings(part(entries, 'xl/sharedStrings.xml'));
  if (hostile.size === 0) return entries;

  const styles = part(entries, 'xl/styles.xml');
  const cellXfs = CELL_XFS.exec(styles);
  if (!cellXfs) throw new Error('xl/styles.xml has no cellXfs');
  const xfs = [...cellXfs[2]!.matchAll(XF)].map((match) => match[0]);
  if (xfs.length !== Number(cellXfs[1])) throw new Error('xl/styles.xml: cellXfs count does not match');
  // Old style index → the index of its quoted copy, made once per style.
  const quoted = new Map<number, number>();
  const quotedStyle = (style: number): number => {
    let copy = quoted.get(style);
    if (copy === undefined) {
      const xf = xfs[style];
      if (xf === undefined) throw new Error(`a cell uses the missing style ${style}`);
      copy = xfs.push(xf.replace(/^<xf\b/, '<xf quotePrefix="1"')) - 1;
      quoted.set(style, copy);
    }
    return copy;
  };

  const out: Unzipped = {};
  for (const [name, data] of Object.entries(entries)) {
    if (!WORKSHEET.test(name)) {
      out[name] = data;
      continue;
    }
    const xml = strFromU8(data).replace(STRING_CELL, (cell, attrs: string, index: string) => {
      if (!hostile.has(Number(index))) return cell;
      const style = quotedStyle(Number(STYLE_ATTR.exec(attrs)?.[1] ?? 0));
      const quotedAttrs = STYLE_ATTR.test(attrs)
        ? attrs.replace(STYLE_ATTR, `s="${style}"`)
        : `${attrs} s="${style}"`;
      return `<c ${quotedAttrs}><v>${index}</v></c>`;
    });
    out[name] = strToU8(xml);
  }
  const cellXfsXml = `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`;
  out['xl/styles.xml'] = strToU8(styles.replace(CELL_XFS, () => cellXfsXml));
  return out;
}
