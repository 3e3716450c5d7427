/**
 * Golden tests: every test/fixtures/invalid/<name>.yaml is a small complete plan with one kind of
 * error; <name>.expected.txt lists exactly the diagnostics `check` must report for it, one
 * formatLine() per diagnostic, followed by its related place and hint on indented lines.
 *
 * To regenerate the expected files run `UPDATE=1 npx vitest run test/check/fixtures.test.ts`, then
 * READ every changed .expected.txt and confirm each line by eye (code, line:column range, message)
 * before keeping it: a golden nobody read is not a test.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, formatDiagnostic, formatLine, repoRoot } from '../helpers/diagnostics.js';

const FIXTURES = join(repoRoot, 'test', 'fixtures', 'invalid');
const UPDATE = process.env['UPDATE'] === '1';

/**
 * Fixtures whose expected file states the correct output while src/ still reports something else.
 * `now` is text (one or more whole lines) src/ prints today, `golden` what the expected file has
 * instead (empty: the lines should not be there). The test pins both: it fails when `now`
 * disappears (the bug is fixed: delete the entry) or when anything else changes.
 * UPDATE=1 writes these expected files with the corrections applied.
 */
const KNOWN_BUGS: Record<string, { bug: string; lines: { now: string; golden: string }[] }> = {};

const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

const expectedPath = (name: string) => join(FIXTURES, name.replace(/\.yaml$/, '.expected.txt'));

const render = (diagnostics: Parameters<typeof formatDiagnostic>[0][]): string =>
  diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');

describe('invalid fixtures report exactly their expected diagnostics', () => {
  it('has a fixture for each kind of error', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(50);
  });

  it.each(fixtures)('%s', async (name) => {
    const text = await readFile(join(FIXTURES, name), 'utf8');
    const result = await checkText(text, name);
    let actual = render(result.diagnostics);
    expect(actual, 'an invalid fixture must report something').not.toBe('');

    const known = KNOWN_BUGS[name];
    if (known) {
      for (const { now, golden } of known.lines) {
        expect(
          actual.includes(now),
          `${name}: src/ no longer prints ${JSON.stringify(now)} (${known.bug}): remove it from KNOWN_BUGS`,
        ).toBe(true);
        actual = actual.replace(now, golden);
      }
    }

    if (UPDATE) {
      await writeFile(expectedPath(name), actual, 'utf8');
      return;
    }
    const expected = await readFile(expectedPath(name), 'utf8').catch(() => '(missing: run with UPDATE=1)');
    expect(actual).toBe(expected);
  });

  it('every expected file belongs to a fixture', () => {
    const orphans = readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.expected.txt'))
      .filter((name) => !fixtures.includes(name.replace(/\.expected\.txt$/, '.yaml')));
    expect(orphans).toEqual([]);
  });
});

// Plans whose meaning depends on other files than the plan and units.yaml.
const PLAN = `kind: scheme
title: 测试方案
date: 2020-05-20
issuers:
  - name: 青石镇人民政府
registry: REGISTRY
sections:
  - title: 工作要求
    text: 认真落实。
`;

describe('registry layouts', () => {
  it('refuses a registry that exists outside the plan folder and the project', async () => {
    const text = PLAN.replace('REGISTRY', '../shared/units.yaml');
    const units = await readFile(join(repoRoot, 'plans', 'units.yaml'), 'utf8');
    const result = await checkText(text, 'plans/plan.yaml', { files: { 'shared/units.yaml': units } });
    expect(result.diagnostics.map(formatLine)).toEqual([
      'plan.yaml:6:11-6:31 error plan/registry-outside 单位名录 ../shared/units.yaml 不在方案所在目录或当前项目目录之内',
    ]);
  });

  it('reports a registry that is not kind: units', async () => {
    const other = PLAN.replace('REGISTRY', 'units.yaml');
    const text = PLAN.replace('REGISTRY', 'other.yaml');
    const result = await checkText(text, 'plan.yaml', { files: { 'other.yaml': other } });
    expect(result.diagnostics.map(formatLine)).toEqual([
      expect.stringMatching(
        /^plan\.yaml:6:11-6:21 error plan\/registry-not-units \S*other\.yaml 不是有效的单位名录（kind: units）$/,
      ),
    ]);
  });

  it('reports the problems of a broken registry once, in the registry', async () => {
    const text = PLAN.replace('REGISTRY', 'units.yaml');
    const result = await checkText(text, 'plan.yaml', {
      units: false,
      files: { 'units.yaml': 'kind: units\nunits:\n  - id: a\n    name: 甲\n  - id: a\n    name: 乙\n' },
    });
    // Sorted by file path: the registry's is relative to the working directory, the plan's absolute.
    expect(result.diagnostics.map(formatDiagnostic).sort()).toEqual([
      expect.stringMatching(/^plan\.yaml:6:11-6:21 error plan\/registry-not-units \S*units\.yaml /),
      'units.yaml:5:9-5:10 error plan/duplicate-id 编号“a”重复\n' +
        '  related units.yaml:3:9-3:10 plan/first-defined-here “a”首次定义于此\n' +
        '  hint 编号在一个方案内必须唯一；修订比对和进度更新都按编号对应',
    ]);
  });
});
