/**
 * Heading numbers are computed here, once, so DOCX, HTML and PDF cannot disagree and the seeds'
 * hand-numbering errors (1, 2, 4; 五 then 四) cannot happen. GB/T 9704 7.3.3: 一、（一）1.（1）,
 * with ① as the customary fifth level; article-style documents number 第一条, 第二条….
 */
import type { Block, DocumentTree, Heading } from './types.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (GB/T 15835 Chinese counting). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`chineseNumber: ${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail =
      rest === 0
        ? ''
        : rest < 10
          ? `零${DIGITS[rest]}`
          : rest < 20
            ? `一${chineseNumber(rest)}`
            : chineseNumber(rest);
    return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

/** ①…⑳ exist as characters; beyond 20 the circled form is not in common fonts, so (21) is used. */
function circled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `（${n}）`;
}

export function outlineLabel(depth: Heading['depth'], n: number): string {
  switch (depth) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      // 7.3.3 writes "1." with the half-width full stop; used consistently (gbt9704.md §3.11).
      return `${n}.`;
    case 4:
      return `（${n}）`;
    case 5:
      return circled(n);
  }
}

export const articleLabel = (n: number): string => `第${chineseNumber(n)}条`;

/**
 * Fills every heading's label. Counters restart below each shallower heading, and at each title
 * or attachment page (each is a document of its own within the file).
 */
export function numberTree(tree: DocumentTree): DocumentTree {
  const counters = [0, 0, 0, 0, 0, 0];
  const label = (block: Block): Block => {
    if (block.type === 'title' || block.type === 'attachmentHeading') counters.fill(0);
    if (block.type !== 'heading') return block;
    counters[block.depth]! += 1;
    for (let d = block.depth + 1; d < counters.length; d++) counters[d] = 0;
    const n = counters[block.depth]!;
    const text =
      tree.numbering === 'articles' && block.depth === 1 ? articleLabel(n) : outlineLabel(block.depth, n);
    return { ...block, label: text };
  };
  return { ...tree, children: tree.children.map(label) };
}
