/**
 * Test helpers: a DOCX as its XML parts, and just enough XML reading for assertions (paragraphs,
 * runs, attributes) plus a strict well-formedness check, without a DOM.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { DocumentTree } from '../../../src/tree/types.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'trees');

export function loadTree(name: string): DocumentTree {
  return JSON.parse(readFileSync(join(fixturesDir, `${name}.json`), 'utf8')) as DocumentTree;
}

/** Every XML part of the package by name (binary parts are left out). */
export function xmlParts(docx: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(docx)))
    if (/\.(xml|rels)$/.test(name)) parts.set(name, strFromU8(data));
  return parts;
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}; parts: ${[...parts.keys()].join(', ')}`);
  return xml;
}

/** Whole elements `<name …>…</name>` or `<name …/>` (elements of one name do not nest in WordprocessingML). */
export function elements(xml: string, name: string): string[] {
  const re = new RegExp(`<${name}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${name}>)`, 'g');
  return xml.match(re) ?? [];
}

export function first(xml: string, name: string): string {
  const found = elements(xml, name)[0];
  if (found === undefined) throw new Error(`no <${name}> in ${xml.slice(0, 200)}…`);
  return found;
}

/** The attributes of an element's start tag. */
export function attrs(element: string): Record<string, string> {
  const start = /^<[^\s/>]+([^>]*?)\/?>/.exec(element)?.[1] ?? '';
  return Object.fromEntries([...start.matchAll(/([\w:]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!]));
}

/** Attributes of the first `<name>` inside `xml`, or undefined. */
export function attrsOf(xml: string, name: string): Record<string, string> | undefined {
  const found = elements(xml, name)[0];
  return found === undefined ? undefined : attrs(found);
}

export const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => t).join('');

/** Body paragraphs (including those in table cells) with their text. */
export function paragraphs(documentXml: string): { xml: string; text: string }[] {
  return elements(documentXml, 'w:p').map((xml) => ({ xml, text: textOf(xml) }));
}

export function paragraphWith(documentXml: string, text: string): string {
  const found = paragraphs(documentXml).find((p) => p.text.includes(text));
  if (!found) throw new Error(`no paragraph containing ${text}`);
  return found.xml;
}

/** The run whose text starts with `text`. */
export function runStarting(xml: string, text: string): string {
  const found = elements(xml, 'w:r').find((r) => textOf(r).startsWith(text));
  if (!found) throw new Error(`no run starting with ${text}`);
  return found;
}

// XML 1.0 §2.2.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Throws unless `xml` is well-formed enough for Word: only legal characters, one root, every start
 * tag closed in order, attributes quoted, and `&` only in the five entities or character references.
 */
export function assertWellFormed(xml: string, name = 'xml'): void {
  const bad = ILLEGAL.exec(xml);
  if (bad)
    throw new Error(`${name}: illegal character U+${bad[0].codePointAt(0)!.toString(16)} at ${bad.index}`);
  const stack: string[] = [];
  let roots = 0;
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/gy;
  let pos = 0;
  for (let match = token.exec(xml); match; match = token.exec(xml)) {
    pos = token.lastIndex;
    const [, close, tag, , selfClose, text, stray] = match;
    if (stray) throw new Error(`${name}: stray '<' at ${match.index}`);
    if (text !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text))
        throw new Error(`${name}: bare & at ${match.index}`);
      if (stack.length === 0 && text.trim())
        throw new Error(`${name}: text outside the root at ${match.index}`);
      continue;
    }
    if (!tag) continue;
    if (close) {
      const open = stack.pop();
      if (open !== tag) throw new Error(`${name}: </${tag}> closes <${open}> at ${match.index}`);
      continue;
    }
    if (stack.length === 0) roots++;
    if (!selfClose) stack.push(tag);
  }
  if (pos < xml.length) throw new Error(`${name}: unreadable markup at ${pos}`);
  if (stack.length) throw new Error(`${name}: unclosed <${stack.join('> <')}>`);
  if (roots !== 1) throw new Error(`${name}: ${roots} root elements`);
}
