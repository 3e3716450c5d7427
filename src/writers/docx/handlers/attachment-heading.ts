/**
 * 附件 page head (7.3.7): 另面编排; "附件N" in 3号黑体 顶格 on line 1; the title (practice: 2号小标宋)
 * centred on line 3; a blank line before the attachment's text ([C2]).
 */
import { AlignmentType } from 'docx';
import type { AttachmentHeading } from '../../../tree/types.js';
import { attachment as spec, fonts, size } from '../../../style/gbt9704.js';
import { run } from '../inline.js';
import { blankLines, noIndent, paragraph, type DocxState, type FileChild } from '../state.js';
import { titleParagraph } from './title.js';

export function attachmentHeading(state: DocxState, node: AttachmentHeading): FileChild[] {
  // A landscape attachment starts a section, which starts the page.
  if (!state.sectionStart) state.breakPending = true;
  const label = paragraph(state, {
    alignment: AlignmentType.LEFT,
    indent: noIndent,
    keepNext: true,
    // 7.3.7: "附件" and its number are both 黑体, so the digits do not take the Latin font.
    children: [run(node.label, { role: spec.labelFont, sizePt: size.sanhao, latin: fonts[spec.labelFont] })],
  });
  const blanksBefore = blankLines(state, spec.blankLinesBeforeTitle);
  if (node.lines.length === 0) return [label, ...blanksBefore];
  return [
    label,
    ...blanksBefore,
    titleParagraph(state, node.lines),
    ...blankLines(state, spec.blankLinesAfterTitle),
  ];
}
