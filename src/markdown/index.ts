/** Markdown text → tree blocks: the one path by which plan prose and template output enter the tree. */
import type { Root } from 'mdast';
import type { Block } from '../tree/types.js';
import { flowToBlocks } from './blocks.js';
import { parseMarkdown } from './parse.js';
import type { MarkdownReport, MarkdownState } from './state.js';

export { toInlines } from './inlines.js';
export { parseMarkdown } from './parse.js';
export type { MarkdownReport, MarkdownState } from './state.js';

/** mdast → blocks; what the tree cannot hold is reported through `state.report`, never passed on. */
export const toBlocks = (tree: Root, state: MarkdownState): Block[] => flowToBlocks(tree.children, state);

export function markdownToBlocks(markdown: string, report: MarkdownReport): Block[] {
  return toBlocks(parseMarkdown(markdown), { report });
}
