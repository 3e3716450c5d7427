/**
 * Which blocks are set on landscape pages. A table too wide for the type area is landscape
 * (markdown/blocks.ts decides); an attachment holding one is landscape as a whole — its label,
 * title, notes and table on the same turned pages, as offices print such 附表 — and elsewhere the
 * table alone is. Both writers break pages around each run of landscape blocks.
 */
import type { Block } from '../../tree/types.js';

const isWide = (block: Block): boolean => block.type === 'table' && block.landscape === true;

/** Ends an attachment's reach: the next attachment, a forced page break, or the 版记. */
const endsAttachment = (block: Block): boolean =>
  block.type === 'attachmentHeading' || block.type === 'pageBreak' || block.type === 'colophon';

export function landscapeBlocks(blocks: readonly Block[]): boolean[] {
  const out = blocks.map(isWide);
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
