/** 附注 (7.3.6): "（…）" 居左空二字 on the line after the date. */
import type { Note } from '../../../tree/types.js';
import { escapeHtml } from '../escape.js';
import { block, type HtmlState } from '../state.js';

export function note(state: HtmlState, node: Note): string {
  return block(state, { className: 'gw-p' }, escapeHtml(`（${node.text}）`));
}
