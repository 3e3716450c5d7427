/**
 * The document tree: a closed set of format-independent node types (DESIGN.md §2). Composers
 * build it from a plan; the numbering pass fills heading labels; writers only print it. It is
 * plain JSON (golden files in test/fixtures/trees), versioned like pandoc's api-version.
 */

/**
 * Bumped when a tree of this version would be misread by an older writer. Optional fields and new
 * inline types (the revision marks of issue 6) are not: composed documents never carry them, and a
 * writer refuses an inline type it does not know rather than dropping its text.
 */
export const TREE_VERSION = 1;

// --- inline content -----------------------------------------------------------------------------

export interface Text {
  type: 'text';
  value: string;
}
export interface Strong {
  type: 'strong';
  children: Inline[];
}
export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
}
/** A line break inside a paragraph (Markdown hard break). */
export interface Break {
  type: 'break';
}
/**
 * Revision marks (redline documents, issue 6): words the revision adds or removes, against the
 * document's `revision` (author and instant). Composers never make them; src/redline does. A DOCX
 * carries them as tracked changes (w:ins, w:del) the reviewer accepts or rejects; the HTML as
 * <ins>/<del>. Text outside them is in both versions.
 */
export interface Insert {
  type: 'insert';
  children: Inline[];
}
export interface Delete {
  type: 'delete';
  children: Inline[];
}
export type Inline = Text | Strong | Emphasis | Break | Insert | Delete;

/**
 * A whole block (or table row) the revision adds or removes: writers mark everything it prints —
 * each run, each paragraph mark, each table row — so that accepting or rejecting all changes gives
 * exactly one of the two versions.
 */
export type BlockChange = 'insert' | 'delete';

/** What every block may carry in a redline document (absent in composed documents). */
export interface Revisable {
  change?: BlockChange;
}

// --- blocks -------------------------------------------------------------------------------------

/** 份号, 密级和保密期限, 紧急程度 (GB/T 9704 7.2.1–7.2.3): top left of page 1, one per line. */
export interface HeaderFields extends Revisable {
  type: 'headerFields';
  copyNumber?: string;
  secrecy?: string;
  urgency?: string;
}

/**
 * 发文机关标志 (7.2.4), red. One organ: `names` has one entry. 联合行文: the organs stacked,
 * lead first, with `suffix` ("文件") to their right, centred on the stack.
 */
export interface RedHeader extends Revisable {
  type: 'redHeader';
  names: string[];
  suffix: string | null;
}

/** 发文字号 (7.2.5), 签发人 (7.2.6) and the red separator line 4 mm below them (7.2.7). */
export interface DocNumber extends Revisable {
  type: 'docNumber';
  number: string | null;
  /** 上行文: number left, 签发人 right. Otherwise the number is centred. */
  signers: string[] | null;
}

/** 标题 (7.3.1): 2号小标宋, already split into lines (at most 20 characters, trapezoid or diamond). */
export interface Title extends Revisable {
  type: 'title';
  lines: string[];
}

/** 主送机关 (7.3.2): flush left, ends with a full-width colon. */
export interface Recipients extends Revisable {
  type: 'recipients';
  text: string;
}

/**
 * A numbered structural level (7.3.3): 一、（一）1.（1）① or 第一条. `label` is filled by the
 * numbering pass (src/tree/numbering.ts), never by a composer. A `run-in` heading continues with
 * `body` in the same paragraph (（一）坚持问题导向。正文…); a standalone heading is its own line.
 * A run-in title already ends with its punctuation (坚持问题导向。): writers add nothing.
 */
export interface Heading extends Revisable {
  type: 'heading';
  depth: 1 | 2 | 3 | 4 | 5;
  label: string;
  title: Inline[];
  form: 'standalone' | 'run-in';
  body: Inline[];
  /** Redline: the label in the earlier version, when renumbering changed it (printed struck out before `label`). */
  oldLabel?: string;
}

/** A body paragraph: first line indented two characters (7.3.3) unless `indent` says otherwise. */
export interface Paragraph extends Revisable {
  type: 'paragraph';
  children: Inline[];
  indent: 'first-line' | 'none';
  align: 'justify' | 'left' | 'center' | 'right';
}

export interface TableCell {
  children: Inline[];
  /**
   * Also covers the next `rowSpan − 1` rows of its column: writers leave out the rules between
   * the covered cells (writers/layout/table.ts openEdges).
   */
  rowSpan?: number;
  /** Covered by a cell with `rowSpan` above: printed empty, without the rule above it. */
  merged?: true;
}
export interface Table extends Revisable {
  type: 'table';
  /** Relative column widths (they are scaled to the type area). */
  widths: number[];
  /** Too wide for the type area: set on landscape pages of its own (writers break the page around it). */
  landscape?: boolean;
  /** Many columns of running text (a ledger): cells in 小四 instead of 4号 (gbt9704.md §5 practice). */
  compact?: boolean;
  header: TableCell[];
  rows: TableCell[][];
  /** Redline: for each of `rows`, whether the revision adds or removes it (null: in both versions). */
  rowChanges?: (BlockChange | null)[];
}

/** 附件说明 (7.3.4): "附件：1. 名称" with wrapped lines aligned to the first character of the name. */
export interface AttachmentNote extends Revisable {
  type: 'attachmentNote';
  titles: string[];
}

/** 发文机关署名 and 成文日期 (7.3.5), placed by the writer according to `seal`. */
export interface Signature extends Revisable {
  type: 'signature';
  names: string[];
  /** Already formatted: 2020年5月20日 (7.3.5.4). */
  date: string;
  seal: boolean;
}

/** 附注 (7.3.6): printed in parentheses, two characters in, on the line after the date. */
export interface Note extends Revisable {
  type: 'note';
  text: string;
}

/** Starts the next block on a new page (the scheme after the notice; each attachment, 7.3.7). */
export interface PageBreak extends Revisable {
  type: 'pageBreak';
}

/** 附件 page head (7.3.7): "附件1" in 3号黑体 on line 1, the title centred on line 3. */
export interface AttachmentHeading extends Revisable {
  type: 'attachmentHeading';
  label: string;
  lines: string[];
}

/** 版记 (7.4): at the bottom of the last page, between a thick, a thin and a thick rule. */
export interface Colophon extends Revisable {
  type: 'colophon';
  copyTo: string | null;
  printedBy: string | null;
  /** Already formatted: 2020年5月20日 (the writer adds 印发). */
  printedOn: string | null;
}

export type Block =
  | HeaderFields
  | RedHeader
  | DocNumber
  | Title
  | Recipients
  | Heading
  | Paragraph
  | Table
  | AttachmentNote
  | Signature
  | Note
  | PageBreak
  | AttachmentHeading
  | Colophon;

export type BlockType = Block['type'];

/** One output file. */
export interface DocumentTree {
  type: 'document';
  version: typeof TREE_VERSION;
  /** Which composer built it: notice (with the scheme), scheme (alone), … */
  kind: string;
  /** Numbering system of headings: 一、（一）1.（1）① or 第一条 (article-style documents). */
  numbering: 'outline' | 'articles';
  meta: {
    title: string;
    /** ISO date of the document (成文日期): also the DOCX core properties' date. */
    date: string;
    author: string;
  };
  /** A redline document (issue 6): who made its revision marks, and when (ISO 8601 instant). */
  revision?: Revision;
  children: Block[];
}

export interface Revision {
  author: string;
  /** An ISO 8601 instant, 2025-03-01T08:00:00Z: DOCX w:date. */
  date: string;
}
