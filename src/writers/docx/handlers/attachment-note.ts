/**
 * 附件说明 (7.3.4): 正文下空一行左空二字 "附件：1. 名称"; wrapped lines align with the name's first
 * character. Hanging indents put the wrapped lines there and a tab stop at the same place carries
 * the first line's name to it, so the alignment does not depend on how wide "1." renders.
 */
import { AlignmentType, TabStopType } from 'docx';
import type { AttachmentNote } from '../../../tree/types.js';
import { attachmentNote as spec, blankLines as blank } from '../../../style/gbt9704.js';
import { body, run } from '../inline.js';
import { chars } from '../measure.js';
import { blankLines, keepsWithFollowing, paragraph, type DocxState, type FileChild } from '../state.js';

const LABEL = '附件：';

export function attachmentNote(state: DocxState, node: AttachmentNote): FileChild[] {
  if (node.titles.length === 0) return [];
  const single = node.titles.length === 1;
  const numberChars = single ? 0 : node.titles.length >= 10 ? spec.wideNumberChars : spec.numberChars;
  const nameAt = chars(spec.indentChars + spec.labelChars + numberChars);
  const labelAt = chars(spec.indentChars);
  const numberAt = chars(spec.indentChars + spec.labelChars);
  const out: FileChild[] = [...blankLines(state, blank.attachmentNote)];
  node.titles.forEach((name, i) => {
    const start = i === 0 ? labelAt : numberAt;
    const head = i === 0 ? LABEL : '';
    const number = single ? '' : `${i + 1}.`;
    out.push(
      paragraph(state, {
        alignment: AlignmentType.LEFT,
        ...keepsWithFollowing(state),
        indent: { left: nameAt, hanging: nameAt - start, firstLineChars: 0 },
        tabStops: [{ type: TabStopType.LEFT, position: nameAt }],
        children: [run(`${head}${number}\t${name}`, body)],
      }),
    );
  });
  return out;
}
