/**
 * The document tree: a closed set of format-independent node types (DESIGN.md §2). Composers
 * build it from a plan; the numbering pass fills heading labels; writers only print it. It is
 * plain JSON (golden files in test/fixtures/trees), versioned like pandoc's api-version.
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
export type Inline = Text | Strong | Emphasis | Break;

// --- blocks -------------------------------------------------------------------------------------

/** 份号, 密级和保密期限, 紧急程度 (GB/T 9704 7.2.1–7.2.3): top left of page 1, one per line. */
export interface HeaderFields {
  type: 'headerFields';
  copyNumber?: string;
  secrecy?: string;
  urgency?: string;
}

/**
 * 发文机关标志 (7.2.4), red. One organ: `names` has one entry. 联合行文: the organs stacked,
 * lead first, with `suffix` ("文件") to their right, centred on the stack.
 */
export interface RedHeader {
  type: 'redHeader';
  names: string[];
  suffix: string | null;
}

/** 发文字号 (7.2.5), 签发人 (7.2.6) and the red separator line 4 mm below them (7.2.7). */
export interface DocNumber {
  type: 'docNumber';
  number: string | null;
  /** 上行文: number left, 签发人 right. Otherwise the number is centred. */
  signers: string[] | null;
}

/** 标题 (7.3.1): 2号小标宋, already split into lines (at most 20 characters, trapezoid or diamond). */
export interface Title {
  type: 'title';
  lines: string[];
}

/** 主送机关 (7.3.2): flush left, ends with a full-width colon. */
export interface Recipients {
  type: 'recipients';
  text: string;
}

/**
 * A numbered structural level (7.3.3): 一、（一）1.（1）① or 第一条. `label` is filled by the
 * numbering pass (src/tree/numbering.ts), never by a composer. A `run-in` heading continues with
 * `body` in the same paragraph (（一）坚持问题导向。正文…); a standalone heading is its own line.
 * A run-in title already ends with its punctuation (坚持问题导向。): writers add nothing.
 */
export interface Heading {
  type: 'heading';
  depth: 1 | 2 | 3 | 4 | 5;
  label: string;
  title: Inline[];
  form: 'standalone' | 'run-in';
  body: Inline[];
}

/** A body paragraph: first line indented two characters (7.3.3) unless `indent` says otherwise. */
export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
  indent: 'first-line' | 'none';
  align: 'justify' | 'left' | 'center' | 'right';
}

export interface TableCell {
  children: Inline[];
  /**
   * Also covers the next `rowSpan − 1` rows of its column (a ledger's 问题类别 over its group):
   * writers leave out the rules between the covered cells (writers/layout/table.ts openEdges).
   */
  rowSpan?: number;
  /** Covered by a cell with `rowSpan` above: printed empty, without the rule above it. */
  merged?: true;
}
export interface Table {
  type: 'table';
  /** Relative column widths (they are scaled to the type area). */
  widths: number[];
  /** Too wide for the type area: set on landscape pages of its own (writers break the page around it). */
  landscape?: boolean;
  /** Many columns of running text (a ledger): cells in 小四 instead of 4号 (gbt9704.md §5 practice). */
  compact?: boolean;
  header: TableCell[];
  rows: TableCell[][];
}

/** 附件说明 (7.3.4): "附件：1. 名称" with wrapped lines aligned to the first character of the name. */
export interface AttachmentNote {
  type: 'attachmentNote';
  titles: string[];
}

/** 发文机关署名 and 成文日期 (7.3.5), placed by the writer according to `seal`. */
export interface Signature {
  type: 'signature';
  names: string[];
  /** Already formatted: 2020年5月20日 (7.3.5.4). */
  date: string;
  seal: boolean;
}

/** 附注 (7.3.6): printed in parentheses, two characters in, on the line after the date. */
export interface Note {
  type: 'note';
  text: string;
}

/** Starts the next block on a new page (the scheme after the notice; each attachment, 7.3.7). */
export interface PageBreak {
  type: 'pageBreak';
}

/** 附件 page head (7.3.7): "附件1" in 3号黑体 on line 1, the title centred on line 3. */
export interface AttachmentHeading {
  type: 'attachmentHeading';
  label: string;
  lines: string[];
}

/** 版记 (7.4): at the bottom of the last page, between a thick, a thin and a thick rule. */
export interface Colophon {
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
  children: Block[];
}
