/**
 * Inline content: strong is bold; emphasis is the CJK dot mark (着重号), not italics, as in DOCX;
 * a redline's insertions and deletions are <ins> and <del>.
 */
import type { Inline } from '../../tree/types.js';
import { escapeHtml } from './escape.js';

export function inlines(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.value);
        case 'break':
          return '<br>';
        case 'strong':
          return `<strong>${inlines(node.children)}</strong>`;
        case 'emphasis':
          return `<em class="gw-dot">${inlines(node.children)}</em>`;
        // Revision marks (issue 6): underlined and struck through in colour (css.ts).
        case 'insert':
          return `<ins class="gw-ins">${inlines(node.children)}</ins>`;
        case 'delete':
          return `<del class="gw-del">${inlines(node.children)}</del>`;
        default:
          // A tree read from JSON can carry an inline type this version does not know: refuse it
          // rather than drop its text, as handlers/index.ts does for blocks.
          throw new TypeError(
            `writeHtml: no handler for inline type ${JSON.stringify((node as { type: unknown }).type)}`,
          );
      }
    })
    .join('');
}

/** Plain text in a span of one font role (class gw-<role>), escaped. */
export const span = (className: string, text: string): string =>
  `<span class="${className}">${escapeHtml(text)}</span>`;
