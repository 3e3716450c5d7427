/**
 * 版记 (7.4): rows of one body line each between a thick, a thin and a thick rule, 4号仿宋 左右各空一字;
 * 抄送 wraps aligned after its colon. At the bottom of the last page: the PDF renderer measures
 * where the text ends and passes the gap (`placement`), which becomes the block's top margin.
 */
import type { Colophon } from '../../../tree/types.js';
import { colophon as spec, ptToPx } from '../../../style/gbt9704.js';
import { textWidth } from '../../../tree/text-width.js';
import { escapeHtml } from '../escape.js';
import { cssValue, type HtmlState } from '../state.js';

export function colophon(state: HtmlState, node: Colophon): string {
  const rows: string[] = [];
  if (node.copyTo) {
    const hang = textWidth('抄送：') * ptToPx(spec.sizePt);
    rows.push(
      `<div class="gw-colophon-row" style="padding-left:${cssValue(ptToPx(spec.sizePt) + hang)};text-indent:${cssValue(-hang)};text-align:justify">${escapeHtml(`抄送：${node.copyTo}`)}</div>`,
    );
  }
  if (node.printedBy || node.printedOn) {
    const on = node.printedOn ? `${node.printedOn}印发` : '';
    rows.push(
      `<div class="gw-colophon-row gw-colophon-printed"><span>${escapeHtml(node.printedBy ?? '')}</span><span>${escapeHtml(on)}</span></div>`,
    );
  }
  if (rows.length === 0) return '';
  // A 版记 a redline removes (issue 6) follows the text: the measured place is the new one's.
  const removed = node.change === 'delete';
  const placement = removed ? undefined : state.colophon;
  const newPage = state.breakPending || placement?.newPage === true;
  const classes = ['gw-colophon', 'gw-fangsong', ...(newPage ? ['gw-newpage'] : [])];
  const style = placement ? ` style="margin-top:${cssValue(placement.gapPx)}"` : '';
  state.breakPending = false;
  return `<div${removed ? '' : ' id="gw-colophon"'} class="${classes.join(' ')}"${style}>${rows.join('')}</div>`;
}
