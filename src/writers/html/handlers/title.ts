/** 标题 (7.3.1): 2号小标宋, centred, lines as split by the composer; 红色分隔线下空二行. */
import type { Title } from '../../../tree/types.js';
import { title as spec, titleBlankLinesAfter } from '../../../style/gbt9704.js';
import { escapeHtml } from '../escape.js';
import { blankLines, block, type HtmlState } from '../state.js';

export const titleLines = (lines: readonly string[]): string => lines.map(escapeHtml).join('<br>');

export function title(state: HtmlState, node: Title): string {
  // The two blank lines are measured from the separator; elsewhere the title starts its page.
  const before = state.previous?.type === 'docNumber' ? spec.blankLinesBefore : 0;
  const html = block(
    state,
    { tag: 'h1', className: 'gw-title', blankLinesBefore: before },
    titleLines(node.lines),
  );
  // The blank line after the title is the next block's (主送机关 has its own).
  const after = state.next && state.next.type !== 'recipients' ? titleBlankLinesAfter : 0;
  return after ? `${html}\n${blankLines(state, after, true)}` : html;
}
