/** A new page for the next block, as pageBreakBefore on its first paragraph (no empty line left behind). */
import type { PageBreak } from '../../../tree/types.js';
import type { DocxState, FileChild } from '../state.js';

export function pageBreak(state: DocxState, _node: PageBreak): FileChild[] {
  state.breakPending = true;
  return [];
}
