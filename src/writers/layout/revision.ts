/**
 * Redline documents (issue 6) in both writers: a block the revision removes is printed, marked, but
 * its neighbours are laid out as in the new version — what precedes it keeps with what follows it
 * (a 署名), and the writers restore their state after printing it, so that a pending page break, the
 * top of a section or the 版头's line count is still there for the next block. Accepting every
 * change then leaves the new version's layout, and rejecting every change the old one's.
 */
import type { Block } from '../../tree/types.js';

/** For each block, the next block that is not removed. */
export function shownNeighbours(blocks: readonly Block[]): { next: (Block | undefined)[] } {
  const next: (Block | undefined)[] = new Array<Block | undefined>(blocks.length);
  let following: Block | undefined;
  for (let i = blocks.length - 1; i >= 0; i--) {
    next[i] = following;
    if (blocks[i]!.change !== 'delete') following = blocks[i];
  }
  return { next };
}
