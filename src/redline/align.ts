/**
 * Two versions of a sequence (a document's blocks, a table's rows) aligned: items of equal key
 * are anchors (their longest common subsequence); between two anchors, the removed and added
 * items are paired up in order by similarity, where an item may have been edited rather than
 * replaced; what stays unpaired was removed (placed where it stood) or added. Deterministic.
 */
import { lcsPairs } from './lcs.js';

export type Aligned<T> = { op: 'pair'; old: T; new: T } | { op: 'delete'; old: T } | { op: 'insert'; new: T };

export interface AlignOptions<T> {
  /** Equal keys: the same item (an anchor), compared further only for what the key leaves out. */
  key: (item: T) => string;
  /** How alike an old and a new item are (higher is more), or undefined if they cannot pair. */
  score: (old: T, next: T) => number | undefined;
}

/** Gaps with more candidate pairs than this are not paired up (every item removed or added). */
const MAX_GAP_PAIRS = 100_000;

export function align<T>(old: readonly T[], next: readonly T[], options: AlignOptions<T>): Aligned<T>[] {
  const anchors = lcsPairs(old.map(options.key), next.map(options.key));
  const out: Aligned<T>[] = [];
  let i = 0;
  let j = 0;
  for (const [a, b] of [...anchors, [old.length, next.length] as const]) {
    out.push(...pairGap(old.slice(i, a), next.slice(j, b), options.score));
    if (a < old.length && b < next.length) out.push({ op: 'pair', old: old[a]!, new: next[b]! });
    i = a + 1;
    j = b + 1;
  }
  return out;
}

/**
 * The order-preserving pairing of a gap with the highest total score (a weighted LCS), emitted
 * with each stretch's removals before its additions.
 */
function pairGap<T>(
  old: readonly T[],
  next: readonly T[],
  score: (old: T, next: T) => number | undefined,
): Aligned<T>[] {
  const n = old.length;
  const m = next.length;
  const scores: (number | undefined)[][] =
    n * m <= MAX_GAP_PAIRS ? old.map((o) => next.map((x) => score(o, x))) : [];
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let a = n - 1; a >= 0; a--) {
    for (let b = m - 1; b >= 0; b--) {
      const s = scores[a]?.[b];
      best[a]![b] = Math.max(
        best[a + 1]![b]!,
        best[a]![b + 1]!,
        s === undefined ? -Infinity : s + best[a + 1]![b + 1]!,
      );
    }
  }
  const out: Aligned<T>[] = [];
  let removed: Aligned<T>[] = [];
  let added: Aligned<T>[] = [];
  const flush = () => {
    out.push(...removed, ...added);
    removed = [];
    added = [];
  };
  let a = 0;
  let b = 0;
  while (a < n || b < m) {
    const s = a < n && b < m ? scores[a]?.[b] : undefined;
    if (s !== undefined && best[a]![b] === s + best[a + 1]![b + 1]!) {
      flush();
      out.push({ op: 'pair', old: old[a]!, new: next[b]! });
      a++;
      b++;
    } else if (b >= m || (a < n && best[a + 1]![b]! >= best[a]![b + 1]!)) {
      removed.push({ op: 'delete', old: old[a]! });
      a++;
    } else {
      added.push({ op: 'insert', new: next[b]! });
      b++;
    }
  }
  flush();
  return out;
}
