/** 附注 (7.3.6): "（…）" 居左空二字 on the line after the date, i.e. the Normal first-line indent. */
import { AlignmentType } from 'docx';
import type { Note } from '../../../tree/types.js';
import { body, run } from '../inline.js';
import { paragraph, type DocxState, type FileChild } from '../state.js';

export function note(state: DocxState, node: Note): FileChild[] {
  return [paragraph(state, { alignment: AlignmentType.BOTH, children: [run(`（${node.text}）`, body)] })];
}
