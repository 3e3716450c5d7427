/**
 * Tracked changes in the packed document.xml (redline documents, issue 6). Two things `docx`
 * leaves to us:
 * - Whole blocks added or removed (a title, a 署名, a 版记 …): every handler would otherwise need
 *   to know about revisions, so the top-level body elements a marked block printed are rewritten
 *   here — each run wrapped in w:ins or w:del (its w:t becoming w:delText), each paragraph mark
 *   marked in w:pPr/w:rPr (so that accepting a removal removes the paragraph and rejecting it
 *   restores it), each table row marked in w:trPr. Paragraphs in table cells keep their marks (the
 *   row's mark removes them), and so does a paragraph carrying a section break: its deletion would
 *   merge the sections. A removed floating table (the 版记) is set in the text flow.
 * - One author, date and id sequence: runs are built before the tree's revision is at hand
 *   (inline.ts PENDING_CHANGE), so every w:ins and w:del gets them here, ids numbered in document
 *   order after any other w:id of the part. The same tree therefore gives the same bytes.
 */
import type { Block, BlockChange, DocumentTree, Inline, Revision } from '../../tree/types.js';

/** Top-level body elements [start, end) printed by a block the revision adds or removes. */
export interface MarkedRange {
  start: number;
  end: number;
  change: BlockChange;
}

const TAG = /<[^>]+>|[^<]+/g;

interface Token {
  raw: string;
  /** Element name for tags; undefined for text, comments and declarations. */
  name?: string;
  kind?: 'open' | 'close' | 'empty';
}

function tokens(xml: string): Token[] {
  return (xml.match(TAG) ?? []).map((raw) => {
    const tag = /^<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>$/.exec(raw);
    if (!tag) return { raw };
    return { raw, name: tag[2]!, kind: tag[1] ? 'close' : tag[3] ? 'empty' : 'open' };
  });
}

/** The body's top-level elements (w:p, w:tbl, the final w:sectPr) as XML strings. */
function topLevel(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const token of tokens(body)) {
    current += token.raw;
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close') depth--;
    if (depth === 0 && token.kind !== undefined) {
      out.push(current);
      current = '';
    }
  }
  if (current.trim() !== '') throw new Error('revisions: stray content at the end of w:body');
  return out;
}

const MARK = { insert: 'w:ins', delete: 'w:del' } as const;

/** One top-level element with everything in it marked as added or removed. */
function markElement(xml: string, change: BlockChange): string {
  const mark = `<${MARK[change]}/>`;
  const list = tokens(xml);
  const stack: string[] = [];
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    const inside = (name: string) => stack.includes(name);
    const tracked = inside('w:ins') || inside('w:del');
    if (token.name === 'w:r' && token.kind !== 'close' && !tracked) {
      // A whole run, wrapped; removed text is w:delText (a field's instruction w:delInstrText).
      const whole = takeElement(list, i);
      const run =
        change === 'delete'
          ? whole.xml
              .replace(/<(\/?)w:t(?=[\s/>])/g, '<$1w:delText')
              .replace(/<(\/?)w:instrText(?=[\s/>])/g, '<$1w:delInstrText')
          : whole.xml;
      out += `<${MARK[change]}>${run}</${MARK[change]}>`;
      i = whole.end - 1;
      continue;
    }
    if (token.name === 'w:p' && token.kind !== 'close' && !inside('w:tc')) {
      const paragraph = takeElement(list, i);
      out += markParagraph(paragraph.xml, change, mark);
      i = paragraph.end - 1;
      continue;
    }
    if (token.name === 'w:tr' && token.kind === 'open') {
      out += token.raw;
      stack.push('w:tr');
      // w:trPr follows an optional w:tblPrEx; its w:ins/w:del go after its other children.
      let j = i + 1;
      if (list[j]?.name === 'w:tblPrEx') {
        const prEx = takeElement(list, j);
        out += prEx.xml;
        j = prEx.end;
      }
      const next = list[j];
      if (next?.name === 'w:trPr') {
        const trPr = takeElement(list, j);
        out += /<w:(ins|del)(?=[\s/>])/.test(trPr.xml)
          ? trPr.xml
          : trPr.xml.endsWith('/>')
            ? `<w:trPr>${mark}</w:trPr>`
            : trPr.xml.replace(/<\/w:trPr>$/, `${mark}</w:trPr>`);
        j = trPr.end;
      } else {
        out += `<w:trPr>${mark}</w:trPr>`;
      }
      i = j - 1;
      continue;
    }
    out += token.raw;
    if (token.kind === 'open' && token.name) stack.push(token.name);
    else if (token.kind === 'close') stack.pop();
  }
  return out;
}

/** The element starting at token `start` (its XML, and the index after it). */
function takeElement(list: readonly Token[], start: number): { xml: string; end: number } {
  const name = list[start]!.name;
  let depth = 0;
  let end = start;
  do {
    const t = list[end]!;
    if (t.name === name) depth += t.kind === 'open' ? 1 : t.kind === 'close' ? -1 : 0;
    end++;
  } while (depth > 0 && end < list.length);
  return {
    xml: list
      .slice(start, end)
      .map((t) => t.raw)
      .join(''),
    end,
  };
}

