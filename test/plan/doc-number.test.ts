import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../src/plan/doc-number.js';

describe('parseDocNumber (GB/T 9704 7.2.5)', () => {
  it('accepts 代字〔年份〕序号号', () => {
    expect(parseDocNumber('青府发〔2020〕34号')).toEqual({
      ok: true,
      agency: '青府发',
      year: 2020,
      serial: 34,
    });
  });

  it.each([
    ['青府发[2020]34号', ['年份应用六角括号〔〕'], '青府发〔2020〕34号'],
    ['青府发（2020）34号', ['年份应用六角括号〔〕'], '青府发〔2020〕34号'],
    ['青府发【2020】34号', ['年份应用六角括号〔〕'], '青府发〔2020〕34号'],
    ['青府发﹝2020﹞34号', ['年份应用六角括号〔〕'], '青府发〔2020〕34号'],
    ['青府发〔2020〕034号', ['序号不编虚位（1 不写作 01）'], '青府发〔2020〕34号'],
    ['青府发〔2020〕第34号', ['序号前不加“第”'], '青府发〔2020〕34号'],
    ['青府发〔2020〕34', ['应以“号”结尾'], '青府发〔2020〕34号'],
    [
      '青府发[2020]第034',
      ['年份应用六角括号〔〕', '序号前不加“第”', '序号不编虚位（1 不写作 01）', '应以“号”结尾'],
      '青府发〔2020〕34号',
    ],
    ['青府发〔20〕34号', ['年份应写全四位'], undefined],
    ['〔2020〕34号', ['缺少机关代字'], undefined],
  ])('%s is rejected with its reasons and fix', (value, reasons, fixed) => {
    const parsed = parseDocNumber(value);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reasonsZh).toEqual(reasons);
    expect(parsed.fixed).toBe(fixed);
    expect(parsed.reasonsEn).toHaveLength(reasons.length);
  });
});
