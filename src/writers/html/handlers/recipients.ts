/** 主送机关 (7.3.2): 标题下空一行, 顶格 (wrapped lines too), ending with a full-width colon. */
import type { Recipients } from '../../../tree/types.js';
import { blankLines as blank } from '../../../style/gbt9704.js';
import { escapeHtml } from '../escape.js';
import { block, type HtmlState } from '../state.js';

export function recipients(state: HtmlState, node: Recipients): string {
  return block(state, { className: 'gw-flush', blankLinesBefore: blank.recipients }, escapeHtml(node.text));
}
