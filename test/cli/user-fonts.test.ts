/**
 * An office's own font files (--fonts): a folder with a font named 仿宋_GB2312 is found by doctor
 * as the official font and used in the PDF. The font is made for the test from AR PL UKai CN
 * (TrueType), subset to the plan's characters and renamed with fontTools (python3-fonttools).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverBrowser } from '../../src/writers/pdf/discover.js';
import { runCli } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PLAN = join(ROOT, 'plans/self-assessment.yaml');
const UKAI = '/usr/share/fonts/truetype/arphic/ukai.ttc';
// Debian's python3-fonttools is for /usr/bin/python3, which another python3 on PATH may shadow.
const python = ['/usr/bin/python3', 'python3'].find(
  (cmd) => spawnSync(cmd, ['-c', 'import fontTools.subset'], { stdio: 'ignore' }).status === 0,
);
const fontTools = python !== undefined;
const ready =
  discoverBrowser().ok &&
  fontTools &&
  process.platform === 'linux' &&
  spawnSync('test', ['-f', UKAI]).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-fonts-'));
const fonts = join(tmp, 'fonts');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Subsets UKai to the characters of the plan and the templates, and names it 仿宋_GB2312. */
const MAKE_FONT = `
import sys
from fontTools.ttLib import TTFont
from fontTools import subset
text = open(sys.argv[1], encoding='utf-8').read() + '一二三四五六七八九十附件印发年月日（）〔〕、：；，。“”《》0123456789'
font = TTFont(sys.argv[2], fontNumber=0)
options = subset.Options()
options.name_IDs = ['*']
subsetter = subset.Subsetter(options)
subsetter.populate(text=text)
subsetter.subset(font)
names = font['name']
names.names = [n for n in names.names if n.nameID not in (1, 2, 4, 6, 16, 17)]
for platform, encoding, lang in ((3, 1, 0x409), (3, 1, 0x804)):
    names.setName('仿宋_GB2312', 1, platform, encoding, lang)
    names.setName('Regular', 2, platform, encoding, lang)
    names.setName('仿宋_GB2312', 4, platform, encoding, lang)
    names.setName('FangSong_GB2312', 6, platform, encoding, lang)
font.save(sys.argv[3])
`;

describe.skipIf(!ready)('--fonts: the office’s own font files', () => {
  beforeAll(() => {
    mkdirSync(fonts);
    const made = spawnSync(python!, ['-c', MAKE_FONT, PLAN, UKAI, join(fonts, 'fangsong_gb2312.ttf')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(made.status, made.stderr).toBe(0);
  }, 130_000);

  it('doctor finds the official 仿宋 in the folder and names its file', async () => {
    const run = await runCli(['doctor', '--fonts', fonts]);
    expect(run.code, run.err).toBe(0);
    const line = run.out.split('\n').find((l) => l.startsWith('  仿宋\t'))!;
    expect(line).toBe(
      `  仿宋\t仿宋_GB2312（FangSong_GB2312）\t${join(fonts, 'fangsong_gb2312.ttf')}  正式字体`,
    );
    expect(run.out).toContain(`自带字体文件夹：${fonts}`);
    expect(run.out.split('\n').find((line) => line.startsWith('可以生成 PDF'))).toMatch(
      /^可以生成 PDF，但有 4 种字体用了替代字体/,
    );
  });

  it('build embeds it in the PDF and no longer warns about 仿宋', async () => {
    const out = join(tmp, 'out');
    const run = await runCli(['build', PLAN, '--out', out, '--format', 'pdf', '--fonts', fonts]);
    expect(run.code, run.err).toBe(0);
    expect(run.err).not.toContain('仿宋 → ');
    expect(run.err).toContain('小标宋 → ');
    const dir = join(out, 'self-assessment');
    for (const name of readdirSync(dir)) {
      // TrueType outlines: a CID font subset named after the file's PostScript name.
      expect(readFileSync(join(dir, name)).toString('latin1'), name).toMatch(
        /\/BaseFont \/[A-Z]{6}\+FangSong_GB2312/,
      );
    }
  });
});
