/**
 * The command line as a user meets it: `main(argv, io)` in process with a capturing io, and, to
 * prove that `npx gongwen` works, the built launcher bin/gongwen.js in a child process (run
 * `npx tsc -p tsconfig.json` first: the launcher loads dist/).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli, type Run } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PLANS = join(ROOT, 'plans');
const PLAN = 'inspection-cross-check.yaml';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const KINDS = ['scheme', 'rectification', 'self-assessment', 'inspection'];
const ESC = '\u001b[';
const STACK = /\n\s+at /;

const tmp = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
const cwd = process.cwd();
beforeAll(() => {
  // The language comes from --lang or GONGWEN_LANG; these tests expect the default (Chinese).
  vi.stubEnv('GONGWEN_LANG', undefined);
  process.chdir(ROOT);
});
afterAll(() => {
  vi.unstubAllEnvs();
  process.chdir(cwd);
  rmSync(tmp, { recursive: true, force: true });
});

async function run(argv: string[], color = false): Promise<Run> {
  const result = await runCli(argv, color);
  expect(`${result.out}\n${result.err}`, 'a stack trace').not.toMatch(STACK);
  return result;
}

/** The built CLI, as `npx gongwen` runs it, from the repository root. */
function spawn(args: string[], env: Record<string, string | undefined> = {}) {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    GONGWEN_LANG: undefined,
    GONGWEN_DEBUG: undefined,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
  };
  for (const [key, value] of Object.entries(env)) childEnv[key] = value;
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'gongwen.js'), ...args], {
    cwd: ROOT,
    env: childEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

let serial = 0;
const fresh = (): string => {
  const dir = join(tmp, String(serial++));
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** The example plan with three problems: an unknown key, a value of the wrong type, a bad date. */
function badPlan(): { path: string; sealLine: number } {
  const dir = fresh();
  writeFileSync(join(dir, 'units.yaml'), readFileSync(join(PLANS, 'units.yaml')));
  const text = readFileSync(join(PLANS, PLAN), 'utf8');
  expect(text).toMatch(/^ {2}seal: false$/m);
  expect(text).toMatch(/^title: /m);
  const bad = text
    .replace(/^ {2}seal: false$/m, '  seal: maybe')
    .replace(/^title: /m, 'colour: red\ntitle: ')
    .replace(/^date: .*$/m, 'date: 2020-02-30');
  const path = join(dir, PLAN);
  writeFileSync(path, bad);
  const sealLine = bad.split('\n').findIndex((line) => line === '  seal: maybe') + 1;
  return { path, sealLine };
}

const planCount = readdirSync(PLANS).filter((name) => /\.ya?ml$/.test(name)).length;

describe('check', () => {
  it('checks plans/ clean with exit 0 and the summary', async () => {
    const result = await run(['check', 'plans/']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(`✔ 已检查 ${planCount} 个文件，没有发现问题`);
  });

  it('checks plans/ when given no path in a folder that has one', async () => {
    const result = await run(['check', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`✔ ${planCount} files checked, no problems`);
  });

  it('exits 1 on a bad plan and prints each diagnostic with file:line:col, without colour', async () => {
    const { path, sealLine } = badPlan();
    const result = await run(['check', path]);
    expect(result.code).toBe(1);
    expect(result.out).not.toContain(ESC);
    expect(result.out).toMatch(new RegExp(`^${escape(path)}:${sealLine}:9 错误 .*  schema/type$`, 'm'));
    expect(result.out).toMatch(new RegExp(`^ > ${sealLine} \\|   seal: maybe$`, 'm'));
    expect(result.out).toMatch(/^✖ \d+ 个错误，0 个警告（已检查 1 个文件）$/m);
  });

  it('colours the output when the io asks for colour', async () => {
    const result = await run(['check', badPlan().path], true);
    expect(result.out).toContain(`${ESC}31;1m`);
  });

  it('gives English messages with --lang en', async () => {
    const { path, sealLine } = badPlan();
    const result = await run(['check', '--lang', 'en', path]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`^${escape(path)}:${sealLine}:9 error .*  schema/type$`, 'm'));
    expect(result.out).toMatch(/^✖ \d+ errors, 0 warnings \(1 file checked\)$/m);
    expect(result.out).not.toMatch(/错误|警告|已检查/);
  });

  it('gives a JSON array with --format json', async () => {
    const { path, sealLine } = badPlan();
    const result = await run(['check', '--format', 'json', path]);
    expect(result.code).toBe(1);
    const diagnostics = JSON.parse(result.out) as Record<string, unknown>[];
    expect(Array.isArray(diagnostics)).toBe(true);
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    for (const d of diagnostics) {
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['code', 'severity', 'file', 'start', 'end', 'message']),
      );
      expect(d['start']).toEqual({ line: expect.any(Number), column: expect.any(Number) });
      expect(d['end']).toEqual({ line: expect.any(Number), column: expect.any(Number) });
    }
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'schema/type',
        severity: 'error',
        file: path,
        start: { line: sealLine, column: 9 },
        end: { line: sealLine, column: 14 },
      }),
    );
    expect(diagnostics.map((d) => d['code'])).toContain('schema/unknown-key');
  });

  it('gives one workflow command per diagnostic with --format github', async () => {
    const { path } = badPlan();
    const result = await run(['check', '--format', 'github', path]);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines)
      expect(line).toMatch(/^::error file=.*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=.*::/);
    // The summary goes to stderr so that stdout stays a list of commands.
    expect(result.err).toMatch(/个错误/);
  });

  it('shows at most --max-diagnostics and says how many more there are', async () => {
    const { path } = badPlan();
    const all = JSON.parse((await run(['check', '--format', 'json', path])).out) as unknown[];
    const result = await run(['check', '--lang', 'en', '--max-diagnostics', '2', path]);
    expect(result.code).toBe(1);
    expect(result.out.match(/^\S+:\d+:\d+ (error|warning) /gm)).toHaveLength(2);
    expect(result.out).toContain(`… and ${all.length - 2} more not shown`);
  });

  it('checks several paths and folders in one run', async () => {
    const { path } = badPlan();
    const result = await run(['check', '--lang', 'en', 'plans', path]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`\\(${planCount + 1} files checked\\)`));
  });
});

