/** The next block starts a new page (the scheme after its notice). */
import type { PageBreak } from '../../../tree/types.js';
import type { HtmlState } from '../state.js';

export function pageBreak(state: HtmlState, _node: PageBreak): string {
  state.breakPending = true;
  return '';
}
