/** 正文 (7.3.3): 3号仿宋, 左空二字 and justified unless the node says otherwise. */
import type { Paragraph } from '../../../tree/types.js';
import { inlines } from '../inline.js';
import { block, keepsWithFollowing, type HtmlState } from '../state.js';

export function paragraph(state: HtmlState, node: Paragraph): string {
  const indent = node.indent === 'none' ? 'gw-flush' : 'gw-p';
  const align = node.align === 'justify' ? '' : ` gw-align-${node.align}`;
  return block(
    state,
    { className: indent + align, keepNext: keepsWithFollowing(state) },
    inlines(node.children),
  );
}
