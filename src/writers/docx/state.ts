/**
 * What the handlers share while the tree is printed (the mdast-util-to-hast pattern: one state
 * object passed to one handler per node type; style.md §2A).
 */
import { Paragraph, type IParagraphOptions, type Table } from 'docx';
import type { Block, DocumentTree } from '../../tree/types.js';

export type FileChild = Paragraph | Table;

export interface DocxState {
  readonly tree: DocumentTree;
  /** The block printed before the current one (the title's blank lines depend on it). */
  previous: Block | undefined;
  /** The block printed after the current one (what precedes a 署名 keeps with it). */
  next: Block | undefined;
  /** Set by a page break; the next paragraph starts a new page (pageBreakBefore, no empty line). */
  breakPending: boolean;
  /** A new section has just begun on a new page: no blank lines at its top, no page break either. */
  sectionStart: boolean;
  /** Body lines used above the red header on page 1 (份号, 密级, 紧急程度), so it stays at 35 mm. */
  linesAboveHeader: number;
}

export function createState(tree: DocumentTree): DocxState {
  return {
    tree,
    previous: undefined,
    next: undefined,
    breakPending: false,
    sectionStart: false,
    linesAboveHeader: 0,
  };
}

/** Every handler makes its paragraphs here, so that a pending page break lands on the first one. */
export function paragraph(state: DocxState, options: IParagraphOptions): Paragraph {
  state.sectionStart = false;
  if (!state.breakPending) return new Paragraph(options);
  state.breakPending = false;
  return new Paragraph({ ...options, pageBreakBefore: true });
}

/** "空N行" (gbt9704.md §3.0): empty body lines. None at the top of a new page, where they mean nothing. */
export function blankLines(state: DocxState, count: number, keepNext = false): Paragraph[] {
  if (state.breakPending || state.sectionStart) return [];
  return Array.from({ length: count }, () => new Paragraph(keepNext ? { keepNext } : {}));
}

/**
 * 7.3.5.1/7.3.5.5: the 署名 and seal must not stand alone on a page ("此页无正文"), so the last
 * paragraph before a signature keeps with it ([C2]).
 */
/**
 * The last paragraph keeps with a following 署名 (7.3.5.5: no signature alone on a page) and with a
 * following 附件说明 (which must not open an otherwise empty page).
 */
export const keepsWithFollowing = (state: DocxState): { keepNext?: true } =>
  state.next?.type === 'signature' || state.next?.type === 'attachmentNote' ? { keepNext: true } : {};

/** Paragraph indentation with no first-line indent: the Normal style's 2 字 must be cancelled in both units. */
export const noIndent = { firstLine: 0, firstLineChars: 0 } as const;
