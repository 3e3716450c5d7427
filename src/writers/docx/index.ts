/**
 * writeDocx: a document tree to the bytes of a GB/T 9704 DOCX. The tree is printed block by block
 * by the handlers (handlers/index.ts) into A4 sections, turned ones for wide tables
 * (layout/landscape.ts); the packed file is then normalised so the same tree always gives the same
 * bytes.
 */
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { BlockChange, DocumentTree } from '../../tree/types.js';
import { one } from './handlers/index.js';
import { documentInstant } from '../layout/instant.js';
import { normalizeDocx } from './normalize.js';
import {
  blankFooters,
  blankHeaders,
  createFooters,
  hairline,
  landscapeSectionProperties,
  sectionProperties,
} from './page.js';
import { landscapeHeaders } from './landscape-number.js';
import { landscapeBlocks } from '../layout/landscape.js';
import { sanitizeTree } from '../layout/sanitize.js';
import { shownNeighbours } from '../layout/revision.js';
import { hasRevisionMarks, markRevisions } from './revisions.js';
import { createState, type FileChild } from './state.js';
import { stylesXml } from './styles.js';

export async function writeDocx(input: DocumentTree): Promise<Uint8Array> {
  const tree = sanitizeTree(input);
  const state = createState(tree);
  // Landscape runs (a wide table, or an attachment holding one) are sections of their own, between
  // portrait ones: each section break starts a page.
  const landscape = landscapeBlocks(tree.children);
  const sections: { landscape: boolean; children: FileChild[] }[] = [{ landscape: false, children: [] }];
  // Blocks a redline removes are printed (marked) but leave the state as the new version has it.
  const shown = shownNeighbours(tree.children);
  const marked: { child: FileChild; change: BlockChange }[] = [];
  tree.children.forEach((block, i) => {
    state.next = shown.next[i];
    if (landscape[i] !== sections.at(-1)!.landscape) {
      if (!landscape[i]) {
        // A section must end with a paragraph: a hairline one ends the landscape run, adding no page.
        sections.at(-1)!.children.push(hairline());
        state.sectionStart = true;
      }
      sections.push({ landscape: landscape[i]!, children: [] });
      // LibreOffice anchors a floating table (the 版记) that opens a section to the previous
      // section's last page: a hairline paragraph first keeps it on the new, portrait, page.
      if (!landscape[i] && block.type === 'colophon') sections.at(-1)!.children.push(hairline());
      // The section break is the page break: a pending one is spent.
      if (landscape[i]) state.breakPending = false;
      if (landscape[i]) state.sectionStart = true;
    }
    const saved = block.change === 'delete' ? { ...state } : undefined;
    const printed = one(state, block);
    sections.at(-1)!.children.push(...printed);
    if (block.change) marked.push(...printed.map((child) => ({ child, change: block.change! })));
    state.previous = block;
    if (saved) Object.assign(state, saved);
  });
  // The opening portrait section is empty when the document starts landscape (landscape.ts).
  const used = sections.filter((section) => section.children.length > 0 || sections.length === 1);
  for (const section of used) {
    // Word repairs (and asks about) a section that ends with a table: end with a paragraph.
    // A hairline one: a full empty line after a table that ends at the page foot makes a blank page.
    if (!(section.children.at(-1) instanceof Paragraph)) section.children.push(hairline());
  }
  const doc = new Document({
    title: tree.meta.title,
    creator: tree.meta.author,
    lastModifiedBy: tree.meta.author,
    revision: 1,
    externalStyles: stylesXml,
    evenAndOddHeaderAndFooters: true,
    sections: used.map((section, i) => ({
      properties: section.landscape ? landscapeSectionProperties : sectionProperties,
      // GB/T 9704 8: a landscape page's number is in its header (landscape-number.ts). Word carries a
      // section's headers and footers on into the next section that has none of its own, so the
      // landscape footers are blank, and so are the headers of portrait sections after landscape ones.
      ...(section.landscape
        ? { headers: landscapeHeaders(), footers: blankFooters() }
        : {
            ...(used.slice(0, i).some((s) => s.landscape) ? { headers: blankHeaders() } : {}),
            footers: createFooters(),
          }),
      children: section.children,
    })),
  });
  const packed = new Uint8Array(await Packer.toBuffer(doc));
  const instant = documentInstant(tree.meta.date);
  if (!hasRevisionMarks(tree)) return normalizeDocx(packed, instant);
  // Tracked changes (issue 6): whole blocks marked and every change signed (revisions.ts).
  const order = new Map(used.flatMap((section) => section.children).map((child, i) => [child, i]));
  const ranges = marked.map(({ child, change }) => {
    const at = order.get(child)!;
    return { start: at, end: at + 1, change };
  });
  const revision = tree.revision ?? {
    author: tree.meta.author,
    date: instant.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  return normalizeDocx(
    withDocumentXml(packed, (xml) => markRevisions(xml, ranges, revision, order.size)),
    instant,
  );
}

/** The package with word/document.xml rewritten, its entries in their order. */
function withDocumentXml(packed: Uint8Array, rewrite: (xml: string) => string): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(packed)))
    files[name] = name === 'word/document.xml' ? strToU8(rewrite(strFromU8(data))) : data;
  return zipSync(files);
}
