/** 正文 (7.3.3): 3号仿宋, 左空二字 and justified by the Normal style unless the node says otherwise. */
import { AlignmentType } from 'docx';
import type { Paragraph } from '../../../tree/types.js';
import { body, runs } from '../inline.js';
import { keepsWithFollowing, noIndent, paragraph as make, type DocxState, type FileChild } from '../state.js';

const ALIGN = {
  justify: AlignmentType.BOTH,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

export function paragraph(state: DocxState, node: Paragraph): FileChild[] {
  return [
    make(state, {
      alignment: ALIGN[node.align],
      ...keepsWithFollowing(state),
      ...(node.indent === 'none' ? { indent: noIndent } : {}),
      children: runs(node.children, body),
    }),
  ];
}
