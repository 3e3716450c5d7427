/**
 * Chromium (Skia) builds each font's ToUnicode CMap from the font's cmap, and where several code
 * points share a glyph it keeps the lowest: 人 (U+4EBA) becomes ⼈ (U+2F08, KANGXI RADICAL MAN), 民
 * becomes ⺠. The PDF looks right but its text copies, searches and reads wrong. Each CMap that
 * names a radical or stroke is rewritten to name the unified ideograph instead.
 */
import { equivalentIdeograph } from './radicals.js';
import { editStreams } from './rewrite.js';

const KANGXI = /[\u2F00-\u2FD5]/u;

function unifiedOf(code: number): number | undefined {
  if (code >= 0x2f00 && code <= 0x2fd5) {
    const nfkc = String.fromCodePoint(code).normalize('NFKC');
    return KANGXI.test(nfkc) ? undefined : nfkc.codePointAt(0);
  }
  return equivalentIdeograph.get(code);
}

/** UTF-16BE hex, as CMap destinations are written. */
const utf16Hex = (code: number): string =>
  [...String.fromCodePoint(code)]
    .flatMap((ch) => {
      const units: number[] = [];
      for (let i = 0; i < ch.length; i++) units.push(ch.charCodeAt(i));
      return units;
    })
    .map((unit) => unit.toString(16).toUpperCase().padStart(4, '0'))
    .join('');

const remapHex = (hex: string): string => {
  if (hex.length !== 4) return hex;
  const unified = unifiedOf(parseInt(hex, 16));
  return unified === undefined ? hex : utf16Hex(unified);
};

const BFCHAR = /(\d+) beginbfchar\s*([\s\S]*?)endbfchar/g;
const BFRANGE = /(\d+) beginbfrange\s*([\s\S]*?)endbfrange/g;
const HEX = /<([0-9A-Fa-f]+)>/g;
/** One bfrange entry: low, high, then one destination or an array of them (9.10.3). */
const RANGE_ENTRY = /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g;

type Range = { lo: string; hi: string; dst: string } | { lo: string; hi: string; array: string[] };

/** The mappings of a CMap: bfchar pairs (source, destination) and bfrange entries. */
function mappings(cmap: string): { chars: [string, string][]; ranges: Range[] } {
  const chars: [string, string][] = [];
  for (const [, , body] of cmap.matchAll(BFCHAR)) {
    const hexes = [...body!.matchAll(HEX)].map((m) => m[1]!);
    for (let i = 0; i + 1 < hexes.length; i += 2) chars.push([hexes[i]!, hexes[i + 1]!]);
  }
  const ranges: Range[] = [];
  for (const [, , body] of cmap.matchAll(BFRANGE)) {
    for (const [, lo, hi, dst, array] of body!.matchAll(RANGE_ENTRY)) {
      ranges.push(
        dst !== undefined
          ? { lo: lo!, hi: hi!, dst }
          : { lo: lo!, hi: hi!, array: [...array!.matchAll(HEX)].map((m) => m[1]!) },
      );
    }
  }
  return { chars, ranges };
}

const isRadical = (hex: string): boolean => hex.length === 4 && unifiedOf(parseInt(hex, 16)) !== undefined;

/** The destinations a single-destination range covers contain a radical with an equivalent. */
function rangeTouched(lo: string, hi: string, dst: string): boolean {
  if (dst.length !== 4) return false;
  const base = parseInt(dst, 16);
  const count = parseInt(hi, 16) - parseInt(lo, 16) + 1;
  for (let k = 0; k < count; k++) if (unifiedOf(base + k) !== undefined) return true;
  return false;
}

/** True when the CMap maps some code to a radical or stroke that has a unified equivalent. */
export function needsFix(cmap: string): boolean {
  const { chars, ranges } = mappings(cmap);
  return (
    chars.some(([, dst]) => isRadical(dst)) ||
    ranges.some((range) =>
      'dst' in range ? rangeTouched(range.lo, range.hi, range.dst) : range.array.some(isRadical),
    )
  );
}

/**
 * The CMap with every radical destination replaced. Ranges that cover one are split into single
 * mappings (bfchar), at most 100 to a block (PDF 32000-1 9.10.3).
 */
export function fixToUnicode(cmap: string): string {
  const { chars, ranges: found } = mappings(cmap);
  const singles: [string, string][] = chars.map(([code, dst]) => [code, remapHex(dst)]);
  const ranges: string[] = [];
  for (const range of found) {
    const { lo, hi } = range;
    if (!('dst' in range)) {
      ranges.push(`<${lo}> <${hi}> [${range.array.map((dst) => `<${remapHex(dst)}>`).join(' ')}]`);
      continue;
    }
    if (!rangeTouched(lo, hi, range.dst)) {
      ranges.push(`<${lo}> <${hi}> <${range.dst}>`);
      continue;
    }
    const from = parseInt(lo, 16);
    const base = parseInt(range.dst, 16);
    for (let k = 0; k <= parseInt(hi, 16) - from; k++) {
      const code = (from + k).toString(16).toUpperCase().padStart(lo.length, '0');
      singles.push([code, remapHex((base + k).toString(16).toUpperCase().padStart(4, '0'))]);
    }
  }
  const blocks: string[] = [];
  for (let i = 0; i < singles.length; i += 100) {
    const chunk = singles.slice(i, i + 100);
    blocks.push(
      `${chunk.length} beginbfchar\n${chunk.map(([c, u]) => `<${c}> <${u}>`).join('\n')}\nendbfchar`,
    );
  }
  for (let i = 0; i < ranges.length; i += 100) {
    const chunk = ranges.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
  }
  // Everything before the first mapping block and after the last one (header, endcmap) is kept.
  const first = cmap.search(/\d+ begin(bfchar|bfrange)/);
  const lastEnd = Math.max(cmap.lastIndexOf('endbfchar') + 9, cmap.lastIndexOf('endbfrange') + 10);
  if (first < 0 || lastEnd < first) return cmap;
  return `${cmap.slice(0, first)}${blocks.join('\n')}${cmap.slice(lastEnd)}`;
}

/** The PDF with every font's ToUnicode CMap naming unified ideographs, not radicals. */
export function fixPdfText(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const ids = new Set([...text.matchAll(/\/ToUnicode (\d+) 0 R/g)].map((m) => Number(m[1])));
  return editStreams(pdf, ids, ({ text: cmap }) => (needsFix(cmap) ? fixToUnicode(cmap) : undefined));
}
