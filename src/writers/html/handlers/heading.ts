/**
 * Structural levels (7.3.3): 一、黑体；（一）楷体；1.（1）① 仿宋, indented 2 字 like the body. A run-in
 * heading continues in 仿宋 in the same paragraph; a standalone one keeps with the next block.
 */
import type { Heading } from '../../../tree/types.js';
import { headingFont } from '../../../style/gbt9704.js';
import { escapeHtml } from '../escape.js';
import { inlines } from '../inline.js';
import { block, keepsWithFollowing, type HtmlState } from '../state.js';

export function heading(state: HtmlState, node: Heading): string {
  const role = headingFont[node.depth];
  // ① (U+2460) takes the Chinese font, as in the DOCX writer, without a gw-<role>-only span: gw-latin
  // covers U+0020-00FF only. A span whose first font differs from the paragraph's sits on another
  // baseline and makes its line taller than the pitch.
  // A redline's renumbered heading (issue 6): the old label struck out before the new one.
  const label =
    node.oldLabel !== undefined
      ? inlines([
          { type: 'delete', children: [{ type: 'text', value: node.oldLabel }] },
          { type: 'insert', children: [{ type: 'text', value: node.label }] },
        ])
      : escapeHtml(node.label);
  const head =
    `<span class="gw-${role}">${label}</span>` + `<span class="gw-${role}">${inlines(node.title)}</span>`;
  if (node.form === 'standalone') {
    return block(state, { tag: 'h2', className: 'gw-p', keepNext: true }, head);
  }
  return block(state, { className: 'gw-p', keepNext: keepsWithFollowing(state) }, head + inlines(node.body));
}
