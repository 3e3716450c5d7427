/**
 * 发文机关标志 (7.2.4): red 小标宋, centred, glyph top 35 mm below the type area's top: padding of
 * the computed height above a line box of known size, as the DOCX writer's spacer paragraph. 联合行文:
 * the organs stacked and spread to one width, "文件" centred on the stack to their right.
 */
import type { RedHeader } from '../../../tree/types.js';
import { css, grid, mmToPx, ptToPx, redHeader as spec, redHeaderBox } from '../../../style/gbt9704.js';
import { headerSizePt } from '../../layout/red-header.js';
import { escapeHtml } from '../escape.js';
import { block, type HtmlState } from '../state.js';

export function redHeader(state: HtmlState, node: RedHeader): string {
  const sizePt = headerSizePt(node);
  const inkTop = ptToPx(sizePt) * css.redHeaderInkTopRatio;
  const spacer = Math.max(0, mmToPx(spec.offsetMm) - state.linesAboveHeader * grid.linePitchPx - inkTop);
  const style = {
    'padding-top': spacer,
    'font-size': `${sizePt}pt`,
    'line-height': ptToPx(sizePt * redHeaderBox.lineHeightRatio),
  };
  let content: string;
  if (node.names.length <= 1) {
    content = escapeHtml((node.names[0] ?? '') + (node.suffix ?? ''));
  } else {
    const names = node.names.map((name) => `<div class="gw-joint-names">${escapeHtml(name)}</div>`).join('');
    const gap = `${redHeaderBox.suffixGapChars}em`;
    const suffix = node.suffix ? `<div style="padding-left:${gap}">${escapeHtml(node.suffix)}</div>` : '';
    content = `<span class="gw-joint"><div>${names}</div>${suffix}</span>`;
  }
  return block(state, { tag: 'div', className: 'gw-red-header gw-red', style }, content);
}
