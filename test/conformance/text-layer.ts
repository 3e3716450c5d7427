/**
 * What a PDF's text layer must read, for both suites: ideographs, not the radicals that share their
 * glyphs, and no ideograph the document does not have (a font that draws 户 and 戶 with one glyph
 * gives its ToUnicode map a choice between them: a search for 贫困户 then fails).
 */
import type { DocumentTree } from '../../src/tree/types.js';

/** Kangxi radicals, CJK radical supplement, strokes. */
export const isRadical = (c: string): boolean => /[\u2E80-\u2FDF\u31C0-\u31EF]/u.test(c);

/** The words the writers print that the tree does not hold: 版记's 抄送 and 印发. */
const WRITER_WORDS = '抄送印发';

/** The ideographs of `text` that neither the tree's strings nor the writers' own words contain. */
export function ideographsNotIn(text: string, tree: DocumentTree): string[] {
  const known = new Set([...JSON.stringify(tree), ...WRITER_WORDS]);
  const strangers = new Map<string, number>();
  for (const c of text)
    if (/\p{Script=Han}/u.test(c) && !known.has(c)) strangers.set(c, (strangers.get(c) ?? 0) + 1);
  return [...strangers].map(([c, n]) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()} ×${n}`);
}
