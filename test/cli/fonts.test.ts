/**
 * `gongwen fonts`: TrueType copies of the Noto stand-ins, made with fontTools into the font cache,
 * then used by doctor and build: no Type 3 font left in the PDF, and its text layer still right.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverBrowser } from '../../src/writers/pdf/discover.js';
import { findPython, preparedFontsDir } from '../../src/writers/pdf/prepare-fonts.js';
import { readPdfText } from '../conformance/pdf-text.js';
import { runCli } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PLAN = join(ROOT, 'plans/self-assessment.yaml');
const python = await findPython();
const noto = spawnSync('fc-list', [':postscriptname=NotoSerifCJKsc-Regular', 'file'], { encoding: 'utf8' });
const ready = python !== undefined && discoverBrowser().ok && noto.status === 0 && noto.stdout.trim() !== '';
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-font-cache-'));
const cache = join(tmp, 'cache');
let saved: string | undefined;

beforeAll(() => {
  saved = process.env['GONGWEN_FONT_CACHE'];
  process.env['GONGWEN_FONT_CACHE'] = cache;
});
afterAll(() => {
  if (saved === undefined) delete process.env['GONGWEN_FONT_CACHE'];
  else process.env['GONGWEN_FONT_CACHE'] = saved;
  rmSync(tmp, { recursive: true, force: true });
});

describe('the font cache folder', () => {
  it('follows GONGWEN_FONT_CACHE, else the platform’s cache folder', () => {
    expect(preparedFontsDir({ GONGWEN_FONT_CACHE: '/x/y' }, 'linux')).toBe('/x/y');
    expect(preparedFontsDir({ XDG_CACHE_HOME: '/c' }, 'linux')).toBe('/c/gongwen/fonts');
    expect(preparedFontsDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(
      join('C:\\Users\\a\\AppData\\Local', 'gongwen', 'fonts'),
    );
  });
});

describe.skipIf(!ready)('gongwen fonts', () => {
  it('makes the three TrueType copies into the cache', { timeout: 300_000 }, async () => {
    const run = await runCli(['fonts']);
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(cache).sort()).toEqual([
      'gongwen-sans-sc.ttf',
      'gongwen-serif-sc-bold.ttf',
      'gongwen-serif-sc.ttf',
    ]);
    expect(run.out.split('\n')).toContain(`已生成 Gongwen Serif SC：${join(cache, 'gongwen-serif-sc.ttf')}`);
    const format = spawnSync('fc-scan', ['--format', '%{fontformat}', join(cache, 'gongwen-serif-sc.ttf')], {
      encoding: 'utf8',
    });
    expect(format.stdout).toBe('TrueType');
  });

  it('doctor then names them for 小标宋, 仿宋, 黑体 and 宋体, with no Type 3 left', async () => {
    const run = await runCli(['doctor']);
    expect(run.code, run.err).toBe(0);
    const line = (role: string) => run.out.split('\n').find((l) => l.startsWith(`  ${role}\t`))!;
    expect(line('小标宋')).toContain(
      `Gongwen Serif SC Bold（GongwenSerifSC-Bold）\t${join(cache, 'gongwen-serif-sc-bold.ttf')}`,
    );
    expect(line('仿宋')).toContain('Gongwen Serif SC（GongwenSerifSC-Regular）');
    expect(line('黑体')).toContain('Gongwen Sans SC（GongwenSansSC-Regular）');
    expect(run.out).not.toContain('Type 3');
  });

  it('build prints PDFs without Type 3 fonts whose text layer is still the ideographs', async () => {
    const out = join(tmp, 'out');
    const run = await runCli([
      'build',
      PLAN,
      '--out',
      out,
      '--format',
      'pdf',
      '--require',
      'pdf',
      '--only',
      'notice,scheme',
    ]);
    expect(run.code, run.err).toBe(0);
    // No CFF stand-in left: no hint to run `gongwen fonts`.
    expect(run.err).not.toContain('gongwen fonts');
    const dir = join(out, 'self-assessment');
    for (const name of readdirSync(dir)) {
      const pdf = readFileSync(join(dir, name)).toString('latin1');
      expect(pdf, name).not.toContain('/Type3');
      expect(pdf, name).toMatch(/\/BaseFont \/[A-Z]{6}\+GongwenSerifSC-Regular/);
      const text = (await readPdfText(join(dir, name))).flatMap((p) => p.lines.map((l) => l.text)).join('');
      expect(
        [...text].filter((c) => /[\u2E80-\u2FDF\u31C0-\u31EF]/u.test(c)),
        name,
      ).toEqual([]);
      expect(text, name).toContain('人民政府');
    }
  });
});
