/**
 * How alike two texts are, for pairing a changed block (or table row) with the one it replaces:
 * the Dice coefficient of their character bigrams, ends included (so that one-character texts
 * compare too). Bigrams suit Chinese, where a word is one to four characters and no spaces
 * separate them; 1 for equal texts, near 0 for unrelated ones.
 */

export type Profile = ReadonlyMap<string, number>;

export function profile(text: string): Profile {
  const chars = ['\u0002', ...text, '\u0003'];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!;
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

const total = (p: Profile): number => {
  let sum = 0;
  for (const count of p.values()) sum += count;
  return sum;
};

export function dice(a: Profile, b: Profile): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [bigram, count] of small) shared += Math.min(count, large.get(bigram) ?? 0);
  return (2 * shared) / (total(a) + total(b));
}

export const similarity = (a: string, b: string): number => dice(profile(a), profile(b));

/**
 * Below this, two blocks of one type are not the same block edited but one removed and another
 * added: a reader follows a replaced paragraph better than a word diff of two unrelated ones.
 */
export const MIN_SIMILARITY = 0.35;
