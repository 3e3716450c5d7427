/**
 * writeDocx: a document tree to the bytes of a GB/T 9704 DOCX. The tree is printed block by block
 * by the handlers (handlers/index.ts) into one A4 section; the packed file is then normalised so
 * the same tree always gives the same bytes.
 */
import { Document, Packer, Paragraph } from 'docx';
import type { DocumentTree } from '../../tree/types.js';
import { one } from './handlers/index.js';
import { documentInstant } from '../layout/instant.js';
import { normalizeDocx } from './normalize.js';
import { createFooters, sectionProperties } from './page.js';
import { sanitizeTree } from '../layout/sanitize.js';
import { createState, type FileChild } from './state.js';
import { stylesXml } from './styles.js';

export async function writeDocx(input: DocumentTree): Promise<Uint8Array> {
  const tree = sanitizeTree(input);
  const state = createState(tree);
  const children: FileChild[] = [];
  tree.children.forEach((block, i) => {
    state.next = tree.children[i + 1];
    children.push(...one(state, block));
    state.previous = block;
  });
  // Word repairs (and asks about) a body that ends with a table: end with a paragraph.
  if (!(children.at(-1) instanceof Paragraph)) children.push(new Paragraph({}));
  const doc = new Document({
    title: tree.meta.title,
    creator: tree.meta.author,
    lastModifiedBy: tree.meta.author,
    revision: 1,
    externalStyles: stylesXml,
    evenAndOddHeaderAndFooters: true,
    sections: [{ properties: sectionProperties, footers: createFooters(), children }],
  });
  const packed = await Packer.toBuffer(doc);
  return normalizeDocx(new Uint8Array(packed), documentInstant(tree.meta.date));
}
