/**
 * Structural levels (7.3.3): 一、黑体；（一）楷体；1.（1）仿宋, indented 2 字 like the body. A run-in
 * heading's title arrives with its final punctuation (the composer decides it, so that an item with
 * no title gets none) and the paragraph continues in 仿宋 ([C2]); a standalone one keeps with the
 * next paragraph so that it never ends a page.
 */
import type { Heading, Inline } from '../../../tree/types.js';
import { fonts, headingFont, size } from '../../../style/gbt9704.js';
import { body, run, runs, type RunStyle } from '../inline.js';
import { keepsWithFollowing, paragraph, type DocxState, type FileChild } from '../state.js';

const marked = (type: 'insert' | 'delete', value: string): Inline => ({
  type,
  children: value === '' ? [] : [{ type: 'text', value }],
});

export function heading(state: DocxState, node: Heading): FileChild[] {
  const style: RunStyle = { role: headingFont[node.depth], sizePt: size.sanhao };
  // ① is an ambiguous-width character: LibreOffice sets it in the Latin font (narrow, with a gap
  // after it) despite the eastAsia hint, so its run names the Chinese font for every script.
  const labelStyle = node.depth === 5 ? { ...style, latin: fonts[style.role] } : style;
  // A redline's renumbered heading (issue 6): the old label removed, the new one added.
  const label =
    node.oldLabel !== undefined
      ? runs([marked('delete', node.oldLabel), marked('insert', node.label)], labelStyle)
      : [run(node.label, labelStyle)];
  const head = [...label, ...runs(node.title, style)];
  if (node.form === 'standalone') return [paragraph(state, { keepNext: true, children: head })];
  return [
    paragraph(state, {
      ...keepsWithFollowing(state),
      children: [...head, ...runs(node.body, body)],
    }),
  ];
}
