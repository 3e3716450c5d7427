/**
 * 发文机关标志 (7.2.4): red 小标宋, centred, glyph top 35 mm below the type area's top. A spacer
 * paragraph of exact height puts it there (a frame would take the header out of the text flow, and
 * the lines below are counted from it). 联合行文: see joint-header.ts.
 */
import { AlignmentType, LineRuleType } from 'docx';
import type { RedHeader } from '../../../tree/types.js';
import { grid, mmToTwips, ptToTwips, red, redHeader as spec, redHeaderBox } from '../../../style/gbt9704.js';
import { run, type RunStyle } from '../inline.js';
import { headerSizePt } from '../../layout/red-header.js';
import { noIndent, paragraph, type DocxState, type FileChild } from '../state.js';
import { jointTable } from '../joint-header.js';
import { OFF_GRID } from '../styles.js';

const lineTwips = (sizePt: number): number => ptToTwips(sizePt * redHeaderBox.lineHeightRatio);

export function redHeader(state: DocxState, node: RedHeader): FileChild[] {
  const sizePt = headerSizePt(node);
  const style: RunStyle = { role: 'xiaobiaosong', sizePt, color: red };
  const inkTop = ptToTwips(sizePt * redHeaderBox.inkTopRatio);
  const spacer = Math.max(
    20,
    mmToTwips(spec.offsetMm) - state.linesAboveHeader * grid.linePitchTwips - inkTop,
  );
  const line = { line: lineTwips(sizePt), lineRule: LineRuleType.EXACT };
  const out: FileChild[] = [
    paragraph(state, {
      style: OFF_GRID,
      indent: noIndent,
      spacing: { line: spacer, lineRule: LineRuleType.EXACT },
    }),
  ];
  if (node.names.length <= 1) {
    const text = (node.names[0] ?? '') + (node.suffix ?? '');
    out.push(
      paragraph(state, {
        style: OFF_GRID,
        alignment: AlignmentType.CENTER,
        indent: noIndent,
        spacing: line,
        children: [run(text, style)],
      }),
    );
    return out;
  }
  out.push(jointTable(node, style, line));
  return out;
}
