/**
 * 发文字号 (7.2.5), 签发人 (7.2.6) and the red separator (7.2.7). The separator is the paragraph's
 * bottom border: it spans the paragraph, i.e. the type area, so the "空一字" of 上行文 is made with
 * tab stops rather than indents ([C2]).
 */
import { AlignmentType, BorderStyle, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { DocNumber } from '../../../tree/types.js';
import {
  docNumber as spec,
  red,
  separatorSpacePt,
  signers as signerSpec,
  size,
} from '../../../style/gbt9704.js';
import { body, run, runProps } from '../inline.js';
import { chars, widthInChars } from '../measure.js';
import { typeAreaTwips } from '../page.js';
import { blankLines, noIndent, paragraph, type DocxState, type FileChild } from '../state.js';

const kaiti = { role: 'kaiti', sizePt: size.sanhao } as const;
const tab = (): TextRun => run('\t', body);
const brk = (): TextRun => new TextRun({ ...runProps(body), break: 1 });

export function docNumber(state: DocxState, node: DocNumber): FileChild[] {
  const border = {
    bottom: { style: BorderStyle.SINGLE, size: spec.separatorEighths, color: red, space: separatorSpacePt },
  };
  const head = blankLines(state, spec.blankLinesBefore);
  const number = node.number ?? '';
  if (!node.signers || node.signers.length === 0) {
    const children = number ? [run(number, body)] : [];
    return [
      ...head,
      paragraph(state, { alignment: AlignmentType.CENTER, indent: noIndent, border, children }),
    ];
  }
  const { children, tabStops } = signerLines(number, node.signers);
  return [
    ...head,
    paragraph(state, { alignment: AlignmentType.LEFT, indent: noIndent, border, tabStops, children }),
  ];
}

/**
 * 上行文: number 居左空一字, "签发人：names" 居右空一字, two names a line; wrapped names align with
 * the first name above, and the number shares the last line (gbt9704.md §3.5).
 */
function signerLines(number: string, names: readonly string[]) {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += signerSpec.perLine)
    lines.push(names.slice(i, i + signerSpec.perLine).join('\u3000'));
  const side = chars(signerSpec.sideIndentChars);
  const labelChars = widthInChars(signerSpec.label);
  const widest = Math.max(...lines.map(widthInChars));
  const namesAt = typeAreaTwips - side - chars(widest);
  const labelAt = namesAt - chars(labelChars);
  const tabStops = [
    { type: TabStopType.LEFT, position: side },
    { type: TabStopType.LEFT, position: labelAt },
    { type: TabStopType.LEFT, position: namesAt },
  ];
  const children: ParagraphChild[] = [];
  lines.forEach((names, i) => {
    if (i > 0) children.push(brk());
    const last = i === lines.length - 1;
    if (last) children.push(tab(), run(number, body));
    // Tab from the number's end (or the line start) to the label's stop, or on the later lines to
    // the names' stop.
    const at = last ? side + chars(widthInChars(number)) : 0;
    children.push(...tabsTo(at, i === 0 ? [side, labelAt] : [side, labelAt, namesAt]));
    if (i === 0) children.push(run(signerSpec.label, body));
    children.push(run(names, kaiti));
  });
  return { children, tabStops };
}

/** The tabs that carry the pen from `from` to the last of `stops`: one per stop still ahead of it. */
function tabsTo(from: number, stops: readonly number[]): TextRun[] {
  return stops.filter((stop) => stop > from).map(() => tab());
}