/** A body paragraph: its runs wrapped, and its mark marked unless it carries a section break. */
function markParagraph(xml: string, change: BlockChange, mark: string): string {
  if (/^<w:p(\s[^>]*)?\/>$/.test(xml))
    return xml.replace(/\/>$/, `><w:pPr><w:rPr>${mark}</w:rPr></w:pPr></w:p>`);
  const open = /^<w:p(\s[^>]*)?>/.exec(xml)![0];
  let rest = xml.slice(open.length, -'</w:p>'.length);
  let pPr = '';
  const found = /^<w:pPr(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/w:pPr>)/.exec(rest);
  if (found) {
    pPr = found[0];
    rest = rest.slice(pPr.length);
  }
  const content =
    rest === '' ? '' : markElement(`<w:gw>${rest}</w:gw>`, change).slice('<w:gw>'.length, -'</w:gw>'.length);
  if (!/<w:sectPr(?=[\s/>])/.test(pPr)) pPr = markParagraphMark(pPr, mark);
  return `${open}${pPr}${content}</w:p>`;
}

/** w:pPr with the paragraph mark's w:ins/w:del, first in its w:rPr (CT_ParaRPr). */
function markParagraphMark(pPr: string, mark: string): string {
  if (pPr === '' || /^<w:pPr(\s[^>]*)?\/>$/.test(pPr)) return `<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`;
  if (/<w:rPr\/>/.test(pPr)) return pPr.replace(/<w:rPr\/>/, `<w:rPr>${mark}</w:rPr>`);
  if (/<w:rPr>/.test(pPr)) return pPr.replace(/<w:rPr>/, `<w:rPr>${mark}`);
  return pPr.replace(/<\/w:pPr>$/, `<w:rPr>${mark}</w:rPr></w:pPr>`);
}

/**
 * A removed floating table (the 版记, anchored at the foot of the page) is set in the text flow,
 * where it was: in place it would cover the new one, anchored at the same spot.
 */
const inFlow = (element: string, change: BlockChange): string =>
  change === 'delete' && element.startsWith('<w:tbl')
    ? element.replace(/<w:tblpPr(?:\s[^>]*)?\/>/, '')
    : element;

const escapeAttribute = (value: string): string =>
  value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * document.xml with the marked blocks' elements marked and every change signed. `elementCount` is
 * the number of top-level elements the writer printed (a check that the body is laid out as it
 * thinks: one element per printed paragraph or table, then the final w:sectPr).
 */
export function markRevisions(
  documentXml: string,
  ranges: readonly MarkedRange[],
  revision: Revision,
  elementCount: number,
): string {
  const open = documentXml.indexOf('<w:body>');
  const close = documentXml.lastIndexOf('</w:body>');
  if (open < 0 || close < 0) throw new Error('revisions: no w:body in document.xml');
  const elements = topLevel(documentXml.slice(open + '<w:body>'.length, close));
  if (elements.length !== elementCount + 1 || !elements.at(-1)!.startsWith('<w:sectPr'))
    throw new Error(
      `revisions: ${elements.length} body elements where ${elementCount} + w:sectPr were printed`,
    );
  for (const range of ranges)
    for (let i = range.start; i < range.end; i++)
      elements[i] = markElement(inFlow(elements[i]!, range.change), range.change);
  const xml = `${documentXml.slice(0, open)}<w:body>${elements.join('')}${documentXml.slice(close)}`;
  return signChanges(xml, revision);
}

/** Every w:ins and w:del with the revision's author and date and an id of its own. */
function signChanges(xml: string, revision: Revision): string {
  const revisionTag = /<w:(ins|del)(?=[\s/>])[^>]*?(\/?)>/g;
  let id = 0;
  for (const match of xml.replace(revisionTag, '').matchAll(/\sw:id="(\d+)"/g))
    id = Math.max(id, Number(match[1]));
  const author = escapeAttribute(revision.author);
  const date = escapeAttribute(revision.date);
  return xml.replace(
    revisionTag,
    (_, name: string, empty: string) =>
      `<w:${name} w:id="${++id}" w:author="${author}" w:date="${date}"${empty}>`,
  );
}

// --- what the writer needs to know about the tree ---------------------------------------------

const inlinesMarked = (inlines: readonly Inline[]): boolean =>
  inlines.some(
    (node) =>
      node.type === 'insert' ||
      node.type === 'delete' ||
      ((node.type === 'strong' || node.type === 'emphasis') && inlinesMarked(node.children)),
  );

function blockMarked(block: Block): boolean {
  if (block.change !== undefined) return true;
  switch (block.type) {
    case 'paragraph':
      return inlinesMarked(block.children);
    case 'heading':
      return block.oldLabel !== undefined || inlinesMarked(block.title) || inlinesMarked(block.body);
    case 'table':
      return (
        (block.rowChanges ?? []).some((c) => c !== null) ||
        [block.header, ...block.rows].some((row) => row.some((cell) => inlinesMarked(cell.children)))
      );
    default:
      return false;
  }
}

/** Whether the tree carries any revision mark (only then is document.xml rewritten). */
export const hasRevisionMarks = (tree: DocumentTree): boolean => tree.children.some(blockMarked);
