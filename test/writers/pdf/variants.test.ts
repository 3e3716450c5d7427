/**
 * Chromium names the lower of two code points that share a glyph (户 U+6237 and 戶 U+6236 in Noto
 * CJK SC): the document's own text decides which one the text layer names (to-unicode.ts).
 */
import { describe, expect, it } from 'vitest';
import { fixToUnicode, variantsOf, visibleText } from '../../../src/writers/pdf/to-unicode.js';

const code = (ch: string) => ch.codePointAt(0)!;

describe('variantsOf', () => {
  it('renames an ideograph the document lacks to the nearby one it has and no CMap names', () => {
    expect(variantsOf([code('贫'), code('困'), code('戶')], '贫困户')).toEqual(
      new Map([[code('戶'), code('户')]]),
    );
  });

  it('leaves a named ideograph the document contains, and one with no candidate near it', () => {
    expect(variantsOf([code('戶'), code('户')], '戶户')).toEqual(new Map());
    expect(variantsOf([code('戶')], '贫困')).toEqual(new Map());
    // 人 (U+4EBA) is far from 戶: never a candidate for it.
    expect(variantsOf([code('戶')], '人')).toEqual(new Map());
  });

  it('rewrites the CMap entry', () => {
    const cmap =
      '1 begincodespacerange\n<00> <FF>\nendcodespacerange\n1 beginbfchar\n<01> <6236>\nendbfchar\nendcmap';
    expect(fixToUnicode(cmap, variantsOf([0x6236], '户'))).toContain('<01> <6237>');
    expect(fixToUnicode(cmap)).toContain('<01> <6236>');
  });

  it('takes a radical to its ideograph and then to the variant the document holds (⼾ → 戶 → 户)', () => {
    const cmap = '1 beginbfchar\n<01> <2F3E>\nendbfchar\nendcmap';
    const named = [0x6236]; // what the CMap names once the radical is read as its NFKC ideograph
    expect(fixToUnicode(cmap, variantsOf(named, '户'))).toContain('<01> <6237>');
    expect(fixToUnicode(cmap)).toContain('<01> <6236>');
  });

  it('reads the shown text of the page, not its style sheet or tags', () => {
    expect(visibleText('<style>.户{}</style><p class="戶">贫困户</p>')).toBe('贫困户');
  });
});
