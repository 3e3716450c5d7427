/**
 * Runs. Every run names its East Asian font explicitly: Word and WPS otherwise fall back to the
 * theme's or the style's font, which differs between installations (engineering-notes.md §1).
 */
import { DeletedTextRun, EmphasisMarkType, InsertedTextRun, Tab, TextRun, type IRunOptions } from 'docx';
import type { Inline } from '../../tree/types.js';
import { fonts, grid, language, size, type FontRole } from '../../style/gbt9704.js';

export interface RunStyle {
  role: FontRole;
  sizePt: number;
  color?: string;
  /** The Latin font: Times New Roman in text (practice), 宋体 for page numbers (7.5). */
  latin?: string;
}

export const body: RunStyle = { role: 'fangsong', sizePt: size.sanhao };

type RunProps = Omit<IRunOptions, 'text' | 'children' | 'break'>;

export function runProps(style: RunStyle): RunProps {
  const latin = style.latin ?? fonts.latin;
  return {
    // hint eastAsia: quotes, dashes and ellipses (shared code points) take the Chinese font.
    font: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: fonts[style.role], hint: 'eastAsia' },
    size: style.sizePt * 2,
    sizeComplexScript: style.sizePt * 2,
    language: { value: language.latin, eastAsia: language.eastAsia },
    // 5.2.3: −0.25 pt on 3号 runs gives 28 characters per line with a `lines` grid.
    ...(style.sizePt === size.sanhao ? { characterSpacing: grid.charSpacingTwentieths } : {}),
    ...(style.color ? { color: style.color } : {}),
  };
}

/** A literal tab inside w:t is not a tab to Word: each becomes a w:tab element. */
function content(text: string): (string | Tab)[] {
  return text
    .split('\t')
    .flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]))
    .filter((c) => c !== '');
}

export function run(text: string, style: RunStyle, extra: RunProps = {}): TextRun {
  return new TextRun({ ...runProps(style), ...extra, children: content(text) });
}

/** A run of inline content: plain, or inside a tracked insertion or deletion. */
export type InlineRun = TextRun | InsertedTextRun | DeletedTextRun;

/**
 * Who and when of every tracked change as the runs are built: handlers do not know the tree's
 * revision, so changes get these and one pass over the packed XML (revisions.ts) writes the real
 * author, date and ids, numbered in document order.
 */
export const PENDING_CHANGE = { id: 0, author: 'gongwen', date: '1970-01-01T00:00:00Z' } as const;

type Mark = 'insert' | 'delete' | undefined;

function markedRun(options: IRunOptions, mark: Mark): InlineRun {
  if (mark === 'insert') return new InsertedTextRun({ ...options, ...PENDING_CHANGE });
  if (mark === 'delete') return new DeletedTextRun({ ...options, ...PENDING_CHANGE });
  return new TextRun(options);
}

/**
 * Inline content in one style; strong is bold, emphasis the CJK dot mark (着重号), not italics.
 * Revision marks (issue 6) become tracked changes: w:ins runs, and w:del runs whose text is
 * w:delText; the innermost mark wins.
 */
export function runs(
  inlines: readonly Inline[],
  style: RunStyle,
  extra: RunProps = {},
  mark?: Mark,
): InlineRun[] {
  return inlines.flatMap((node): InlineRun[] => {
    switch (node.type) {
      case 'text':
        return mark
          ? [markedRun({ ...runProps(style), ...extra, children: content(node.value) }, mark)]
          : [run(node.value, style, extra)];
      case 'break':
        return [markedRun({ ...runProps(style), ...extra, break: 1 }, mark)];
      case 'strong':
        return runs(node.children, style, { ...extra, bold: true }, mark);
      case 'emphasis':
        return runs(node.children, style, { ...extra, emphasisMark: { type: EmphasisMarkType.DOT } }, mark);
      case 'insert':
      case 'delete':
        return runs(node.children, style, extra, node.type);
    }
  });
}

/** The plain text of inline content (to test its final punctuation). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((node) =>
      node.type === 'text' ? node.value : node.type === 'break' ? '' : plainText(node.children),
    )
    .join('');
}
