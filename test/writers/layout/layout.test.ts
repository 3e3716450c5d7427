/** The arithmetic the handlers place things with: 字 widths, 署名/日期 indents, header size, table widths. */
import { describe, expect, it } from 'vitest';
import { headerSizePt } from '../../../src/writers/layout/red-header.js';
import { signatureIndents } from '../../../src/writers/layout/signature.js';
import { scaleWidths } from '../../../src/writers/layout/table.js';
import { widthInChars } from '../../../src/writers/docx/measure.js';
import { stripIllegalXml } from '../../../src/writers/layout/sanitize.js';
import { typeAreaTwips } from '../../../src/writers/docx/page.js';

describe('widthInChars', () => {
  it('counts half-width characters as half a 字', () => {
    expect(widthInChars('2020年5月20日')).toBe(6.5);
    expect(widthInChars('云政办发〔2020〕15号')).toBe(10);
    expect(widthInChars('')).toBe(0);
  });
});

describe('signatureIndents (gbt9704.md §3.13)', () => {
  it('with seal: date 右空四字, 署名 centred on it, never past the edge', () => {
    expect(signatureIndents(['云溪县人民政府办公室'], '2020年5月20日', true)).toEqual({
      names: [2.25],
      date: 4,
    });
    expect(signatureIndents(['云溪县林业局'], '2020年5月20日', true)).toEqual({ names: [4.25], date: 4 });
    expect(signatureIndents(['云溪县重点项目建设领导小组办公室'], '2020年4月10日', true).names).toEqual([0]);
  });

  it('without seal, D ≤ S: 署名 右空二字, date starts 2 字 right of it', () => {
    const { names, date } = signatureIndents(['中共云溪县委员会', '云溪县人民政府'], '2020年12月8日', false);
    expect(names).toEqual([2, 3]);
    // Starts: 署名 at 2 + 8 = 10 字 from the right edge, date at 1.5 + 6.5 = 8: 2 字 further right.
    expect(date).toBe(1.5);
  });

  it('without seal, D > S: date 右空二字, the 署名 moves left so the shift stays 2 字', () => {
    const { names, date } = signatureIndents(['云溪县林业局'], '2020年12月18日', false);
    expect(date).toBe(2);
    expect(names).toEqual([7 - 6 + 4]);
    expect(names[0]! + 6 - (date + 7)).toBe(2);
  });
});

describe('headerSizePt (7.2.4, practice)', () => {
  it('is 小初 for short names and shrinks long ones to 96% of 156 mm', () => {
    expect(headerSizePt({ type: 'redHeader', names: ['云溪县教育局'], suffix: '文件' })).toBe(36);
    // 12 字 in 424.5 pt: 35.4 → 35 (half-points).
    expect(headerSizePt({ type: 'redHeader', names: ['云溪县人民政府办公室'], suffix: '文件' })).toBe(35);
    const long = headerSizePt({
      type: 'redHeader',
      names: ['云溪县重点项目建设领导小组办公室'],
      suffix: '文件',
    });
    expect(long * 18).toBeLessThanOrEqual(442.2 * 0.96);
    expect((long + 0.5) * 18).toBeGreaterThan(442.2 * 0.96);
  });

  it('fits the longest stacked name plus 文件 for a joint header', () => {
    const size = headerSizePt({
      type: 'redHeader',
      names: ['中共云溪县委员会', '云溪县人民政府'],
      suffix: '文件',
    });
    expect(size).toBe(36);
    const wide = headerSizePt({
      type: 'redHeader',
      names: ['中共云溪县纪律检查委员会', '云溪县监察委员会'],
      suffix: '文件',
    });
    expect(wide * (12 + 2 + 1)).toBeLessThanOrEqual(442.2 * 0.96);
  });
});

describe('scaleWidths', () => {
  it('fills the type area exactly and replaces missing or bad widths by 1', () => {
    const widths = scaleWidths([2, 8, 5, 6, 4], 5, typeAreaTwips);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(widths[0]).toBe(Math.floor((2 / 25) * 8844));
    expect(scaleWidths([1, -3, Number.NaN], 4, 400)).toEqual([100, 100, 100, 100]);
  });
});

describe('stripIllegalXml', () => {
  it('drops C0 controls, U+FFFE/U+FFFF and lone surrogates, keeps tab, newline and astral characters', () => {
    expect(stripIllegalXml('a\u0000b\u0001c\u000Bd\uFFFEe\uFFFFf\uD800g\uDC00h')).toBe('abcdefgh');
    expect(stripIllegalXml('\t\n\r𠀀中文')).toBe('\t\n\r𠀀中文');
  });
});
