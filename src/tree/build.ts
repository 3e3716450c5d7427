/** Constructors for tree nodes, so composers state content and not the shape of the JSON. */
import { normalizeInlines } from './inlines.js';
import type { Block, DocumentTree, Heading, Inline, Paragraph } from './types.js';
import { TREE_VERSION } from './types.js';

export function paragraph(
  children: readonly Inline[],
  options: Partial<Pick<Paragraph, 'indent' | 'align'>> = {},
): Paragraph {
  return {
    type: 'paragraph',
    children: normalizeInlines(children),
    indent: options.indent ?? 'first-line',
    align: options.align ?? 'justify',
  };
}

/** `label` stays empty: numberTree fills it. */
export function heading(
  depth: Heading['depth'],
  title: readonly Inline[],
  form: Heading['form'] = 'standalone',
  body: readonly Inline[] = [],
): Heading {
  return {
    type: 'heading',
    depth,
    label: '',
    title: normalizeInlines(title),
    form,
    body: normalizeInlines(body),
  };
}

/** Clamps a nesting level into the five the numbering knows (the plan checks report deeper ones). */
export const depthOf = (level: number): Heading['depth'] =>
  Math.min(5, Math.max(1, level)) as Heading['depth'];

export function documentTree(
  kind: string,
  meta: DocumentTree['meta'],
  children: Block[],
  numbering: DocumentTree['numbering'] = 'outline',
): DocumentTree {
  return { type: 'document', version: TREE_VERSION, kind, numbering, meta, children };
}
