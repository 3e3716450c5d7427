/**
 * Property: whatever text a plan file holds, `checkFiles` answers with diagnostics (it never
 * throws), every place it reports lies inside the file it names, and the diagnostics come sorted.
 * Inputs: the example plans under a composition of hostile mutations, random strings and random
 * bytes. Fixed seed, so a failure replays; fast-check prints the seed and path to shrink from.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Point, Range } from '../../src/diagnostics/diagnostic.js';
import { formatHuman } from '../../src/diagnostics/format-human.js';
import { formatGithub, toJson } from '../../src/diagnostics/format-machine.js';
import { checkFiles, type CheckResult } from '../../src/pipeline.js';
import type { SourceFile } from '../../src/source/source-file.js';
import { textOnDisk } from '../helpers/diagnostics.js';

/** Fixed for CI; GONGWEN_PROPERTY_SEED and GONGWEN_PROPERTY_SCALE (a run multiplier) are for nightly runs. */
const SEED = Number(process.env['GONGWEN_PROPERTY_SEED'] ?? 20261122);
const SCALE = Number(process.env['GONGWEN_PROPERTY_SCALE'] ?? 1);
/** Per example plan (a check takes ~30 ms): keeps this file under ~20 s on two cores. */
const MUTATION_RUNS = Math.round(100 * SCALE);
const RANDOM_RUNS = Math.round(200 * SCALE);
const TIMEOUT = 120_000;

const PLANS_DIR = join(import.meta.dirname, '..', '..', 'plans');
const REGISTRY = 'units.yaml';
const examples = readdirSync(PLANS_DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
/** A plan that names units.yaml, to reach the registry when units.yaml itself is mutated. */
const registryUser = examples.find(
  (name) => name !== REGISTRY && /^registry: units\.yaml$/m.test(read(name)),
)!;

const tmp = mkdtempSync(join(tmpdir(), 'gongwen-property-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function read(name: string): string {
  return readFileSync(join(PLANS_DIR, name), 'utf8');
}

// --- the oracle ------------------------------------------------------------------------------

function pointProblems(where: string, point: Point, text: string): string[] {
  const lines = text.split('\n');
  const { line, column, offset } = point;
  const problems: string[] = [];
  if (![line, column, offset].every(Number.isInteger))
    return [`${where}: not integers ${JSON.stringify(point)}`];
  if (line < 1 || line > lines.length) problems.push(`${where}: line ${line} not in 1..${lines.length}`);
  else {
    const length = lines[line - 1]!.length;
    if (column < 1 || column > length + 1)
      problems.push(`${where}: column ${column} not in 1..${length + 1}`);
    let expected = column - 1;
    for (let i = 0; i < line - 1; i++) expected += lines[i]!.length + 1;
    if (offset !== expected) problems.push(`${where}: offset ${offset} but ${line}:${column} is ${expected}`);
  }
  if (offset < 0 || offset > text.length)
    problems.push(`${where}: offset ${offset} not in 0..${text.length}`);
  return problems;
}

function rangeProblems(where: string, range: Range, text: string): string[] {
  const problems = [
    ...pointProblems(`${where} start`, range.start, text),
    ...pointProblems(`${where} end`, range.end, text),
  ];
  if (range.start.offset > range.end.offset) problems.push(`${where}: start after end`);
  return problems;
}

const inOrder = (a: Diagnostic, b: Diagnostic): boolean =>
  a.file !== b.file
    ? a.file < b.file
    : a.range.start.offset < b.range.start.offset ||
      (a.range.start.offset === b.range.start.offset && a.range.end.offset <= b.range.end.offset);

/** Every place inside its file, sorted, and every diagnostic renders in every format and language. */
function expectWellFormed(result: CheckResult, textOf: (file: string) => string = textOnDisk): void {
  const texts = new Map<string, string>();
  const text = (file: string): string => {
    if (!texts.has(file)) texts.set(file, textOf(file));
    return texts.get(file)!;
  };
  const problems: string[] = [];
  result.diagnostics.forEach((d, i) => {
    const where = `#${i} ${d.code} ${d.file}`;
    problems.push(...rangeProblems(where, d.range, text(d.file)));
    if (d.related) problems.push(...rangeProblems(`${where} related`, d.related.range, text(d.related.file)));
    const previous = result.diagnostics[i - 1];
    if (previous && !inOrder(previous, d)) problems.push(`${where}: sorted after #${i - 1} ${previous.code}`);
  });
  expect(problems).toEqual([]);

  const sources = new Map<string, SourceFile>();
  for (const loaded of result.loaded) if (loaded.file) sources.set(loaded.file.path, loaded.file);
  for (const source of result.sources) sources.set(source.path, source);
  for (const d of result.diagnostics) {
    for (const lang of ['zh', 'en'] as const) {
      const human = formatHuman(d, { lang, color: false, sources });
      const json = toJson(d, lang);
      const github = formatGithub(d, lang);
      for (const rendered of [human.split('\n')[0]!, json.message, json.hint ?? '', github]) {
        const junk = /undefined|NaN|\[object Object\]/.exec(rendered)?.[0];
        if (junk) expect.fail(`${d.code} rendered in ${lang} shows "${junk}": ${rendered}`);
      }
    }
  }
}

// --- mutations -------------------------------------------------------------------------------

const HOSTILE = [
  '\t',
  ':',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '!tag ',
  '!!binary ',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '"',
  "'",
  '#',
  '? ',
  '|',
  '>-',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\uFFFE',
  '\uFEFF',
  '\uD800',
  '\r',
  '\r\n',
  '\n',
  '  ',
  '中文',
  '关于开展专项整治的通知',
  '<script>alert(1)</script>',
  '\u202E',
  '𠀀',
];

const VALUES = [
  '42',
  '-0.5',
  '1e309',
  '0o10',
  '.nan',
  'true',
  'no',
  'null',
  '~',
  '',
  '""',
  "''",
  '[]',
  '[1, 2]',
  '[a, {b: c}]',
  '{}',
  '{a: 1}',
  '{id: x, name: y}',
  '2020-02-30',
  '2020-01-01T00:00:00Z',
  '12:30',
  '"2099-12-31"',
  'units.yaml',
  '../units.yaml',
  '/etc/passwd',
];

type Mutation =
  | { op: 'delete-line'; at: number }
  | { op: 'delete-range'; at: number; length: number }
  | { op: 'duplicate-line'; at: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; lineStart: boolean; text: string }
  | { op: 'retype'; at: number; value: string };

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('delete-line' as const), at }), weight: 3 },
  {
    arbitrary: fc.record({
      op: fc.constant('delete-range' as const),
      at,
      length: fc.integer({ min: 1, max: 200 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant('duplicate-line' as const), at }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('swap-lines' as const), a: at, b: at }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('truncate' as const), at }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant('insert' as const),
      at,
      lineStart: fc.boolean(),
      text: fc
        .array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 3 })
        .map((parts) => parts.join('')),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({ op: fc.constant('retype' as const), at, value: fc.constantFrom(...VALUES) }),
    weight: 4,
  },
);

