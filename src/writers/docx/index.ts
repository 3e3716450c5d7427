/**
 * writeDocx: a document tree to the bytes of a GB/T 9704 DOCX. The tree is printed block by block
 * by the handlers (handlers/index.ts) into one A4 section; the packed file is then normalised so
 * the same tree always gives the same bytes.
 */
import { Document, LineRuleType, Packer, Paragraph } from 'docx';
import type { DocumentTree } from '../../tree/types.js';
import { one } from './handlers/index.js';
import { documentInstant } from '../layout/instant.js';
import { normalizeDocx } from './normalize.js';
import { createFooters, landscapeSectionProperties, sectionProperties } from './page.js';
import { landscapeBlocks } from '../layout/landscape.js';
import { sanitizeTree } from '../layout/sanitize.js';
import { createState, type FileChild } from './state.js';
import { OFF_GRID, stylesXml } from './styles.js';

/** A one-twip paragraph ending a landscape section (a section must end with a paragraph), adding no page. */
function anchorParagraph(): Paragraph {
  return new Paragraph({ style: OFF_GRID, spacing: { line: 20, lineRule: LineRuleType.EXACT } });
}

export async function writeDocx(input: DocumentTree): Promise<Uint8Array> {
  const tree = sanitizeTree(input);
  const state = createState(tree);
  // Landscape runs (a wide table, or an attachment holding one) are sections of their own, between
  // portrait ones: each section break starts a page.
  const landscape = landscapeBlocks(tree.children);
  const sections: { landscape: boolean; children: FileChild[] }[] = [{ landscape: false, children: [] }];
  tree.children.forEach((block, i) => {
    state.next = tree.children[i + 1];
    if (landscape[i] !== sections.at(-1)!.landscape) {
      if (!landscape[i]) {
        sections.at(-1)!.children.push(anchorParagraph());
        state.sectionStart = true;
      }
      sections.push({ landscape: landscape[i]!, children: [] });
      // The section break is the page break: a pending one is spent.
      if (landscape[i]) state.breakPending = false;
      if (landscape[i]) state.sectionStart = true;
    }
    sections.at(-1)!.children.push(...one(state, block));
    state.previous = block;
  });
  const used = sections.filter((section, i) => i === 0 || section.children.length > 0);
  for (const section of used) {
    // Word repairs (and asks about) a section that ends with a table: end with a paragraph.
    if (!(section.children.at(-1) instanceof Paragraph)) section.children.push(new Paragraph({}));
  }
  const doc = new Document({
    title: tree.meta.title,
    creator: tree.meta.author,
    lastModifiedBy: tree.meta.author,
    revision: 1,
    externalStyles: stylesXml,
    evenAndOddHeaderAndFooters: true,
    sections: used.map((section) => ({
      properties: section.landscape ? landscapeSectionProperties : sectionProperties,
      footers: createFooters(),
      children: section.children,
    })),
  });
  const packed = await Packer.toBuffer(doc);
  return normalizeDocx(new Uint8Array(packed), documentInstant(tree.meta.date));
}
