/**
 * The last line of defence for "the file must always open": characters XML 1.0 forbids (C0
 * controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF) make Word refuse the
 * whole file. The plan checker reports them; here they are dropped from every string of the tree.
 */
import type { DocumentTree } from '../../tree/types.js';

// XML 1.0 §2.2 Char, with the `u` flag so that a lone surrogate is one (illegal) code point.
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

function clean<T>(value: T): T {
  if (typeof value === 'string') return stripIllegalXml(value) as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = clean(inner);
    return out as T;
  }
  return value;
}

/** A copy of the tree with every string stripped of characters XML cannot carry. */
export function sanitizeTree(tree: DocumentTree): DocumentTree {
  return clean(tree);
}
