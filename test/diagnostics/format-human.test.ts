import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatHuman, formatSummary } from '../../src/diagnostics/format-human.js';
import { formatGithub, toJson } from '../../src/diagnostics/format-machine.js';
import { createSourceFile, rangeAt } from '../../src/source/source-file.js';

const text = 'kind: scheme\nsections:\n  - title: 工作要求\n    responsible: [卫生院, x]\n';
const file = createSourceFile('p.yaml', text);
const at = text.indexOf('x]');
const unknown = createDiagnostic('plan/unknown-unit', 'p.yaml', rangeAt(file, at, at + 1), {
  ref: 'x',
  id: 'health-center',
  name: '青石镇卫生院',
});
const sources = new Map([['p.yaml', file]]);

describe('formatHuman', () => {
  it('prints place, message, code frame with carets under wide characters, and hint', () => {
    expect(formatHuman(unknown, { lang: 'zh', color: false, sources })).toBe(
      [
        'p.yaml:4:24 错误 单位编号“x”不存在  plan/unknown-unit',
        '   3 |   - title: 工作要求',
        ' > 4 |     responsible: [卫生院, x]',
        '     |                           ^',
        '    提示：是否应为 health-center（青石镇卫生院）？',
      ].join('\n'),
    );
  });

  it('speaks English with --lang en and paints only when asked', () => {
    const plain = formatHuman(unknown, { lang: 'en', color: false, sources });
    expect(plain).toContain('error there is no unit with the id "x"');
    expect(plain).toContain('hint: did you mean health-center (青石镇卫生院)?');
    expect(plain).not.toContain('\u001b[');
    expect(formatHuman(unknown, { lang: 'en', color: true, sources })).toContain('\u001b[31;1m');
  });

  it('clips a very long line around the place', () => {
    const long = `title: ${'长'.repeat(5000)}x${'长'.repeat(5000)}\n`;
    const source = createSourceFile('l.yaml', long);
    const x = long.indexOf('x');
    const d = createDiagnostic('plan/halfwidth-punctuation', 'l.yaml', rangeAt(source, x, x + 1), {
      char: 'x',
      full: 'X',
    });
    const out = formatHuman(d, { lang: 'zh', color: false, sources: new Map([['l.yaml', source]]) });
    expect(out.length).toBeLessThan(800);
    expect(out).toMatch(/\n {5}\| (?: {2})+\^\n/);
  });
});

describe('summary and machine formats', () => {
  it('summarises counts in both languages', () => {
    expect(formatSummary({ errors: 2, warnings: 1, files: 3, hidden: 0 }, 'zh', false)).toBe(
      '✖ 2 个错误，1 个警告（已检查 3 个文件）',
    );
    expect(formatSummary({ errors: 0, warnings: 0, files: 1, hidden: 0 }, 'en', false)).toBe(
      '✔ 1 file checked, no problems',
    );
    expect(formatSummary({ errors: 1, warnings: 0, files: 1, hidden: 4 }, 'en', false)).toMatch(
      /^… and 4 more/,
    );
  });

  it('emits JSON values with start and end, and GitHub annotations with escaped properties', () => {
    expect(toJson(unknown, 'zh')).toEqual({
      code: 'plan/unknown-unit',
      severity: 'error',
      file: 'p.yaml',
      start: { line: 4, column: 24 },
      end: { line: 4, column: 25 },
      message: '单位编号“x”不存在',
      hint: '是否应为 health-center（青石镇卫生院）？',
    });
    const odd = { ...unknown, file: 'a,b:c.yaml' };
    expect(formatGithub(odd, 'zh')).toBe(
      '::error file=a%2Cb%3Ac.yaml,line=4,col=24,endLine=4,endColumn=25,title=plan/unknown-unit::单位编号“x”不存在（是否应为 health-center（青石镇卫生院）？）',
    );
  });
});
