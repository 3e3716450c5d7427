/**
 * Which blocks are set on landscape pages. A table too wide for the type area is landscape
 * (markdown/blocks.ts decides); an attachment holding one is landscape as a whole — its label,
 * title, notes and table on the same turned pages, as offices print such 附表 — and elsewhere the
 * table alone is. A document that is its title, a few lines and then such a table (a 台账) is
 * landscape from its first page. Both writers break pages around each run of landscape blocks.
 */
import type { Block } from '../../tree/types.js';

const isWide = (block: Block): boolean => block.type === 'table' && block.landscape === true;

/** Ends an attachment's reach: the next attachment, a forced page break, or the 版记. */
const endsAttachment = (block: Block): boolean =>
  block.type === 'attachmentHeading' || block.type === 'pageBreak' || block.type === 'colophon';

/** Blocks that may head a landscape document: its title and the lines under it (截至……). */
const heads = (block: Block): boolean => block.type === 'title' || block.type === 'paragraph';

export function landscapeBlocks(blocks: readonly Block[]): boolean[] {
  const out = blocks.map(isWide);
  const first = blocks.findIndex((block) => !heads(block));
  if (blocks[0]?.type === 'title' && first > 0 && isWide(blocks[first]!)) out.fill(true, 0, first);
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.type !== 'attachmentHeading') continue;
    let end = i + 1;
    while (end < blocks.length && !endsAttachment(blocks[end]!)) end++;
    if (blocks.slice(i, end).some(isWide)) out.fill(true, i, end);
  }
  return out;
}

/** Runs of landscape blocks: [start, end) index pairs. */
export function landscapeRuns(blocks: readonly Block[]): [number, number][] {
  const flags = landscapeBlocks(blocks);
  const runs: [number, number][] = [];
  flags.forEach((flag, i) => {
    if (!flag) return;
    const last = runs.at(-1);
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  });
  return runs;
}
