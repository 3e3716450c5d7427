/**
 * Word-level diff of prose, for Chinese first: a line diff of 部分贫困户致贫原因分析不准确 is the whole
 * paragraph, a character diff is noise. Text is cut into words with ICU's dictionary segmenter
 * (Intl.Segmenter 'zh', which Node ships with full ICU: 部分|贫困|户|致|贫|原因|分析), diffed with
 * Myers' algorithm over the tokens, then tidied the way diff-match-patch's semantic cleanup does so
 * that a lone 的 or ， between two edits does not split them, and a replaced word keeps the Chinese
 * characters it shares with its replacement (trimHan). The segmentation follows the ICU version, so
 * expected outputs are tied to the Node line the project supports.
 */
import type { WordOp } from './types.js';

let segmenter: Intl.Segmenter | undefined;

/**
 * ICU's dictionary segmentation of an unbroken run of Chinese grows worse than linearly (100,000
 * characters took 15 s on Node 20; 1,000 take a millisecond): the text is segmented a sentence at
 * a time (ICU's dictionary runs stop at punctuation anyway, so this segments the same), and a
 * run longer than CHUNK in pieces (which may cut a word there).
 */
const CHUNK = 1000;

/** Words, punctuation and runs of spaces, in order; joined they give the text back. */
export function tokenize(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[。！？；，、\n])/)) {
    for (let at = 0; at < sentence.length;) {
      let end = Math.min(at + CHUNK, sentence.length);
      // Never between the halves of a surrogate pair.
      if (end < sentence.length && /[\uDC00-\uDFFF]/.test(sentence[end]!)) end--;
      for (const part of segmenter.segment(sentence.slice(at, end))) out.push(part.segment);
      at = end;
    }
  }
  return out;
}

/**
 * Past this many edits (tokens inserted plus deleted) between the common head and tail, the texts
 * are treated as rewritten: Myers costs O((n + m)·D) time and O(D²) memory, and a 100,000-character
 * attachment rewritten from scratch must not stall a review. The edit is then one delete and one insert.
 */
export const MAX_EDITS = 1000;

/** The edits turning `before` into `after`: deletes before inserts in each run, adjacent ops merged. */
export function diffWords(before: string, after: string): WordOp[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const ops: WordOp[] = [];
  const push = (op: WordOp['op'], tokens: string[]) => {
    for (const text of tokens) ops.push({ op, text });
  };
  push('equal', a.slice(0, head));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const middle = myers(midA, midB);
  // A loop, not push(...middle): a spread of 100,000 tokens overflows the call's argument limit.
  if (middle) for (const op of middle) ops.push(op);
  else {
    push('delete', midA);
    push('insert', midB);
  }
  push('equal', a.slice(a.length - tail));
  return merge(trimHan(cleanup(merge(ops))));
}

/** Myers' O((n + m)·D) greedy diff; null when more than MAX_EDITS edits are needed. */
function myers(a: string[], b: string[]): WordOp[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    return [
      ...a.map((text) => ({ op: 'delete' as const, text })),
      ...b.map((text) => ({ op: 'insert' as const, text })),
    ];
  }
  // Tokens as small integers: the inner loop compares numbers, not strings.
  const ids = new Map<string, number>();
  const code = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const x = Int32Array.from(a, code);
  const y = Int32Array.from(b, code);
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // The frontier before each step, for the walk back; only its live diagonals -d..d are kept.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let i = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) {
        i++;
        j++;
      }
      v[offset + k] = i;
      if (i >= n && j >= m) return backtrack(trace, d, a, b);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], last: number, a: string[], b: string[]): WordOp[] {
  const out: WordOp[] = [];
  let i = a.length;
  let j = b.length;
  for (let d = last; d > 0; d--) {
    const before = trace[d]!; // the frontier after step d - 1, indexed k + d
    const at = (k: number) => before[k + d]!;
    const k = i - j;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevI = at(prevK);
    // The snake of step d starts just after its one edit: one token down (insert) or right (delete).
    const startI = down ? prevI : prevI + 1;
    while (i > startI) {
      i--;
      j--;
      out.push({ op: 'equal', text: a[i]! });
    }
    if (down) out.push({ op: 'insert', text: b[--j]! });
    else out.push({ op: 'delete', text: a[--i]! });
  }
  while (i > 0) out.push({ op: 'equal', text: a[--i]! });
  return out.reverse();
}

