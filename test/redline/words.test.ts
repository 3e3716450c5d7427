/**
 * The pieces of a redline: the LCS and its edit script, Chinese word segmentation and word-level
 * diffs (formatting kept, stranded common words folded into the change), similarity, and the
 * alignment of blocks or rows (anchors, then similar items paired, the rest added or removed).
 */
import { describe, expect, it } from 'vitest';
import { align } from '../../src/redline/align.js';
import { diffKeys, lcsPairs } from '../../src/redline/lcs.js';
import { resolveInlines } from '../../src/redline/resolve.js';
import { MIN_SIMILARITY, similarity } from '../../src/redline/similarity.js';
import { atoms, diffInlines } from '../../src/redline/words.js';
import { plainText } from '../../src/tree/inlines.js';
import type { Inline } from '../../src/tree/types.js';

const t = (value: string): Inline => ({ type: 'text', value });
const ins = (...children: Inline[]): Inline => ({ type: 'insert', children });
const del = (...children: Inline[]): Inline => ({ type: 'delete', children });

/** A compact rendering: [-removed-] and [+added+]. */
function show(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'break':
          return '⏎';
        case 'insert':
          return `[+${show(node.children)}+]`;
        case 'delete':
          return `[-${show(node.children)}-]`;
        case 'strong':
          return `**${show(node.children)}**`;
        case 'emphasis':
          return `*${show(node.children)}*`;
      }
    })
    .join('');
}