describe('usage errors exit 2', () => {
  it.each([
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['check', '--bogus', 'plans']],
    ['an unknown short option', ['check', '-x', 'plans']],
    ['a bad --format', ['check', '--format', 'xml', 'plans']],
    ['a bad --lang', ['check', '--lang', 'fr', 'plans']],
    ['a --lang without value', ['check', 'plans', '--lang']],
    ['a zero --max-diagnostics', ['check', '--max-diagnostics', '0', 'plans']],
    ['a non-numeric --max-diagnostics', ['check', '--max-diagnostics', 'lots', 'plans']],
    ['a missing path', ['check', 'no/such/folder']],
    ['new with a bad kind', ['new', 'memo', 'x.yaml']],
    ['new without a file', ['new', 'scheme']],
    ['new with a file that is not .yaml', ['new', 'scheme', 'plan.txt']],
    ['new with too many arguments', ['new', 'scheme', 'a.yaml', 'b.yaml']],
    ['schema with a positional argument', ['schema', 'plan']],
  ])('%s', async (_name, argv) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.err.length).toBeGreaterThan(0);
  });

  it('new refuses to overwrite an existing file without --force', async () => {
    const target = join(fresh(), 'plan.yaml');
    writeFileSync(target, 'keep me\n');
    const result = await run(['new', 'scheme', target]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(target);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    expect((await run(['new', 'scheme', target, '--force'])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^kind: scheme/m);
  });

  it('check without paths in a folder without plans/ is a usage error', async () => {
    const dir = fresh();
    process.chdir(dir);
    try {
      const result = await run(['check']);
      expect(result.code).toBe(2);
      expect(result.err).toContain('plans/');
    } finally {
      process.chdir(ROOT);
    }
  });

  it('no command prints the help and exits 2', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.out).toContain('gongwen check');
  });
});

