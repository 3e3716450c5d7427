/**
 * Word-level changes between two versions of inline content: both are cut into words (Chinese
 * has no spaces: ICU's dictionary segmentation through Intl.Segmenter('zh'), so 贫困户 is 贫困|户
 * and 2025年3月1日 is 2025|年|3|月|1|日), the words compared with their formatting, and the
 * result is the new content with the removed words in `delete` and the added ones in `insert`.
 * Short common words stranded between changes (a 的, a comma) are folded into the change, as
 * diff-match-patch's semantic cleanup does, so that a rewritten clause reads as one replacement
 * and not as a sieve of single characters. Deterministic for one ICU version (Node's).
 */
import { normalizeInlines } from '../tree/inlines.js';
import type { Inline } from '../tree/types.js';
import { diffKeys } from './lcs.js';

type Format = 'strong' | 'emphasis';

/** One word (or a line break) with the formatting around it. */
interface Atom {
  text: string;
  isBreak: boolean;
  path: readonly Format[];
  key: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of the accepted view: revision marks in the input are resolved, insertions kept. */
export function atoms(inlines: readonly Inline[], path: readonly Format[] = []): Atom[] {
  return inlines.flatMap((node): Atom[] => {
    switch (node.type) {
      case 'text':
        return [...segmenter.segment(node.value)].map(({ segment }) => atom(segment, false, path));
      case 'break':
        return [atom('\n', true, path)];
      case 'strong':
      case 'emphasis':
        return atoms(node.children, [...path, node.type]);
      case 'insert':
        return atoms(node.children, path);
      case 'delete':
        return [];
    }
  });
}

const atom = (text: string, isBreak: boolean, path: readonly Format[]): Atom => ({
  text,
  isBreak,
  path,
  key: `${path.join('/')}\u0000${isBreak ? '\u0001' : text}`,
});

/** Words as inline content: consecutive words of one formatting share a wrapper. */
function build(words: readonly Atom[], depth = 0): Inline[] {
  const out: Inline[] = [];
  for (let i = 0; i < words.length;) {
    const format = words[i]!.path[depth];
    let end = i + 1;
    while (end < words.length && words[end]!.path[depth] === format) end++;
    if (format === undefined) {
      for (const word of words.slice(i, end))
        out.push(word.isBreak ? { type: 'break' } : { type: 'text', value: word.text });
    } else {
      out.push({ type: format, children: build(words.slice(i, end), depth + 1) });
    }
    i = end;
  }
  return out;
}

type Segment = { equal: Atom[] } | { removed: Atom[]; added: Atom[] };

const length = (words: readonly Atom[]): number => words.reduce((sum, w) => sum + [...w.text].length, 0);

/** The edit script as alternating stretches of common words and changes. */
function segments(old: readonly Atom[], next: readonly Atom[]): Segment[] {
  const out: Segment[] = [];
  for (const step of diffKeys(
    old.map((w) => w.key),
    next.map((w) => w.key),
  )) {
    const last = out.at(-1);
    if (step.op === 'equal') {
      if (last && 'equal' in last) last.equal.push(next[step.b]!);
      else out.push({ equal: [next[step.b]!] });
      continue;
    }
    const change = last && 'removed' in last ? last : { removed: [], added: [] };
    if (change !== last) out.push(change);
    if (step.op === 'delete') change.removed.push(old[step.a]!);
    else change.added.push(next[step.b]!);
  }
  return out;
}

/**
 * Folds a common stretch between two changes into them when it is no longer than the larger side
 * of either neighbour (diff-match-patch's rule), until none is left to fold.
 */
function cleanup(input: Segment[]): Segment[] {
  let out = input;
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 1; i + 1 < out.length; i++) {
      const [before, middle, after] = [out[i - 1]!, out[i]!, out[i + 1]!];
      if (!('equal' in middle) || 'equal' in before || 'equal' in after) continue;
      const size = length(middle.equal);
      const side = (c: { removed: Atom[]; added: Atom[] }) => Math.max(length(c.removed), length(c.added));
      if (size > side(before) || size > side(after)) continue;
      const merged: Segment = {
        removed: [...before.removed, ...middle.equal, ...after.removed],
        added: [...before.added, ...middle.equal, ...after.added],
      };
      out = [...out.slice(0, i - 1), merged, ...out.slice(i + 2)];
      changed = true;
      break;
    }
  }
  return out;
}

/** The new content, with what the old one had and it has not marked `delete`, and what it adds `insert`. */
export function diffInlines(old: readonly Inline[], next: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const segment of cleanup(segments(atoms(old), atoms(next)))) {
    if ('equal' in segment) {
      out.push(...build(segment.equal));
      continue;
    }
    if (segment.removed.length > 0) out.push({ type: 'delete', children: build(segment.removed) });
    if (segment.added.length > 0) out.push({ type: 'insert', children: build(segment.added) });
  }
  return normalizeInlines(out);
}

/** Inline content wholly added or removed (a cell of an added row, a label). */
export const marked = (type: 'insert' | 'delete', inlines: readonly Inline[]): Inline[] =>
  inlines.length > 0 ? [{ type, children: [...inlines] }] : [];