describe('lcs', () => {
  it('matches the longest common subsequence, common ends first', () => {
    expect(lcsPairs([...'abcde'], [...'abxde'])).toEqual([
      [0, 0],
      [1, 1],
      [3, 3],
      [4, 4],
    ]);
    expect(lcsPairs([...'abc'], [...'xyz'])).toEqual([]);
    expect(lcsPairs([], [...'ab'])).toEqual([]);
  });

  it('gives an edit script with removals before additions', () => {
    expect(diffKeys([...'axc'], [...'ayc']).map((s) => s.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });

  it('is deterministic among equally long subsequences (on a tie, the old item is passed over first)', () => {
    expect(lcsPairs([...'aa'], [...'a'])).toEqual([[0, 0]]);
    expect(lcsPairs([...'ab'], [...'ba'])).toEqual([[1, 0]]);
  });
});

describe('word segmentation', () => {
  it('cuts Chinese into dictionary words and keeps numbers whole', () => {
    const words = atoms([t('部分贫困户于2025年3月1日前完成')]).map((a) => a.text);
    expect(words.join('')).toBe('部分贫困户于2025年3月1日前完成');
    expect(words).toContain('2025');
    expect(words).toContain('部分');
    expect(words.length).toBeGreaterThan(6);
  });

  it('ignores what an input already marks: the accepted words', () => {
    expect(
      atoms([t('甲'), del(t('乙')), ins(t('丙'))])
        .map((a) => a.text)
        .join(''),
    ).toBe('甲丙');
  });
});

describe('diffInlines', () => {
  it('marks a word changed mid-sentence', () => {
    const out = diffInlines(
      [t('部分改造户竣工验收不及时，补助资金未按时兑付。')],
      [t('部分改造户竣工验收严重滞后，补助资金未按时兑付。')],
    );
    expect(show(out)).toBe('部分改造户竣工验收[-不及时-][+严重滞后+]，补助资金未按时兑付。');
  });

  it('marks a moved date as a change of its numbers', () => {
    expect(show(diffInlines([t('整改时限：9月30日前')], [t('整改时限：11月30日前')]))).toBe(
      '整改时限：[-9-][+11+]月30日前',
    );
  });

  it('gives nothing marked for equal content, and whole marks for empty sides', () => {
    expect(diffInlines([t('不变')], [t('不变')])).toEqual([t('不变')]);
    expect(diffInlines([], [t('新增')])).toEqual([ins(t('新增'))]);
    expect(diffInlines([t('删除')], [])).toEqual([del(t('删除'))]);
    expect(diffInlines([], [])).toEqual([]);
  });

  it('keeps formatting and breaks, and a change of formatting is a change', () => {
    const old: Inline[] = [
      t('一是'),
      { type: 'strong', children: [t('加强领导')] },
      { type: 'break' },
      t('二是'),
    ];
    const next: Inline[] = [
      t('一是'),
      { type: 'strong', children: [t('强化领导')] },
      { type: 'break' },
      t('二是'),
    ];
    expect(show(diffInlines(old, next))).toBe('一是[-**加强**-][+**强化**+]**领导**⏎二是');
    expect(show(diffInlines([t('重点')], [{ type: 'strong', children: [t('重点')] }]))).toBe(
      '[-重点-][+**重点**+]',
    );
  });

  it('folds a short common word stranded between changes into one replacement', () => {
    const out = diffInlines([t('甲乙丙的丁戊己')], [t('子丑寅的卯辰巳')]);
    expect(show(out)).not.toMatch(/\]的\[/);
    expect(plainText(resolveInlines(out, 'accept'))).toBe('子丑寅的卯辰巳');
    expect(plainText(resolveInlines(out, 'reject'))).toBe('甲乙丙的丁戊己');
  });

  it('always gives the new content when accepted and the old when rejected', () => {
    const cases: [string, string][] = [
      ['镇扶贫办牵头，各村配合', '镇农业服务中心牵头，各村（社区）配合'],
      ['', '全新的一段话。'],
      ['整段删除。', ''],
      ['Hello world 12.5%', 'Hello brave world 13%'],
      ['a\tb', 'a\tc'],
    ];
    for (const [a, b] of cases) {
      const out = diffInlines([t(a)], [t(b)]);
      expect(plainText(resolveInlines(out, 'accept'))).toBe(b);
      expect(plainText(resolveInlines(out, 'reject'))).toBe(a);
    }
  });
});

describe('similarity', () => {
  it('is 1 for equal texts, high for an edit, low for unrelated texts', () => {
    expect(similarity('整改落实措施', '整改落实措施')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(
      similarity(
        '部分改造户竣工验收不及时，补助资金未按时兑付',
        '部分改造户竣工验收严重滞后，补助资金未按时兑付',
      ),
    ).toBeGreaterThan(0.7);
    expect(similarity('指导思想', '农产品产销对接渠道单一')).toBeLessThan(MIN_SIMILARITY);
  });
});

describe('align', () => {
  const options = {
    key: (s: string) => s,
    score: (a: string, b: string) => {
      const s = similarity(a, b);
      return s >= MIN_SIMILARITY ? s : undefined;
    },
  };
  const ops = (old: string[], next: string[]) =>
    align(old, next, options).map((step) =>
      step.op === 'pair'
        ? `=${step.old}>${step.new}`
        : step.op === 'delete'
          ? `-${step.old}`
          : `+${step.new}`,
    );

  it('anchors equal items and pairs similar ones between anchors', () => {
    expect(
      ops(['甲段', '农村危房改造进度缓慢', '乙段'], ['甲段', '农村危房改造进度严重缓慢', '乙段']),
    ).toEqual(['=甲段>甲段', '=农村危房改造进度缓慢>农村危房改造进度严重缓慢', '=乙段>乙段']);
  });

  it('adds and removes what does not pair, a removal where it stood, removals before additions', () => {
    expect(ops(['甲段', '指导思想', '乙段'], ['甲段', '农产品产销对接渠道单一', '乙段'])).toEqual([
      '=甲段>甲段',
      '-指导思想',
      '+农产品产销对接渠道单一',
      '=乙段>乙段',
    ]);
    expect(ops(['一', '二', '三'], ['一', '三'])).toEqual(['=一>一', '-二', '=三>三']);
  });

  it('pairs in order, by the best total similarity', () => {
    expect(
      ops(
        ['健康扶贫政策落实不到位', '控辍保学制度落实不够'],
        ['新增的问题', '健康扶贫政策落实仍不到位', '控辍保学制度落实仍不够'],
      ),
    ).toEqual([
      '+新增的问题',
      '=健康扶贫政策落实不到位>健康扶贫政策落实仍不到位',
      '=控辍保学制度落实不够>控辍保学制度落实仍不够',
    ]);
  });
});
