/**
 * 发文字号 (7.2.5), 签发人 (7.2.6) and the red separator (7.2.7, the block's bottom border). 上行文:
 * the number 居左空一字 on the last line, "签发人：" and the names 居右空一字, two names a line,
 * wrapped names aligned with the first (gbt9704.md §3.5).
 */
import type { DocNumber } from '../../../tree/types.js';
import { docNumber as spec, signers as signerSpec } from '../../../style/gbt9704.js';
import { escapeHtml } from '../escape.js';
import { span } from '../inline.js';
import { block, type HtmlState } from '../state.js';

export function docNumber(state: HtmlState, node: DocNumber): string {
  const number = escapeHtml(node.number ?? '');
  const options = { tag: 'div' as const, blankLinesBefore: spec.blankLinesBefore };
  if (!node.signers || node.signers.length === 0) {
    return block(state, { ...options, className: 'gw-doc-number' }, number);
  }
  const lines: string[] = [];
  for (let i = 0; i < node.signers.length; i += signerSpec.perLine)
    lines.push(node.signers.slice(i, i + signerSpec.perLine).join('\u3000'));
  const names = lines.map((line) => span('gw-kaiti', line)).join('<br>');
  const signers = `<span style="display:flex;align-items:flex-start"><span>${escapeHtml(signerSpec.label)}</span><span>${names}</span></span>`;
  return block(
    state,
    { ...options, className: 'gw-doc-number gw-doc-number-up' },
    `<span>${number}</span>${signers}`,
  );
}
