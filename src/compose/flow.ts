/** How composed content is put together: run-in headings, annotations at the end of a text, 一是…二是…. */
import { depthOf, heading, paragraph } from '../tree/build.js';
import { endSentence, normalizeInlines, runInTitle, text, trimEnd } from '../tree/inlines.js';
import { chineseNumber } from '../tree/numbering.js';
import type { Block, Inline } from '../tree/types.js';

/** The inline content of the paragraphs of `blocks`, run together (for text used inside a sentence). */
export const inlinesOf = (blocks: readonly Block[]): Inline[] =>
  normalizeInlines(blocks.flatMap((block) => (block.type === 'paragraph' ? block.children : [])));

/** `inlines` appended to the last paragraph, as the seeds put 【责任单位：…】 after an item's text. */
export function appendToLast(blocks: readonly Block[], inlines: readonly Inline[]): Block[] {
  if (inlines.length === 0) return [...blocks];
  const last = blocks.at(-1);
  if (last?.type === 'paragraph') return [...blocks.slice(0, -1), paragraph([...last.children, ...inlines])];
  return [...blocks, paragraph(inlines)];
}

/** Blocks whose last paragraph has its final 。；， removed, for text that a template continues. */
export function openEnded(blocks: readonly Block[]): Block[] {
  const last = blocks.at(-1);
  if (last?.type !== 'paragraph') return [...blocks];
  return [...blocks.slice(0, -1), { ...last, children: trimEnd(last.children) }];
}

/** Blocks whose last paragraph ends with a full stop (plan text is sometimes written without one). */
export function closed(blocks: readonly Block[]): Block[] {
  const last = blocks.at(-1);
  if (last?.type !== 'paragraph') return [...blocks];
  return [...blocks.slice(0, -1), { ...last, children: endSentence(last.children) }];
}

/**
 * A heading and its content. Run-in (7.3.3 practice: （一）坚持问题导向。正文…): the first
 * paragraph becomes the heading's body and the title gets its full stop; with no paragraph to run
 * into, the heading stands alone.
 */
export function headed(
  level: number,
  title: readonly Inline[],
  form: 'standalone' | 'run-in',
  content: readonly Block[],
): Block[] {
  const depth = depthOf(level);
  const [first, ...rest] = content;
  if (form === 'run-in' && first?.type === 'paragraph')
    return [heading(depth, runInTitle(title), 'run-in', first.children), ...rest];
  return [heading(depth, title, 'standalone'), ...content];
}

/**
 * In-paragraph enumeration as the seeds write it: 一是……；二是……；三是……。 Each part's own final
 * 。；， is dropped so the joints are always ； and the end 。.
 */
export function enumerate(parts: readonly (readonly Inline[])[]): Inline[] {
  const present = parts.filter((part) => part.length > 0);
  // "一是" alone announces a second that never comes: a single part is just a sentence.
  if (present.length === 1) return endSentence(present[0]!);
  return normalizeInlines(
    present.flatMap((part, i) => [
      text(`${chineseNumber(i + 1)}是`),
      ...trimEnd(part),
      text(i === present.length - 1 ? '。' : '；'),
    ]),
  );
}
