/** 份号, 密级和保密期限, 紧急程度 (7.2.1–7.2.3): 顶格 at the top left of page 1, one per line. */
import { AlignmentType } from 'docx';
import type { HeaderFields } from '../../../tree/types.js';
import { fonts, size } from '../../../style/gbt9704.js';
import { run, type RunStyle } from '../inline.js';
import { noIndent, paragraph, type DocxState, type FileChild } from '../state.js';

export function headerFields(state: DocxState, node: HeaderFields): FileChild[] {
  // 7.2.1: 份号 is digits (仿宋 in practice); 7.2.2–7.2.3: 密级 (with its period's digits) and
  // 紧急程度 wholly in 黑体.
  const heiti: RunStyle = { role: 'heiti', sizePt: size.sanhao, latin: fonts.heiti };
  const lines: [string | undefined, RunStyle][] = [
    [node.copyNumber, { role: 'fangsong', sizePt: size.sanhao }],
    [node.secrecy, heiti],
    [node.urgency, heiti],
  ];
  const out: FileChild[] = [];
  for (const [text, style] of lines) {
    if (!text) continue;
    out.push(
      paragraph(state, { alignment: AlignmentType.LEFT, indent: noIndent, children: [run(text, style)] }),
    );
  }
  state.linesAboveHeader += out.length;
  return out;
}
