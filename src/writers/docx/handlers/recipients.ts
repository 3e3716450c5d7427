/** 主送机关 (7.3.2): 标题下空一行, 顶格 (wrapped lines too), ending with a full-width colon. */
import { AlignmentType } from 'docx';
import type { Recipients } from '../../../tree/types.js';
import { blankLines as blank } from '../../../style/gbt9704.js';
import { body, run } from '../inline.js';
import { blankLines, noIndent, paragraph, type DocxState, type FileChild } from '../state.js';

export function recipients(state: DocxState, node: Recipients): FileChild[] {
  return [
    ...blankLines(state, blank.recipients),
    paragraph(state, { alignment: AlignmentType.BOTH, indent: noIndent, children: [run(node.text, body)] }),
  ];
}
