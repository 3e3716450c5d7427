import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/diagnostics/suggest.js';
import { displayWidth } from '../../src/diagnostics/text-width.js';

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('respnsible', 'responsible')).toBe(1);
    expect(editDistance('卫生院', '乡卫生院')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closest', () => {
  it('suggests a near candidate and nothing for a far one', () => {
    expect(closest('titel', ['title', 'date', 'kind'])).toBe('title');
    expect(closest('helth-center', ['health-center', 'villages'])).toBe('health-center');
    expect(closest('xyz', ['title', 'date'])).toBeUndefined();
  });

  it('prefers an exact case-insensitive match', () => {
    expect(closest('Scheme', ['scheme', 'schema'])).toBe('scheme');
  });
});

describe('displayWidth', () => {
  it('counts CJK and full-width punctuation as two columns', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('卫生院')).toBe(6);
    expect(displayWidth('（一）')).toBe(6);
    expect(displayWidth('〔2020〕')).toBe(8);
  });
});
