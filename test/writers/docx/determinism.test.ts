/**
 * Same tree → same bytes (engineering-notes.md §1 "Determinism"): in one process, in fresh
 * processes under other time zones, and with SOURCE_DATE_EPOCH. The child processes run the
 * compiled writer (dist/, built by `tsc -p tsconfig.json` before the tests), because only a new
 * process really starts under another TZ.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { documentInstant } from '../../../src/writers/layout/instant.js';
import { fixturesDir, loadTree } from './parts.js';

const run = promisify(execFile);
const repoRoot = resolve(fixturesDir, '..', '..', '..');
const compiled = join(repoRoot, 'dist', 'src', 'writers', 'docx', 'index.js');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const core = (docx: Uint8Array) => strFromU8(unzipSync(docx)['docProps/core.xml']!);

/** Why the compiled writer cannot stand in for the sources, if it cannot (missing or older). */
function distProblem(): string | undefined {
  let built: number;
  try {
    built = statSync(compiled).mtimeMs;
  } catch {
    return `${compiled} is missing: run \`npx tsc -p tsconfig.json\` before the tests`;
  }
  // What the writer imports: its own folder, the style numbers and the tree types.
  const sources = ['src/writers/docx', 'src/style', 'src/tree'].flatMap((dir) =>
    readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(repoRoot, dir, f)),
  );
  const newer = sources.filter((f) => statSync(f).mtimeMs > built);
  return newer.length ? `dist/ is older than ${newer[0]}: run \`npx tsc -p tsconfig.json\` first` : undefined;
}

/** sha256 of writeDocx(fixture) computed by a fresh node process with the given environment. */
async function hashInChild(fixture: string, env: Record<string, string>): Promise<string> {
  const script = `
    import { readFileSync } from 'node:fs';
    import { createHash } from 'node:crypto';
    const { writeDocx } = await import(${JSON.stringify(compiled)});
    const tree = JSON.parse(readFileSync(${JSON.stringify(join(fixturesDir, `${fixture}.json`))}, 'utf8'));
    const bytes = await writeDocx(tree);
    process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
      offset: new Date(2020, 4, 20).getTimezoneOffset(), hash: createHash('sha256').update(bytes).digest('hex') }));
  `;
  const { SOURCE_DATE_EPOCH: _drop, ...base } = process.env;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...base, ...env },
  });
  const out = JSON.parse(stdout) as { tz: string; offset: number; hash: string };
  // The child must really be in that zone, or the test proves nothing.
  expect(out.tz).toBe(env['TZ']);
  return `${out.offset}:${out.hash}`;
}

describe('byte-identical DOCX', () => {
  const saved = process.env['SOURCE_DATE_EPOCH'];
  afterEach(() => {
    if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
    else process.env['SOURCE_DATE_EPOCH'] = saved;
  });

  it('gives the same bytes twice in one process', async () => {
    delete process.env['SOURCE_DATE_EPOCH'];
    for (const name of ['notice-scheme', 'joint-upward-report', 'table-bulletin']) {
      const a = await writeDocx(loadTree(name));
      const b = await writeDocx(loadTree(name));
      expect(sha256(b), name).toBe(sha256(a));
    }
  });

  it('stamps the document date, not the clock, and changes with it', async () => {
    delete process.env['SOURCE_DATE_EPOCH'];
    const tree = loadTree('joint-upward-report');
    const a = await writeDocx(tree);
    expect(core(a)).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2020-12-08T00:00:00Z</dcterms:created>',
    );
    expect(core(a)).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2020-12-08T00:00:00Z</dcterms:modified>',
    );
    expect(core(a)).toContain(
      '<dc:title>中共云溪县委员会 云溪县人民政府关于2020年脱贫攻坚工作情况的报告</dc:title>',
    );
    expect(core(a)).toContain('<dc:creator>中共云溪县委办公室</dc:creator>');
    const b = await writeDocx({ ...tree, meta: { ...tree.meta, date: '2020-12-09' } });
    expect(sha256(b)).not.toBe(sha256(a));
  });

  it('gives the same bytes in fresh processes under America/New_York and Asia/Shanghai', async () => {
    const problem = distProblem();
    if (problem) throw new Error(problem);
    delete process.env['SOURCE_DATE_EPOCH'];
    const here = sha256(await writeDocx(loadTree('notice-scheme')));
    const ny = await hashInChild('notice-scheme', { TZ: 'America/New_York' });
    const sh = await hashInChild('notice-scheme', { TZ: 'Asia/Shanghai' });
    // Offsets differ (the zones are real), hashes do not.
    expect(ny.split(':')[0]).toBe('240');
    expect(sh.split(':')[0]).toBe('-480');
    expect(ny.split(':')[1]).toBe(here);
    expect(sh.split(':')[1]).toBe(here);
  });

  it('uses SOURCE_DATE_EPOCH when it is a non-negative integer', async () => {
    process.env['SOURCE_DATE_EPOCH'] = '1600000000';
    const docx = await writeDocx(loadTree('table-bulletin'));
    expect(core(docx)).toContain('>2020-09-13T12:26:40Z</dcterms:created>');
    expect(sha256(await writeDocx(loadTree('table-bulletin')))).toBe(sha256(docx));
  });

  it.each(['-1', '1.5', 'abc', '', '1e9', ' '])('ignores SOURCE_DATE_EPOCH=%j', (value) => {
    expect(documentInstant('2020-04-10', { SOURCE_DATE_EPOCH: value }).toISOString()).toBe(
      '2020-04-10T00:00:00.000Z',
    );
  });

  it('falls back to 1980-01-01 for a date that is not a calendar date', () => {
    for (const date of ['2020-02-30', '20200410', 'soon'])
      expect(documentInstant(date, {}).toISOString(), date).toBe('1980-01-01T00:00:00.000Z');
  });
});
