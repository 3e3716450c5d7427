/**
 * 发文机关署名 and 成文日期 (7.3.5), placed from the same numbers as the DOCX writer
 * (writers/layout/signature.ts): with seal right-aligned at the computed indents; without, set from
 * the left so that the 2-字 shift of the date stays exact; joint seals in rows of centred names.
 */
import type { Signature } from '../../../tree/types.js';
import { blankLines as blank, charPx, mmToPx, page, signature as spec } from '../../../style/gbt9704.js';
import { textWidth } from '../../../tree/text-width.js';
import { jointSealCentres, jointSealRows, signatureIndents } from '../../layout/signature.js';
import { escapeHtml } from '../escape.js';
import { block, cssValue, type HtmlState } from '../state.js';

const typeAreaChars = mmToPx(page.typeArea.widthMm) / charPx;

function jointSealed(state: HtmlState, node: Signature): string {
  const centres = jointSealCentres(node.date, typeAreaChars);
  // Each name in a box 10 字 wide centred on its column (the DOCX writer's centre tab stops).
  const boxChars = typeAreaChars / 2 - 1;
  const rows = jointSealRows(node.names).map((row, r) => {
    const spans = row
      .map((name, i) => {
        const centre = centres[centres.length - row.length + i]!;
        const left = cssValue((centre - boxChars / 2) * charPx);
        return `<span style="left:${left};width:${cssValue(boxChars * charPx)}">${escapeHtml(name)}</span>`;
      })
      .join('');
    return block(
      state,
      { tag: 'div', className: 'gw-joint-row', blankLinesBefore: r === 0 ? blank.signatureWithSeal : 0 },
      spans,
    );
  });
  const date = block(
    state,
    {
      className: 'gw-signature gw-align-right',
      keepNext: state.next?.type === 'note',
      style: { 'padding-right': spec.dateRightCharsWithSeal * charPx },
    },
    escapeHtml(node.date),
  );
  return [...rows, date].join('\n');
}

export function signature(state: HtmlState, node: Signature): string {
  if (node.seal && node.names.length > 1) return jointSealed(state, node);
  const indents = signatureIndents(node.names, node.date, node.seal);
  const count = node.seal ? blank.signatureWithSeal : blank.signatureWithoutSeal;
  const line = (text: string, right: number, keepNext: boolean, first: boolean) =>
    block(
      state,
      {
        className: `gw-signature gw-align-${node.seal ? 'right' : 'left'}`,
        keepNext,
        blankLinesBefore: first ? count : 0,
        style: node.seal
          ? { 'padding-right': right * charPx }
          : { 'padding-left': (typeAreaChars - right - textWidth(text)) * charPx },
      },
      escapeHtml(text),
    );
  // 7.3.6: a 附注 follows on the next line and stays with the date.
  return [
    ...node.names.map((name, i) => line(name, indents.names[i]!, true, i === 0)),
    line(node.date, indents.date, state.next?.type === 'note', node.names.length === 0),
  ].join('\n');
}
