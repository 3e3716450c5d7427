/**
 * The longest common subsequence of two sequences of keys, as the index pairs it matches. Common
 * ends are matched first (an edit usually touches the middle of a long text); the middle is an
 * O(n·m) table, deterministic: where two subsequences are equally long, an item of `a` is passed
 * over (a removal) before one of `b`.
 * A middle too large for the table (a document rewritten throughout) matches nothing in it: the
 * result is still a correct, if coarse, edit script.
 */

/** Table cells beyond which the middle is left unmatched (40 MB of Uint32). */
const MAX_CELLS = 10_000_000;

export function lcsPairs<K>(a: readonly K[], b: readonly K[]): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  pairs.push(...middle(a, b, start, endA, endB));
  for (let i = endA, j = endB; i < a.length; i++, j++) pairs.push([i, j]);
  return pairs;
}

function middle<K>(
  a: readonly K[],
  b: readonly K[],
  start: number,
  endA: number,
  endB: number,
): [number, number][] {
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return [];
  // length[i][j]: the LCS of a[start+i..endA) and b[start+j..endB), filled from the ends, so that
  // the walk below goes forwards, matching wherever a match keeps the length.
  const width = m + 1;
  const length = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      length[i * width + j] =
        a[start + i] === b[start + j]
          ? length[(i + 1) * width + j + 1]! + 1
          : Math.max(length[(i + 1) * width + j]!, length[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j] && length[i * width + j] === length[(i + 1) * width + j + 1]! + 1) {
      pairs.push([start + i, start + j]);
      i++;
      j++;
    } else if (length[(i + 1) * width + j]! >= length[i * width + j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** One step of an edit script turning `a` into `b`. */
export type Step =
  { op: 'equal'; a: number; b: number } | { op: 'delete'; a: number } | { op: 'insert'; b: number };

/**
 * The edit script of matched pairs: between two matches, deletions first, then insertions (the
 * order Word shows a replacement in).
 */
export function stepsOf(pairs: readonly [number, number][], lengthA: number, lengthB: number): Step[] {
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const [pa, pb] of [...pairs, [lengthA, lengthB] as [number, number]]) {
    for (; i < pa; i++) steps.push({ op: 'delete', a: i });
    for (; j < pb; j++) steps.push({ op: 'insert', b: j });
    if (pa < lengthA && pb < lengthB) steps.push({ op: 'equal', a: pa, b: pb });
    i = pa + 1;
    j = pb + 1;
  }
  return steps;
}

export const diffKeys = <K>(a: readonly K[], b: readonly K[]): Step[] =>
  stepsOf(lcsPairs(a, b), a.length, b.length);