describe('help and version', () => {
  it.each([
    { argv: ['--help'] },
    { argv: ['-h'] },
    { argv: ['check', '--help'] },
    { argv: ['new', '--help'] },
  ])('$argv exits 0 with the help', async ({ argv }) => {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(result.out).toContain('gongwen check');
    expect(result.out).toContain('gongwen new');
  });

  it('gives the help in English with --lang en', async () => {
    const result = await run(['--help', '--lang', 'en']);
    expect(result.out).toContain('Usage:');
  });

  it.each([['--version'], ['-v']])('%s prints the package version', async (flag) => {
    const result = await run([flag]);
    expect(result).toEqual({ code: 0, out: VERSION, err: '' });
  });
});

describe('new', () => {
  const schemaFile = realpathSync(join(ROOT, 'schemas', 'plan.schema.json'));

  it.each(KINDS)('new %s writes a plan wired to the schema that then checks clean', async (kind) => {
    const target = join(fresh(), 'nested', 'deeper', `${kind}.yaml`);
    mkdirSync(dirname(target), { recursive: true });
    const created = await run(['new', kind, target]);
    expect(created.code).toBe(0);
    expect(created.out).toContain(target);

    const text = readFileSync(target, 'utf8');
    const first = text.split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, first).not.toBeNull();
    const schemaPath = match![1]!;
    expect(schemaPath).not.toMatch(/^\/|\\/);
    const resolved = resolve(dirname(target), schemaPath);
    expect(existsSync(resolved)).toBe(true);
    expect(realpathSync(resolved)).toBe(schemaFile);
    expect(text).toMatch(new RegExp(`^kind: ${kind}\\b`, 'm'));

    const checked = await run(['check', target]);
    expect(checked).toMatchObject({ code: 0 });
  });

  it('writes a schema path relative to a relative target', async () => {
    const dir = fresh();
    process.chdir(dir);
    try {
      expect((await run(['new', 'scheme', 'here.yaml'])).code).toBe(0);
      const first = readFileSync(join(dir, 'here.yaml'), 'utf8').split('\n')[0]!;
      const schemaPath = first.replace('# yaml-language-server: $schema=', '');
      expect(realpathSync(resolve(dir, schemaPath))).toBe(schemaFile);
    } finally {
      process.chdir(ROOT);
    }
  });
});

describe('schema', () => {
  it('prints the plan schema as JSON with $defs', async () => {
    const result = await run(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.out) as Record<string, unknown>;
    expect(schema).toHaveProperty('$defs');
    expect(result.out.trim()).toBe(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8').trim());
  });

  it('writes the units schema with --units --out', async () => {
    const out = join(fresh(), 'units.schema.json');
    const result = await run(['schema', '--units', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toContain(out);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(readFileSync(join(ROOT, 'schemas', 'units.schema.json'), 'utf8'));
    expect(JSON.parse(written)).toBeTypeOf('object');
  });

  it('reports a folder that cannot be written as a usage error', async () => {
    const result = await run(['schema', '--out', join(tmp, 'no', 'such', 'dir', 'x.json')]);
    expect(result.code).toBe(2);
  });
});

describe('the built launcher (npx gongwen)', () => {
  it('checks plans/ and exits 0', () => {
    const child = spawn(['check', 'plans/']);
    expect(child.err).toBe('');
    expect(child.out).toBe(`✔ 已检查 ${planCount} 个文件，没有发现问题\n`);
    expect(child.code).toBe(0);
  });

  it('colours a bad plan under FORCE_COLOR and exits 1', () => {
    const { path } = badPlan();
    const coloured = spawn(['check', path], { FORCE_COLOR: '1' });
    expect(coloured.code).toBe(1);
    expect(coloured.out).toContain(`${ESC}31;1m`);
    expect(`${coloured.out}${coloured.err}`).not.toMatch(STACK);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
