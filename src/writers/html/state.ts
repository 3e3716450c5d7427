/**
 * What the HTML handlers share while the tree is printed: the same state as the DOCX writer's
 * (writers/docx/state.ts), so that blank lines, page breaks and keeps fall in the same places.
 */
import type { Block, DocumentTree } from '../../tree/types.js';
import { grid } from '../../style/gbt9704.js';
import { escapeHtml } from './escape.js';

export interface HtmlState {
  readonly tree: DocumentTree;
  previous: Block | undefined;
  next: Block | undefined;
  /** Set by a page break; the next block starts a new page and drops its blank lines. */
  breakPending: boolean;
  /** After a landscape table the next block starts a page (the named page changes): no blank lines. */
  pageTop: boolean;
  /** Body lines used above the red header on page 1, so that it stays at 35 mm. */
  linesAboveHeader: number;
  /** Where the 版记 goes, once the PDF renderer has measured the pages (else it follows the text). */
  readonly colophon: ColophonPlacement | undefined;
}

/** 7.4: the 版记's last rule on the type area's bottom edge of the last page. */
export interface ColophonPlacement {
  /** Space between the end of the text and the 版记 (or the top of its own page). */
  gapPx: number;
  /** The 版记 does not fit below the text: it takes a page of its own. */
  newPage: boolean;
}

export function createState(tree: DocumentTree, colophon?: ColophonPlacement): HtmlState {
  return {
    tree,
    previous: undefined,
    next: undefined,
    breakPending: false,
    pageTop: false,
    linesAboveHeader: 0,
    colophon,
  };
}

export interface BlockOptions {
  tag?: 'p' | 'div' | 'h1' | 'h2';
  className: string;
  /** "空N行" above the block (gbt9704.md §3.0); none at the top of a new page. */
  blankLinesBefore?: number;
  /** Keep with the next block (DOCX keepNext). */
  keepNext?: boolean;
  /** Inline CSS declarations computed for this node (px values from the style module). */
  style?: Record<string, string | number>;
}

const px = (value: number): string => `${Math.round(value * 1000) / 1000}px`;

export const cssValue = (value: string | number): string => (typeof value === 'number' ? px(value) : value);

/** Every handler makes its blocks here, so that a pending page break lands on the first one. */
export function block(state: HtmlState, options: BlockOptions, content: string): string {
  const tag = options.tag ?? 'p';
  const classes = [options.className];
  const style: Record<string, string | number> = { ...options.style };
  if (state.breakPending) {
    state.breakPending = false;
    classes.push('gw-newpage');
  } else if (options.blankLinesBefore && !state.pageTop) {
    style['margin-top'] = options.blankLinesBefore * grid.linePitchPx;
  }
  state.pageTop = false;
  if (options.keepNext) classes.push('gw-keep');
  const declarations = Object.entries(style)
    .map(([key, value]) => `${key}:${cssValue(value)}`)
    .join(';');
  const styleAttr = declarations ? ` style="${escapeHtml(declarations)}"` : '';
  return `<${tag} class="${classes.join(' ')}"${styleAttr}>${content}</${tag}>`;
}

/**
 * The last paragraph keeps with a following 署名 (7.3.5.5: no signature alone on a page) and with
 * a following 附件说明, as in the DOCX writer.
 */
export const keepsWithFollowing = (state: HtmlState): boolean =>
  state.next?.type === 'signature' || state.next?.type === 'attachmentNote';

/** "空N行" as a block of its own (DOCX empty paragraphs): none at the top of a new page. */
export function blankLines(state: HtmlState, count: number, keepNext = false): string {
  if (state.breakPending || state.pageTop || count <= 0) return '';
  const keep = keepNext ? ' gw-keep' : '';
  return `<div class="gw-blank${keep}" style="height:${cssValue(count * grid.linePitchPx)}"></div>`;
}
