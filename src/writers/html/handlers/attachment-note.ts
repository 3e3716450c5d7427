/**
 * 附件说明 (7.3.4): 正文下空一行左空二字 "附件：1. 名称"; wrapped lines align with the name's first
 * character: a hanging indent to the name, and the label and number in a box of the hang's width
 * (the DOCX writer's tab stop).
 */
import type { AttachmentNote } from '../../../tree/types.js';
import { attachmentNote as spec, blankLines as blank, charPx } from '../../../style/gbt9704.js';
import { escapeHtml } from '../escape.js';
import { block, cssValue, keepsWithFollowing, type HtmlState } from '../state.js';

const LABEL = '附件：';

export function attachmentNote(state: HtmlState, node: AttachmentNote): string {
  if (node.titles.length === 0) return '';
  const single = node.titles.length === 1;
  const numberChars = single ? 0 : node.titles.length >= 10 ? spec.wideNumberChars : spec.numberChars;
  const nameAt = (spec.indentChars + spec.labelChars + numberChars) * charPx;
  const out: string[] = [];
  node.titles.forEach((name, i) => {
    const start = (i === 0 ? spec.indentChars : spec.indentChars + spec.labelChars) * charPx;
    const head = (i === 0 ? LABEL : '') + (single ? '' : `${i + 1}.`);
    const box = `<span style="display:inline-block;text-indent:0;width:${cssValue(nameAt - start)}">${escapeHtml(head)}</span>`;
    out.push(
      block(
        state,
        {
          className: 'gw-align-left',
          blankLinesBefore: i === 0 ? blank.attachmentNote : 0,
          keepNext: keepsWithFollowing(state),
          style: { 'padding-left': nameAt, 'text-indent': start - nameAt },
        },
        box + escapeHtml(name),
      ),
    );
  });
  return out.join('\n');
}
