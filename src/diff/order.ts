/**
 * Which siblings moved within their list. Among the siblings both versions share (added and
 * removed ones are left out, so an insertion never makes the entries after it "moved"), the
 * longest common subsequence of the two orders stayed put and the rest moved. The shared siblings
 * are the same set in both orders, so the LCS is the longest increasing subsequence of their old
 * positions read in the new order: O(n log n), where a plan's list of a thousand items would make
 * the quadratic table a million cells.
 */

/** The keys of `after` outside a longest subsequence common with `before` (same keys, other order). */
export function movedWithin(before: readonly string[], after: readonly string[]): Set<string> {
  const position = new Map(before.map((key, i) => [key, i]));
  const seq = after.map((key) => {
    const at = position.get(key);
    if (at === undefined) throw new Error(`gongwen diff: ${key} is not among the old siblings`);
    return at;
  });
  // Patience sorting: tails[l] is the index in seq ending the best increasing run of length l + 1.
  const tails: number[] = [];
  const previous = new Int32Array(seq.length).fill(-1);
  seq.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  return new Set(after.filter((_, i) => !kept.has(i)));
}
