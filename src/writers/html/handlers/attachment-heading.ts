/**
 * 附件 page head (7.3.7): a new page; "附件N" in 3号黑体 顶格 on line 1; the title (practice: 2号小标宋)
 * centred on line 3; a blank line before the attachment's text ([C2]).
 */
import type { AttachmentHeading } from '../../../tree/types.js';
import { attachment as spec } from '../../../style/gbt9704.js';
import { escapeHtml } from '../escape.js';
import { blankLines, block, type HtmlState } from '../state.js';
import { titleLines } from './title.js';

export function attachmentHeading(state: HtmlState, node: AttachmentHeading): string {
  state.breakPending = true;
  const label = block(state, { className: 'gw-attachment-label', keepNext: true }, escapeHtml(node.label));
  if (node.lines.length === 0) {
    return `${label}\n${blankLines(state, spec.blankLinesBeforeTitle)}`;
  }
  const title = block(
    state,
    { tag: 'h1', className: 'gw-title', blankLinesBefore: spec.blankLinesBeforeTitle },
    titleLines(node.lines),
  );
  return `${label}\n${title}\n${blankLines(state, spec.blankLinesAfterTitle)}`;
}
