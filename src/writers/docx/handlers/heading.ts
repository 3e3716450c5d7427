/**
 * Structural levels (7.3.3): 一、黑体；（一）楷体；1.（1）仿宋, indented 2 字 like the body. A run-in
 * heading ends with "。" and the paragraph continues in 仿宋 ([C2]); a standalone one keeps with
 * the next paragraph so that it never ends a page.
 */
import type { Heading } from '../../../tree/types.js';
import { headingFont, size } from '../../../style/gbt9704.js';
import { body, plainText, run, runs, type RunStyle } from '../inline.js';
import { keepsWithSignature, paragraph, type DocxState, type FileChild } from '../state.js';

const FINAL_PUNCTUATION = /[。！？；：…．.!?;:]$/u;

export function heading(state: DocxState, node: Heading): FileChild[] {
  const style: RunStyle = { role: headingFont[node.depth], sizePt: size.sanhao };
  const head = [run(node.label, style), ...runs(node.title, style)];
  if (node.form === 'standalone') return [paragraph(state, { keepNext: true, children: head })];
  const stop = FINAL_PUNCTUATION.test(plainText(node.title).trimEnd()) ? [] : [run('。', style)];
  return [
    paragraph(state, {
      ...keepsWithSignature(state),
      children: [...head, ...stop, ...runs(node.body, body)],
    }),
  ];
}