/** `key: value`, `key:`, `- key: value`: the value after the first `key:` of a line. */
const KEY_VALUE = /^(\s*(?:- )*[^\s#:'"{[\]}-][^:#]*:)(?:[ \t].*)?$/;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const line = (n: number): number => n % lines.length;
  const offset = (n: number): number => n % (text.length + 1);
  switch (m.op) {
    case 'delete-line':
      lines.splice(line(m.at), 1);
      return lines.join('\n');
    case 'delete-range':
      return text.slice(0, offset(m.at)) + text.slice(offset(m.at) + m.length);
    case 'duplicate-line': {
      const i = line(m.at);
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 'swap-lines': {
      const [i, j] = [line(m.a), line(m.b)];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, offset(m.at));
    case 'insert': {
      const i = m.lineStart
        ? lines.slice(0, line(m.at)).join('\n').length + (line(m.at) > 0 ? 1 : 0)
        : offset(m.at);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'retype': {
      const candidates = lines.flatMap((l, i) => (KEY_VALUE.test(l) ? [i] : []));
      if (candidates.length === 0) return text;
      const i = candidates[m.at % candidates.length]!;
      lines[i] = lines[i]!.replace(KEY_VALUE, (_all, key: string) => (m.value ? `${key} ${m.value}` : key));
      return lines.join('\n');
    }
  }
}

describe('mutate() itself', () => {
  it('applies each kind of mutation as described', () => {
    const text = 'a: 1\nb: 2\nc: 3';
    expect(mutate(text, { op: 'delete-line', at: 4 })).toBe('a: 1\nc: 3');
    expect(mutate(text, { op: 'delete-range', at: 1, length: 4 })).toBe('ab: 2\nc: 3');
    expect(mutate(text, { op: 'duplicate-line', at: 2 })).toBe('a: 1\nb: 2\nc: 3\nc: 3');
    expect(mutate(text, { op: 'swap-lines', a: 0, b: 2 })).toBe('c: 3\nb: 2\na: 1');
    expect(mutate(text, { op: 'truncate', at: 6 })).toBe('a: 1\nb');
    expect(mutate(text, { op: 'insert', at: 1, lineStart: true, text: '---\n' })).toBe(
      'a: 1\n---\nb: 2\nc: 3',
    );
    expect(mutate(text, { op: 'insert', at: 2, lineStart: false, text: '&a ' })).toBe('a:&a  1\nb: 2\nc: 3');
    expect(mutate(text, { op: 'retype', at: 1, value: '[x]' })).toBe('a: 1\nb: [x]\nc: 3');
    expect(mutate('  - id: x\n', { op: 'retype', at: 0, value: '' })).toBe('  - id:\n');
  });
});

// --- properties ------------------------------------------------------------------------------

describe('checkFiles on mutated example plans', () => {
  it.each(examples)(
    '%s: never throws; places inside the file; sorted',
    async (name) => {
      const dir = join(tmp, name.replace(/\W/g, '_'));
      mkdirSync(dir);
      const original = read(name);
      // The registry beside every plan; when the registry is the mutated file, a plan that names it.
      copyFileSync(join(PLANS_DIR, REGISTRY), join(dir, REGISTRY));
      const isRegistry = name === REGISTRY;
      if (isRegistry) copyFileSync(join(PLANS_DIR, registryUser), join(dir, registryUser));
      const target = join(dir, name);

      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 5 }),
          fc.boolean(),
          async (mutations, alsoCheckRegistry) => {
            const text = mutations.reduce(mutate, original);
            writeFileSync(target, text);
            const files = isRegistry
              ? alsoCheckRegistry
                ? [join(dir, registryUser), target]
                : [join(dir, registryUser)]
              : [target];
            expectWellFormed(await checkFiles(files));
          },
        ),
        { seed: SEED, numRuns: MUTATION_RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('checkFiles on random content', () => {
  const dir = join(tmp, 'random');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, 'random.yaml');

  const prefixes = ['', 'kind: scheme\n', 'kind: units\nunits:\n  - ', 'title: '];
  const property = (strings: fc.Arbitrary<string>) =>
    fc.asyncProperty(fc.constantFrom(...prefixes), strings, async (prefix, body) => {
      const text = prefix + body;
      writeFileSync(target, text);
      expectWellFormed(await checkFiles([target]));
    });

  it(
    'binary strings (any code point, lone surrogates included)',
    async () => {
      await fc.assert(property(fc.string({ unit: 'binary', maxLength: 300 })), {
        seed: SEED,
        numRuns: RANDOM_RUNS,
      });
    },
    TIMEOUT,
  );

  it(
    'grapheme strings',
    async () => {
      await fc.assert(property(fc.string({ unit: 'grapheme', maxLength: 300 })), {
        seed: SEED,
        numRuns: RANDOM_RUNS,
      });
    },
    TIMEOUT,
  );

  it(
    'strings of YAML punctuation and hostile fragments',
    async () => {
      const pieces = fc.constantFrom(...HOSTILE, 'a', 'kind', 'units', 'id', ' ', '1', '\n', '  - ');
      await fc.assert(property(fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''))), {
        seed: SEED,
        numRuns: RANDOM_RUNS,
      });
    },
    TIMEOUT,
  );

  it(
    'random bytes written as the file',
    async () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        // Mostly ASCII, so that some of it gets past the UTF-8 check.
        fc.uint8Array({ min: 0, max: 0x7f, maxLength: 2000 }),
        fc.uint8Array({ min: 0x09, max: 0x7e, maxLength: 2000 }),
      );
      await fc.assert(
        fc.asyncProperty(bytes, async (content) => {
          writeFileSync(target, content);
          expectWellFormed(await checkFiles([target]));
        }),
        { seed: SEED, numRuns: RANDOM_RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('regressions found by these properties', () => {
  const dir = join(tmp, 'known');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(PLANS_DIR, REGISTRY), join(dir, REGISTRY));
  const checkEdited = async (
    pattern: RegExp,
    replacement: string,
    name = registryUser,
  ): Promise<Diagnostic[]> => {
    const original = read(name);
    expect(original).toMatch(pattern);
    const target = join(dir, name);
    writeFileSync(target, original.replace(pattern, replacement));
    return (await checkFiles([target])).diagnostics;
  };

  it('a map given as kind is not quoted as "[object Object]"', async () => {
    const [d] = await checkEdited(/^kind: .*$/m, 'kind: {a: 1}');
    expect(d?.code).toBe('schema/unknown-kind');
    expect(toJson(d!, 'en').message).not.toContain('[object Object]');
  });

  it('a map given where an enum value belongs is not quoted as "[object Object]"', async () => {
    const diagnostics = await checkEdited(/include: \w+/, 'include: {a: 1}');
    const d = diagnostics.find((each) => each.code === 'schema/enum');
    expect(d).toBeDefined();
    expect(toJson(d!, 'en').message).not.toContain('[object Object]');
  });

  it('a map given as a status is not quoted as "[object Object]"', async () => {
    const diagnostics = await checkEdited(
      /status: 已完成(?=\n\s+completed:)/,
      'status: {a: 1}',
      'rectification.yaml',
    );
    for (const d of diagnostics) expect(toJson(d, 'en').message).not.toContain('[object Object]');
  });

  it('the quote-it hint for a number keeps the text as written (1.10, not 1.1)', async () => {
    const [d] = await checkEdited(/^title: .*$/m, 'title: 1.10');
    expect(d?.code).toBe('schema/type');
    expect(toJson(d!, 'en').hint).toContain('"1.10"');
  });
});
