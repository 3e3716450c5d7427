/** 标题 (7.3.1): 2号小标宋, centred, lines as split by the composer; 红色分隔线下空二行. */
import { AlignmentType, TextRun } from 'docx';
import type { Title } from '../../../tree/types.js';
import { title as spec, titleBlankLinesAfter } from '../../../style/gbt9704.js';
import { run, runProps, type RunStyle } from '../inline.js';
import { blankLines, noIndent, paragraph, type DocxState, type FileChild } from '../state.js';
import { OFF_GRID } from '../styles.js';

const style: RunStyle = { role: 'xiaobiaosong', sizePt: spec.sizePt };

/** Title lines as one centred paragraph (line breaks keep the composer's 梯形/菱形 split). */
export function titleParagraph(state: DocxState, lines: readonly string[]) {
  const children = lines.flatMap((line, i) =>
    i === 0 ? [run(line, style)] : [new TextRun({ ...runProps(style), break: 1 }), run(line, style)],
  );
  return paragraph(state, {
    style: OFF_GRID,
    alignment: AlignmentType.CENTER,
    indent: noIndent,
    keepNext: true,
    keepLines: true,
    children,
  });
}

export function title(state: DocxState, node: Title): FileChild[] {
  // The two blank lines are measured from the separator; elsewhere (the scheme after a page break)
  // the title starts its page.
  const before = state.previous?.type === 'docNumber' ? blankLines(state, spec.blankLinesBefore) : [];
  const title = titleParagraph(state, node.lines);
  const after =
    state.next && state.next.type !== 'recipients' ? blankLines(state, titleBlankLinesAfter, true) : [];
  return [...before, title, ...after];
}
