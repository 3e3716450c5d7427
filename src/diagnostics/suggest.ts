/** "Did you mean …?": the closest candidate by edit distance, if it is close enough to be a typo. */

/** Optimal string alignment distance: a swap of two neighbours ("titel") counts as one edit. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  // Three rolling rows (the transposition looks two rows back): no table per call.
  let before = new Uint32Array(y.length + 1);
  let previous = Uint32Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[y.length]!;
}

/** Beyond this length a value is no typo of a key or id; and the distance table would cost O(n²). */
const MAX_WORD = 64;

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const length = [...word].length;
  if (length > MAX_WORD) return undefined;
  const lower = word.toLowerCase();
  // A third of the length, at least one edit: "respnsible" finds "responsible", "ab" finds nothing far.
  const limit = Math.max(1, Math.floor(length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (Math.abs([...candidate].length - length) > limit) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
