/**
 * Chromium (Skia) builds each font's ToUnicode CMap from the font's cmap, and where several code
 * points share a glyph it keeps the lowest: 人 (U+4EBA) becomes ⼈ (U+2F08, KANGXI RADICAL MAN), 民
 * becomes ⺠. The PDF looks right but its text copies, searches and reads wrong. Each CMap that
 * names a radical or stroke is rewritten to name the unified ideograph instead. The same rule
 * names 戶 (U+6236) for 户 (U+6237), which Noto CJK SC draws alike: an ideograph the document does
 * not contain is renamed to the nearest one it contains that the font's CMap does not name (a
 * variant sharing the glyph), so 贫困户 can be searched.
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

/** Ideographs named in place of the document's own: code → the document's code point. */
type Variants = ReadonlyMap<number, number>;
const NONE: Variants = new Map();

/** The code point a destination should name: the radical's ideograph, then the document's variant of it. */
function renamed(code: number, variants: Variants): number | undefined {
  // ⼾ (U+2F3E) is 戶 by NFKC, and the document may hold 户: both steps apply.
  const unified = unifiedOf(code) ?? code;
  const variant = variants.get(unified) ?? unified;
  return variant === code ? undefined : variant;
}

const remapHex = (hex: string, variants: Variants): string => {
  if (hex.length !== 4) return hex;
  const target = renamed(parseInt(hex, 16), variants);
  return target === undefined ? hex : utf16Hex(target);
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

const isRadical = (hex: string, variants: Variants): boolean =>
  hex.length === 4 && renamed(parseInt(hex, 16), variants) !== undefined;

/** The destinations a single-destination range covers contain a radical with an equivalent. */
function rangeTouched(lo: string, hi: string, dst: string, variants: Variants): boolean {
  if (dst.length !== 4) return false;
  const base = parseInt(dst, 16);
  const count = parseInt(hi, 16) - parseInt(lo, 16) + 1;
  for (let k = 0; k < count; k++) if (renamed(base + k, variants) !== undefined) return true;
  return false;
}

/** True when the CMap maps some code to a radical or stroke that has a unified equivalent. */
export function needsFix(cmap: string, variants: Variants = NONE): boolean {
  const { chars, ranges } = mappings(cmap);
  const named = (dst: string) => isRadical(dst, variants);
  return (
    chars.some(([, dst]) => named(dst)) ||
    ranges.some((range) =>
      'dst' in range ? rangeTouched(range.lo, range.hi, range.dst, variants) : range.array.some(named),
    )
  );
}

/**
 * The CMap with every radical destination replaced. Ranges that cover one are split into single
 * mappings (bfchar), at most 100 to a block (PDF 32000-1 9.10.3).
 */
export function fixToUnicode(cmap: string, variants: Variants = NONE): string {
  const { chars, ranges: found } = mappings(cmap);
  const singles: [string, string][] = chars.map(([code, dst]) => [code, remapHex(dst, variants)]);
  const ranges: string[] = [];
  for (const range of found) {
    const { lo, hi } = range;
    if (!('dst' in range)) {
      ranges.push(`<${lo}> <${hi}> [${range.array.map((dst) => `<${remapHex(dst, variants)}>`).join(' ')}]`);
      continue;
    }
    if (!rangeTouched(lo, hi, range.dst, variants)) {
      ranges.push(`<${lo}> <${hi}> <${range.dst}>`);
      continue;
    }
    const from = parseInt(lo, 16);
    const base = parseInt(range.dst, 16);
    for (let k = 0; k <= parseInt(hi, 16) - from; k++) {
      const code = (from + k).toString(16).toUpperCase().padStart(lo.length, '0');
      singles.push([code, remapHex((base + k).toString(16).toUpperCase().padStart(4, '0'), variants)]);
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

const IDEOGRAPH = /\p{Unified_Ideograph}/u;
/** How far apart a glyph's two names may be: variants sharing a glyph sit next to each other (戶户). */
const VARIANT_REACH = 0x40;

/** Every destination code point the CMap names (single UTF-16 units; ranges expanded). */
function destinations(cmap: string): number[] {
  const { chars, ranges } = mappings(cmap);
  const out = chars.filter(([, dst]) => dst.length === 4).map(([, dst]) => parseInt(dst, 16));
  for (const range of ranges) {
    if (!('dst' in range)) {
      out.push(...range.array.filter((dst) => dst.length === 4).map((dst) => parseInt(dst, 16)));
    } else if (range.dst.length === 4) {
      const count = parseInt(range.hi, 16) - parseInt(range.lo, 16) + 1;
      for (let k = 0; k < count; k++) out.push(parseInt(range.dst, 16) + k);
    }
  }
  return out.map((code) => unifiedOf(code) ?? code);
}

/**
 * Ideographs a font's CMap names but the document does not contain, each paired with the nearest
 * ideograph the document contains that the CMap does not name: the font drew the document's
 * character with a glyph it shares with that other one, and Chromium named the lower code point.
 */
export function variantsOf(named: readonly number[], documentText: string): Map<number, number> {
  const present = new Set<number>();
  for (const ch of documentText) if (IDEOGRAPH.test(ch)) present.add(ch.codePointAt(0)!);
  const namedSet = new Set(named);
  const missing = [...present].filter((code) => !namedSet.has(code)).sort((a, b) => a - b);
  const out = new Map<number, number>();
  for (const code of [...namedSet].sort((a, b) => a - b)) {
    if (present.has(code) || !IDEOGRAPH.test(String.fromCodePoint(code))) continue;
    let best: number | undefined;
    for (const candidate of missing)
      if (
        Math.abs(candidate - code) <= VARIANT_REACH &&
        (best === undefined || Math.abs(candidate - code) < Math.abs(best - code))
      )
        best = candidate;
    if (best !== undefined) out.set(code, best);
  }
  return out;
}

/**
 * The PDF with every font's ToUnicode CMap naming the document's own ideographs: unified ones, not
 * radicals, and, given the document's text, the variant it contains rather than one it does not.
 */
export function fixPdfText(pdf: Uint8Array, documentText = ''): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const ids = new Set([...text.matchAll(/\/ToUnicode (\d+) 0 R/g)].map((m) => Number(m[1])));
  return editStreams(pdf, ids, ({ text: cmap }) => {
    // Per font: another font may name 户 rightly while this one names 戶 for the same character.
    const variants = documentText === '' ? NONE : variantsOf(destinations(cmap), documentText);
    return needsFix(cmap, variants) ? fixToUnicode(cmap, variants) : undefined;
  });
}

/** The characters an HTML page shows (its style sheet and tags left out; entities do not matter here). */
export const visibleText = (html: string): string =>
  html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, '');
