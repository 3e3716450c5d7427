/**
 * 发文机关署名 and 成文日期 (7.3.5; gbt9704.md §3.13). S and D are the widths of the 署名 and the
 * date in 字, half-width digits counting 0.5.
 * With seal (A): 正文下空二行 (practice), date 右空四字, the 署名 centred on the date.
 * Joint issue with seals (B): the 署名s side by side in organ order, two to a row, each with room
 * for its own seal; the last one centred on the date, which its seal also presses.
 * Without seal (C, following [C2]): 下空一行, 署名 右空二字, the date on the next line starting 2 字
 * right of the 署名's start; a date longer than the 署名 is 右空二字 and the 署名 moves left. These
 * lines are set from the left, so that the 2-字 shift stays exact however wide digits render.
 */
import { AlignmentType, TabStopType } from 'docx';
import type { Signature } from '../../../tree/types.js';
import { blankLines as blank, signature as spec } from '../../../style/gbt9704.js';
import { body, run } from '../inline.js';
import { jointSealCentres, jointSealRows, signatureIndents } from '../../layout/signature.js';
import { chars, widthInChars } from '../measure.js';
import { typeAreaTwips } from '../page.js';
import { blankLines, noIndent, paragraph, type DocxState, type FileChild } from '../state.js';

/** 7.3.5.1 B: rows of 署名s, centred at tab stops; the rightmost column is centred on the date. */
function jointSealed(state: DocxState, node: Signature): FileChild[] {
  const columns = jointSealCentres(node.date, typeAreaTwips / chars(1)).map(chars);
  const rows = jointSealRows(node.names);
  const line = (row: string[]) =>
    paragraph(state, {
      alignment: AlignmentType.LEFT,
      indent: { ...noIndent },
      tabStops: columns.slice(-row.length).map((position) => ({ type: TabStopType.CENTER, position })),
      keepNext: true,
      children: [run(row.map((name) => `\t${name}`).join(''), body)],
    });
  const date = paragraph(state, {
    alignment: AlignmentType.RIGHT,
    indent: { ...noIndent, right: chars(spec.dateRightCharsWithSeal) },
    ...(state.next?.type === 'note' ? { keepNext: true } : {}),
    children: [run(node.date, body)],
  });
  return [...blankLines(state, blank.signatureWithSeal, true), ...rows.map(line), date];
}

export function signature(state: DocxState, node: Signature): FileChild[] {
  if (node.seal && node.names.length > 1) return jointSealed(state, node);
  const indents = signatureIndents(node.names, node.date, node.seal);
  const line = (text: string, right: number, keepNext: boolean) =>
    paragraph(state, {
      ...(node.seal
        ? { alignment: AlignmentType.RIGHT, indent: { ...noIndent, right: chars(right) } }
        : {
            alignment: AlignmentType.LEFT,
            indent: { ...noIndent, left: typeAreaTwips - chars(right + widthInChars(text)) },
          }),
      ...(keepNext ? { keepNext } : {}),
      children: [run(text, body)],
    });
  const count = node.seal ? blank.signatureWithSeal : blank.signatureWithoutSeal;
  // 7.3.6: a 附注 follows on the next line and stays with the date; anything else may break away.
  const dateKeeps = state.next?.type === 'note';
  return [
    ...blankLines(state, count, true),
    ...node.names.map((name, i) => line(name, indents.names[i]!, true)),
    line(node.date, indents.date, dateKeeps),
  ];
}