/** Adjacent ops of a kind joined; in each run of edits the deletes come first, then the inserts. */
function merge(ops: WordOp[]): WordOp[] {
  const out: WordOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  for (const { op, text } of ops) {
    if (text === '') continue;
    if (op === 'delete') deleted += text;
    else if (op === 'insert') inserted += text;
    else {
      flush();
      const previous = out[out.length - 1];
      if (previous?.op === 'equal') previous.text += text;
      else out.push({ op, text });
    }
  }
  flush();
  return out;
}

/**
 * diff-match-patch's semantic cleanup: an equality no longer than the edits on either side of it
 * (the longer of the deletion and the insertion, each side) is folded into them, so that 甲的乙 →
 * 丙的丁 reads as one replacement instead of two around a kept 的.
 */
function cleanup(input: WordOp[]): WordOp[] {
  // `input` is merged: equalities and runs of edits alternate, a run being a delete, an insert or both.
  let ops = input;
  const size = (op: WordOp | undefined) => (op ? op.text.length : 0);
  /** The longer of the deletion and the insertion in the run from index `from` (-1: backwards). */
  const run = (from: number, step: 1 | -1) => {
    let del = 0;
    let ins = 0;
    for (let i = from; i >= 0 && i < ops.length && ops[i]!.op !== 'equal'; i += step)
      if (ops[i]!.op === 'delete') del += size(ops[i]);
      else ins += size(ops[i]);
    return Math.max(del, ins);
  };
  for (let e = 0; e < ops.length; e++) {
    if (ops[e]!.op !== 'equal') continue;
    // Equalities are never empty, so this also requires edits on both sides.
    const length = size(ops[e]);
    if (length > run(e - 1, -1) || length > run(e + 1, 1)) continue;
    let start = e;
    while (start > 0 && ops[start - 1]!.op !== 'equal') start--;
    const text = ops[e]!.text;
    ops = merge([...ops.slice(0, e), { op: 'delete', text }, { op: 'insert', text }, ...ops.slice(e + 1)]);
    // The runs on both sides are now one, starting at `start`: the equality before it may fold now
    // (its following run grew), so the scan resumes there (diff-match-patch backs up the same way).
    e = Math.max(-1, start - 2);
  }
  return ops;
}

const HAN = /\p{Script=Han}/u;

/**
 * A replaced word sharing its first or last characters with its replacement keeps them: the
 * segmenter cuts 不准确 as 不|准确 but 不够准确 as 不够|准确, and 不~~不~~**不够** reads worse than
 * 不**够**. Only Chinese characters are kept this way (each is a morpheme); an English word is
 * replaced whole (ca{r}t helps no one).
 */
function trimHan(ops: WordOp[]): WordOp[] {
  const out: WordOp[] = [];
  for (let i = 0; i < ops.length; i++) {
    const del = ops[i]!;
    const ins = ops[i + 1];
    if (del.op !== 'delete' || ins?.op !== 'insert') {
      out.push(del);
      continue;
    }
    const a = Array.from(del.text);
    const b = Array.from(ins.text);
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head] && HAN.test(a[head]!)) head++;
    let tail = 0;
    while (
      tail < a.length - head &&
      tail < b.length - head &&
      a[a.length - 1 - tail] === b[b.length - 1 - tail] &&
      HAN.test(a[a.length - 1 - tail]!)
    )
      tail++;
    out.push(
      { op: 'equal', text: a.slice(0, head).join('') },
      { op: 'delete', text: a.slice(head, a.length - tail).join('') },
      { op: 'insert', text: b.slice(head, b.length - tail).join('') },
      { op: 'equal', text: a.slice(a.length - tail).join('') },
    );
    i++;
  }
  return out;
}

/** The texts the ops were made from: `which` = 'old' joins equal and delete ops, 'new' equal and insert. */
export function applyOps(ops: readonly WordOp[], which: 'old' | 'new'): string {
  const skip = which === 'old' ? 'insert' : 'delete';
  return ops
    .filter((op) => op.op !== skip)
    .map((op) => op.text)
    .join('');
}
