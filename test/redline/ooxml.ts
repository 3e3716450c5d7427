/**
 * "Accept all" and "reject all" on a document.xml, as Word does them, for the tests: a side drops
 * the changes of one kind (accept drops deletions, reject drops insertions) and keeps the other's
 * content. Dropped: table rows whose w:trPr carries the mark, w:ins/w:del run containers, and
 * paragraph marks (a paragraph whose mark is dropped joins the next one). Kept: the containers
 * unwrapped, w:delText read as text. What is left is read as one text per paragraph.
 */
import { elements } from '../writers/docx/parts.js';

export type Side = 'accept' | 'reject';

const TAGS = { accept: { drop: 'w:del', keep: 'w:ins' }, reject: { drop: 'w:ins', keep: 'w:del' } } as const;

/** An element's start tag that is not self-closing, up to its end tag (these do not nest). */
const container = (name: string) => new RegExp(`<${name}(?:\\s[^>]*)?(?<!/)>[\\s\\S]*?</${name}>`, 'g');
/** A self-closing mark `<w:ins …/>` or `<w:del …/>`. */
const markTag = (name: string) => new RegExp(`<${name}\\s[^>]*/>|<${name}/>`);

/** The text of a paragraph's runs: w:t and w:delText, tabs and breaks (not the tab stops of w:pPr). */
function runText(xml: string): string {
  const runs = xml.replace(/<w:pPr(?:\s[^>]*)?>[\s\S]*?<\/w:pPr>/g, '');
  return [...runs.matchAll(/<w:(t|delText)(?:\s[^>]*)?>([^<]*)<\/w:\1>|<w:(tab|br)(?:\s[^>]*)?\/>/g)]
    .map((m) => (m[3] === 'tab' ? '\t' : m[3] === 'br' ? '\n' : unescape(m[2]!)))
    .join('');
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The paragraph mark's change, from w:pPr/w:rPr. */
function paragraphMark(paragraph: string): 'w:ins' | 'w:del' | undefined {
  const pPr = /<w:pPr(?:\s[^>]*)?>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1] ?? '';
  const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(pPr.replace(/<w:sectPr[\s\S]*?<\/w:sectPr>/, ''))?.[1] ?? '';
  if (markTag('w:ins').test(rPr)) return 'w:ins';
  if (markTag('w:del').test(rPr)) return 'w:del';
  return undefined;
}

/** Paragraph texts of document.xml with every change of the other kind applied. */
export function resolvedParagraphs(documentXml: string, side: Side): string[] {
  const { drop, keep } = TAGS[side];
  let xml = documentXml.replace(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g, (row) => {
    const trPr = /<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(row)?.[1] ?? '';
    return markTag(drop).test(trPr) ? '' : row;
  });
  xml = xml.replace(container(drop), '');
  xml = xml.replace(new RegExp(`<${keep}(?:\\s[^>]*)?(?<!/)>|</${keep}>`, 'g'), '');
  const out: string[] = [];
  let carried = '';
  for (const paragraph of elements(xml, 'w:p')) {
    const text = carried + runText(paragraph);
    if (paragraphMark(paragraph) === drop) {
      carried = text;
      continue;
    }
    carried = '';
    out.push(text);
  }
  if (carried !== '') out.push(carried);
  return out;
}

/** Paragraph texts of a document without changes (or as printed, every change shown). */
export const paragraphTexts = (documentXml: string): string[] => elements(documentXml, 'w:p').map(runText);

/** Texts that print something: blank lines are layout, not text. */
export const printed = (texts: readonly string[]): string[] => texts.filter((text) => text.trim() !== '');
