/**
 * Two versions of a document's blocks as one sequence with the differences marked. Blocks of equal
 * type and words are anchors (the headings' labels left out, so that a renumbered heading is the
 * same heading); between anchors, paragraphs, headings and tables of one type are paired by
 * similarity and redlined word by word (tables row by row); every other block — a title, the 主送,
 * the 署名, whose content is plain strings — is the same only when equal, else the old one is
 * removed and the new one added. Removed blocks stand where they stood in the old version.
 */
import { isDeepStrictEqual } from 'node:util';
import { plainText } from '../tree/inlines.js';
import type { Block } from '../tree/types.js';
import { align } from './align.js';
import { MIN_SIMILARITY, similarity } from './similarity.js';
import { redlineTable, tablesPair } from './table.js';
import { blockText } from './text.js';
import { diffInlines } from './words.js';

/** A block without its revision fields: its content in one version. */
function content(block: Block): Block {
  const { change: _change, ...rest } = block;
  void _change;
  return rest as Block;
}

function key(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `paragraph\u0000${plainText(block.children)}`;
    case 'heading':
      return `heading\u0000${plainText(block.title)}\u0000${plainText(block.body)}`;
    case 'table':
      return `table\u0000${blockText(block)}`;
    default:
      return `${block.type}\u0000${JSON.stringify(content(block))}`;
  }
}

/** Words without a heading's label: what makes two headings the same heading. */
const headingWords = (block: Block & { type: 'heading' }) =>
  `${plainText(block.title)}\n${plainText(block.body)}`;

function score(old: Block, next: Block): number | undefined {
  if (old.type === 'paragraph' && next.type === 'paragraph') {
    return atLeast(similarity(plainText(old.children), plainText(next.children)));
  }
  if (old.type === 'heading' && next.type === 'heading') {
    return atLeast(similarity(headingWords(old), headingWords(next)));
  }
  if (old.type === 'table' && next.type === 'table' && tablesPair(old, next)) {
    // The same header is the same table, whatever happened to its rows.
    const s = similarity(blockText(old), blockText(next));
    return isDeepStrictEqual(old.header, next.header) ? 1 + s : atLeast(s);
  }
  return undefined;
}

const atLeast = (s: number): number | undefined => (s >= MIN_SIMILARITY ? s : undefined);

/** A paired block: the new one, with what changed since the old one marked. */
function redlineBlock(old: Block, next: Block): Block {
  if (old.type === 'paragraph' && next.type === 'paragraph') {
    return { ...next, children: diffInlines(old.children, next.children) };
  }
  if (old.type === 'heading' && next.type === 'heading') {
    const { oldLabel: _oldLabel, ...heading } = next;
    void _oldLabel;
    return {
      ...heading,
      ...(old.label !== next.label ? { oldLabel: old.label } : {}),
      title: diffInlines(old.title, next.title),
      body: diffInlines(old.body, next.body),
    };
  }
  if (old.type === 'table' && next.type === 'table') return redlineTable(old, next);
  // Paired only when equal (key): nothing to mark.
  return content(next);
}

export function redlineBlocks(old: readonly Block[], next: readonly Block[]): Block[] {
  return align(old.map(content), next.map(content), { key, score }).map((step): Block => {
    switch (step.op) {
      case 'pair':
        return redlineBlock(step.old, step.new);
      case 'delete':
        return { ...step.old, change: 'delete' };
      case 'insert':
        return { ...step.new, change: 'insert' };
    }
  });
}
