/**
 * writeHtml: a document tree to a standalone HTML page — the PDF's source and a preview a reviewer
 * can open. Handlers print the blocks (handlers/index.ts); the stylesheet comes from the style
 * module. Everything from the plan is escaped; the page allows no script, request or frame.
 */
import type { BlockChange, DocumentTree } from '../../tree/types.js';
import { landscapeBlocks } from '../layout/landscape.js';
import { sanitizeTree } from '../layout/sanitize.js';
import { stylesheet } from './css.js';
import { escapeHtml } from './escape.js';
import { one } from './handlers/index.js';
import { shownNeighbours } from '../layout/revision.js';
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
  // Blocks a redline removes are printed (marked) but leave the state as the new version has it.
  const shown = shownNeighbours(tree.children);
  tree.children.forEach((block, i) => {
    state.next = shown.next[i];
    if (landscape[i] && !run) run = [];
    if (!landscape[i] && run) {
      blocks.push(`<div class="gw-landscape">\n${run.join('\n')}\n</div>`);
      run = undefined;
      state.pageTop = true;
    }
    const saved = block.change === 'delete' ? { ...state } : undefined;
    const html = one(state, block);
    if (html) (run ?? blocks).push(block.change ? revisionBlock(block.change, html) : html);
    state.previous = block;
    if (saved) Object.assign(state, saved);
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

/**
 * A block a redline adds or removes (issue 6), whole: <ins>/<del> may hold flow content, and the
 * colour and the line under or through its text reach every line of it (css.ts).
 */
const revisionBlock = (change: BlockChange, html: string): string =>
  change === 'insert' ? `<ins class="gw-ins-block">${html}</ins>` : `<del class="gw-del-block">${html}</del>`;

/** Whether the document has a 版记 to place at the bottom of its last page. */
export const hasColophon = (tree: DocumentTree): boolean =>
  tree.children.some(
    (block) => block.type === 'colophon' && (block.copyTo || block.printedBy || block.printedOn),
  );
