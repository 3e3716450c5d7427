/** The word-level diff: Chinese segmented into words, edits that give both texts back, tidy runs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps, diffWords, MAX_EDITS, tokenize } from '../../src/diff/words.js';
import type { WordOp } from '../../src/diff/types.js';

/** No empty op, no two neighbours of one kind, and in a run of edits the delete before the insert. */
function wellFormed(ops: WordOp[]): boolean {
  return ops.every((op, i) => {
    const next = ops[i + 1];
    return op.text !== '' && (!next || (next.op !== op.op && !(op.op === 'insert' && next.op === 'delete')));
  });
}

describe('tokenize', () => {
  it("segments Chinese into dictionary words with Node's ICU (not one token per character)", () => {
    const tokens = tokenize('部分贫困户致贫原因分析不准确，帮扶计划与家庭实际脱节。');
    expect(tokens.join('')).toBe('部分贫困户致贫原因分析不准确，帮扶计划与家庭实际脱节。');
    expect(tokens).toContain('原因');
    expect(tokens).toContain('计划');
    expect(tokens).toContain('，');
  });
});

describe('diffWords', () => {
  it('marks an insertion and a replacement inside a sentence', () => {
    expect(diffWords('随访频次达不到要求。', '随访频次明显低于规范要求。')).toEqual([
      { op: 'equal', text: '随访频次' },
      { op: 'delete', text: '达不到' },
      { op: 'insert', text: '明显低于规范' },
      { op: 'equal', text: '要求。' },
    ]);
  });

  it('keeps the Chinese characters a replaced word shares with its replacement (不准确 → 不够准确)', () => {
    expect(diffWords('分析不准确', '分析不够准确')).toEqual([
      { op: 'equal', text: '分析不' },
      { op: 'insert', text: '够' },
      { op: 'equal', text: '准确' },
    ]);
  });

  it('replaces English words whole', () => {
    expect(diffWords('the cat sat', 'the cart sat')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'cat' },
      { op: 'insert', text: 'cart' },
      { op: 'equal', text: ' sat' },
    ]);
  });

  it('folds a short kept word between two edits into them (semantic cleanup)', () => {
    expect(diffWords('甲的乙', '丙的丁')).toEqual([
      { op: 'delete', text: '甲的乙' },
      { op: 'insert', text: '丙的丁' },
    ]);
  });

  it('handles empty sides and equal texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('相同', '相同')).toEqual([{ op: 'equal', text: '相同' }]);
    expect(diffWords('', '新增')).toEqual([{ op: 'insert', text: '新增' }]);
    expect(diffWords('删除', '')).toEqual([{ op: 'delete', text: '删除' }]);
  });

  it('treats texts past MAX_EDITS as rewritten, keeping the common head and tail', () => {
    const words = (seed: number) =>
      Array.from({ length: MAX_EDITS + 50 }, (_, i) => `w${(i * 7919 + seed) % 100003}`).join(' ');
    const ops = diffWords(`开头。${words(1)}结尾。`, `开头。${words(2)}结尾。`);
    expect(ops.map((op) => op.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(applyOps(ops, 'old')).toBe(`开头。${words(1)}结尾。`);
  });

  it('gives both texts back and is well formed, for any texts (property)', () => {
    const alphabet = fc.constantFrom(
      ...'部分贫困户致贫原因分析不准确帮扶计划与家庭实际脱节的了，。、“”；ab cd 12\n'.split(''),
    );
    const text = fc.array(alphabet, { maxLength: 80 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ops = diffWords(a, b);
        expect(applyOps(ops, 'old')).toBe(a);
        expect(applyOps(ops, 'new')).toBe(b);
        expect(wellFormed(ops)).toBe(true);
        expect(diffWords(a, b)).toEqual(ops);
      }),
      { seed: 20260607, numRuns: 1000 },
    );
  });
});
