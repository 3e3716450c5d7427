/** 份号, 密级和保密期限, 紧急程度 (7.2.1–7.2.3): 顶格 at the top left of page 1, one per line. */
import type { HeaderFields } from '../../../tree/types.js';
import { escapeHtml } from '../escape.js';
import { block, type HtmlState } from '../state.js';

export function headerFields(state: HtmlState, node: HeaderFields): string {
  // 7.2.1: 份号 in 仿宋 (practice); 7.2.2–7.2.3: 密级 (with its period's digits) and 紧急程度 in 黑体.
  // The font is the paragraph's own, not a span's: a span whose first font differs from the
  // paragraph's (gw-heiti-only inside gw-latin) is aligned on another baseline and makes the line
  // taller than the pitch, which would push the red header below its 35 mm.
  const lines: [string | undefined, string][] = [
    [node.copyNumber, 'gw-fangsong'],
    [node.secrecy, 'gw-heiti-only'],
    [node.urgency, 'gw-heiti-only'],
  ];
  const out: string[] = [];
  for (const [text, font] of lines) {
    if (!text) continue;
    out.push(block(state, { className: `gw-flush gw-align-left ${font}` }, escapeHtml(text)));
  }
  state.linesAboveHeader += out.length;
  return out.join('\n');
}
