/** Markdown (CommonMark + GFM) in plan fields and template output, parsed to mdast. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// singleTilde off: Chinese text writes ranges as 3~5天, which GFM would otherwise strike through.
const processor = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
