/** Small operations on inline runs that composers need: merging, plain text, sentence ends. */
import type { Block, Inline, Text } from './types.js';

export const text = (value: string): Text => ({ type: 'text', value });

/** Adjacent text runs merged and empty ones dropped, so equal content always has equal JSON. */
export function normalizeInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') {
      if (inline.value === '') continue;
      const last = out.at(-1);
      if (last?.type === 'text') out[out.length - 1] = text(last.value + inline.value);
      else out.push(inline);
    } else if (inline.type === 'strong' || inline.type === 'emphasis') {
      const children = normalizeInlines(inline.children);
      if (children.length > 0) out.push({ type: inline.type, children });
    } else if (inline.type === 'insert' || inline.type === 'delete') {
      // Revision marks (issue 6): adjacent marks of one kind are one change.
      const last = out.at(-1);
      const children = normalizeInlines(
        last?.type === inline.type ? [...last.children, ...inline.children] : inline.children,
      );
      if (last?.type === inline.type) out.pop();
      if (children.length > 0) out.push({ type: inline.type, children });
    } else {
      out.push(inline);
    }
  }
  return out;
}

/** The text as printed: in a redline document, the words of both versions (src/redline has each one's). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      inline.type === 'text' ? inline.value : inline.type === 'break' ? '\n' : plainText(inline.children),
    )
    .join('');
}

/** Removes trailing characters matching `pattern` (one character class) from the end of the run. */
export function trimEnd(inlines: readonly Inline[], pattern = /[。；;，,、\s]/u): Inline[] {
  const out = [...inlines];
  while (out.length > 0) {
    const last = out.at(-1)!;
    if (last.type === 'break') {
      out.pop();
      continue;
    }
    if (last.type === 'text') {
      let value = last.value;
      while (value.length > 0 && pattern.test(value.at(-1)!)) value = value.slice(0, -1);
      if (value === '') {
        out.pop();
        continue;
      }
      out[out.length - 1] = text(value);
      return out;
    }
    const children = trimEnd(last.children, pattern);
    if (children.length === 0) {
      out.pop();
      continue;
    }
    out[out.length - 1] = { ...last, children };
    return out;
  }
  return out;
}

/** Terminal punctuation that already closes a sentence, possibly inside a closing quote or bracket. */
const CLOSED = /[。！？…][”’）》]*$/u;

/** The run ending with exactly one full stop: a trailing ；，、 becomes 。, a missing 。 is added. */
export function endSentence(inlines: readonly Inline[]): Inline[] {
  if (inlines.length === 0) return [];
  if (CLOSED.test(plainText(inlines))) return [...inlines];
  return normalizeInlines([...trimEnd(inlines, /[；;，,、：:\s]/u), text('。')]);
}

/** A run-in heading's title (（一）坚持问题导向。正文…): its words and a full stop, unless they end in punctuation already. */
export function runInTitle(title: readonly Inline[]): Inline[] {
  const words = plainText(title);
  if (words === '') return [];
  return normalizeInlines(/[。！？：；]$/u.test(words) ? title : [...title, text('。')]);
}

/** Blocks of a Markdown field as plain text, one line per block (ledger cells, spreadsheets). */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return plainText(block.children);
        case 'heading':
          return `${block.label}${plainText(block.title)}${plainText(block.body)}`;
        case 'table':
          return [block.header, ...block.rows]
            .map((row) => row.map((cell) => plainText(cell.children)).join(' '))
            .join('\n');
        default:
          return '';
      }
    })
    .filter((line) => line !== '')
    .join('\n');
}
