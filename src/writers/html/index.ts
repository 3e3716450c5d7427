/**
 * writeHtml: a document tree to a standalone HTML page — the PDF's source and a preview a reviewer
 * can open. Handlers print the blocks (handlers/index.ts); the stylesheet comes from the style
 * module. Everything from the plan is escaped; the page allows no script, request or frame.
 */
import type { DocumentTree } from '../../tree/types.js';
import { landscapeBlocks } from '../layout/landscape.js';
import { sanitizeTree } from '../layout/sanitize.js';
import { stylesheet } from './css.js';
import { escapeHtml } from './escape.js';
import { one } from './handlers/index.js';
import { createState, type ColophonPlacement } from './state.js';

export type { ColophonPlacement } from './state.js';

export interface HtmlOptions {
  /** Pagination measuring (PDF renderer): the type area as columns instead of one long page. */
  measure?: boolean;
  /** Where the 版记 goes, from a measuring pass. */
  colophon?: ColophonPlacement;
}

// Defence in depth for a file opened from disk: no script, no fetch of any kind, no frames.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function writeHtml(input: DocumentTree, options: HtmlOptions = {}): string {
  const tree = sanitizeTree(input);
  const state = createState(tree, options.colophon);
  const blocks: string[] = [];
  // A run of landscape blocks is one container on the named landscape page: a page break before
  // it and after it, as the DOCX writer's sections.
  const landscape = landscapeBlocks(tree.children);
  let run: string[] | undefined;
  tree.children.forEach((block, i) => {
    state.next = tree.children[i + 1];
    if (landscape[i] && !run) run = [];
    if (!landscape[i] && run) {
      blocks.push(`<div class="gw-landscape">\n${run.join('\n')}\n</div>`);
      run = undefined;
      state.pageTop = true;
    }
    const html = one(state, block);
    if (html) (run ?? blocks).push(html);
    state.previous = block;
  });
  if (run) blocks.push(`<div class="gw-landscape">\n${run.join('\n')}\n</div>`);
  const htmlClass = options.measure ? ' class="gw-measure"' : '';
  return `<!DOCTYPE html>
<html lang="zh-CN"${htmlClass}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="gongwen">
<title>${escapeHtml(tree.meta.title)}</title>
<style>
${stylesheet}</style>
</head>
<body>
${blocks.join('\n')}
</body>
</html>
`;
}

/** Whether the document has a 版记 to place at the bottom of its last page. */
export const hasColophon = (tree: DocumentTree): boolean =>
  tree.children.some(
    (block) => block.type === 'colophon' && (block.copyTo || block.printedBy || block.printedOn),
  );
