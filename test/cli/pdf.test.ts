/**
 * `gongwen build` with PDF and HTML, and `gongwen doctor`: formats, the missing-browser path with
 * and without --require pdf, user font folders, and that no Chromium outlives a build — finished,
 * interrupted with Ctrl-C, or with gongwen itself killed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPaths } from '../../src/pipeline.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { PROFILE_PREFIX } from '../../src/writers/pdf/browser.js';
import { discoverBrowser } from '../../src/writers/pdf/discover.js';
import { cliText } from '../../src/cli/text.js';
import { runCli } from '../helpers/cli.js';
import { filesUnder } from '../helpers/files.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PLAN = join(ROOT, 'plans/self-assessment.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-pdf-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const browser = discoverBrowser();
const linux = process.platform === 'linux';

const files = filesUnder;

/** Processes whose command line names one of our browser profiles (Linux /proc). */
function ourBrowsers(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
      if (command.includes(PROFILE_PREFIX))
        found.push(`${pid}: ${command.replace(/\0/g, ' ').slice(0, 120)}`);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('build without a browser', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env['GONGWEN_BROWSER'];
    process.env['GONGWEN_BROWSER'] = join(tmp, 'no-such-browser');
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['GONGWEN_BROWSER'];
    else process.env['GONGWEN_BROWSER'] = saved;
  });

  it('still writes the DOCX, says why there is no PDF and how to get one, and exits 0', async () => {
    const out = join(tmp, 'no-browser');
    const run = await runCli(['build', PLAN, '--only', 'notice,scheme', '--out', out]);
    expect(run.code).toBe(0);
    expect(files(out).map((f) => f.slice(f.lastIndexOf('.')))).toEqual(['.docx', '.docx']);
    expect(run.err).toContain(
      `环境变量 GONGWEN_BROWSER 指定的浏览器 ${join(tmp, 'no-such-browser')} 不存在或不能运行，未生成 PDF。`,
    );
  });

  it('fails with exit code 4 under --require pdf, the DOCX written all the same', async () => {
    const out = join(tmp, 'no-browser-required');
    const run = await runCli(['build', PLAN, '--only', 'notice,scheme', '--out', out, '--require', 'pdf']);
    expect(run.code).toBe(4);
    expect(run.err).toContain('已指定 --require pdf：没有生成 pdf，按失败处理。');
    expect(files(out)).toHaveLength(2);
  });

  it.skipIf(!linux)(
    'says so when the named program is not a browser, and still writes the DOCX',
    async () => {
      process.env['GONGWEN_BROWSER'] = '/bin/true';
      const out = join(tmp, 'not-a-browser');
      const run = await runCli(['build', PLAN, '--only', 'notice,scheme', '--out', out, '--require', 'pdf']);
      expect(run.code).toBe(4);
      expect(run.err).toMatch(/^无法启动浏览器 \/bin\/true：.+\n未生成 PDF。$/m);
      expect(files(out)).toHaveLength(2);
    },
  );

  it('explains how to install one when none is found anywhere', () => {
    const none = discoverBrowser({ env: {}, runnable: () => false });
    expect(none.ok).toBe(false);
    if (none.ok) return;
    expect(cliText('zh').noBrowser(none.tried)).toBe(
      '未找到 Chrome、Edge 或 Chromium 浏览器，未生成 PDF（DOCX 照常生成）。\n' +
        '  安装：Debian/Ubuntu 运行 sudo apt-get install chromium；Windows、macOS 安装 Chrome 或 Edge。\n' +
        '  已安装在别处：用 --browser <路径> 指定，或设置环境变量 GONGWEN_BROWSER。\n' +
        `  已查找：${none.tried.join('、')}`,
    );
  });

  it('rejects unknown formats and a --require of a format not built (exit 2)', async () => {
    expect((await runCli(['build', PLAN, '--only', 'notice,scheme', '--format', 'docx,odt'])).err).toBe(
      '不支持的格式“odt”，可选 docx、pdf、html、xlsx，用逗号分隔。',
    );
    expect(
      (await runCli(['build', PLAN, '--only', 'notice,scheme', '--format', 'docx', '--require', 'pdf'])).code,
    ).toBe(2);
    expect((await runCli(['build', PLAN, '--only', 'notice,scheme', '--jobs', '0'])).err).toBe(
      '--jobs 应为正整数，而不是“0”。',
    );
    expect((await runCli(['build', PLAN, '--only', 'notice,scheme', '--fonts', join(tmp, 'nope')])).err).toBe(
      `字体文件夹 ${join(tmp, 'nope')} 不存在。`,
    );
  });
});

describe('a PDF that fails to print', () => {
  it('loses only that PDF: the other files are written and the failure is named', async () => {
    const out = join(tmp, 'render-failure');
    const renderer = {
      render: async (tree: DocumentTree) => {
        if (tree.meta.title.includes('通知')) throw new Error('页面崩溃');
        return { pdf: new Uint8Array(Buffer.from('%PDF-stub')), html: '<!DOCTYPE html>' };
      },
    };
    const result = await buildPaths([PLAN], {
      outDir: out,
      formats: new Set(['docx', 'pdf', 'html'] as const),
      only: new Set(['notice', 'scheme'] as const),
      renderer,
    });
    expect(result.renderFailures).toEqual([
      {
        plan: PLAN,
        document: '青石镇人民政府关于印发《青石镇脱贫攻坚成效自查评估工作方案》的通知',
        message: '页面崩溃',
      },
    ]);
    const written = files(out).map((file) => file.slice(file.lastIndexOf('.')));
    // The notice: DOCX and its HTML written without the measured 版记 placement; no PDF. The scheme: all three.
    expect(written.sort()).toEqual(['.docx', '.docx', '.html', '.html', '.pdf']);
  });
});

describe.skipIf(!browser.ok)('build with a browser', () => {
  it('writes DOCX, PDF and HTML of every document with --format docx,pdf,html', async () => {
    const out = join(tmp, 'all-formats');
    const run = await runCli([
      'build',
      PLAN,
      '--only',
      'notice,scheme',
      '--out',
      out,
      '--format',
      'docx,pdf,html',
      '--require',
      'pdf',
    ]);
    expect(run.code, run.err).toBe(0);
    const written = files(out);
    expect(written).toHaveLength(6);
    for (const ext of ['.docx', '.pdf', '.html'])
      expect(written.filter((f) => f.endsWith(ext))).toHaveLength(2);
    const pdf = written.find((f) => f.endsWith('.pdf'))!;
    expect(readFileSync(join(out, pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The fallback fonts are named once, with the way out.
    expect(run.err.match(/提示：PDF 中这些字体用了替代字体/g) ?? []).toHaveLength(linux ? 1 : 0);
    // With the CFF Noto stand-ins (Type 3 in the PDF), once, the way to faster PDFs.
    expect(run.err.match(/运行 gongwen fonts/g) ?? []).toHaveLength(linux ? 1 : 0);
  });

  it('writes only the HTML preview with --format html, 版记 placed at the bottom as in the PDF', async () => {
    const out = join(tmp, 'html-only');
    const run = await runCli(['build', PLAN, '--only', 'notice,scheme', '--out', out, '--format', 'html']);
    expect(run.code, run.err).toBe(0);
    const written = files(out);
    expect(written.every((f) => f.endsWith('.html'))).toBe(true);
    const notice = readFileSync(
      join(
        out,
        written.find((f) => f.includes('通知'))!,
      ),
      'utf8',
    );
    expect(notice).toMatch(/id="gw-colophon" class="[^"]*" style="margin-top:\d+(\.\d+)?px"/);
  });

  it.skipIf(!linux)('leaves no browser running after a build', async () => {
    const result = spawnSync(
      process.execPath,
      ['bin/gongwen.js', 'build', PLAN, '--only', 'notice,scheme', '--out', join(tmp, 'spawned')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(ourBrowsers()).toEqual([]);
  });

  it.skipIf(!linux)('on Ctrl-C closes the browser, removes unfinished files and exits 130', async () => {
    const out = join(tmp, 'interrupted');
    const child = spawn(process.execPath, ['bin/gongwen.js', 'build', 'plans', '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // Interrupt once the browser is up (its profile exists) and printing is under way.
    expect(await waitFor(() => ourBrowsers().length > 0, 20_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(err).toContain('已中断：浏览器已关闭，未写完的文件已删除。');
    expect(await waitFor(() => ourBrowsers().length === 0, 5_000), ourBrowsers().join('\n')).toBe(true);
    expect(files(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(!linux)('lets the browser exit by itself when gongwen is killed outright', async () => {
    const child = spawn(
      process.execPath,
      ['bin/gongwen.js', 'build', 'plans', '--out', join(tmp, 'killed')],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
    expect(await waitFor(() => ourBrowsers().length > 0, 20_000)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // Chromium reads its commands from a pipe: when the pipe closes it shuts down.
    expect(await waitFor(() => ourBrowsers().length === 0, 10_000), ourBrowsers().join('\n')).toBe(true);
  });
});

describe('gongwen doctor', () => {
  it('says there is no browser, with how to install one, and exits 4', async () => {
    const saved = process.env['GONGWEN_BROWSER'];
    process.env['GONGWEN_BROWSER'] = join(tmp, 'no-such-browser');
    try {
      const run = await runCli(['doctor']);
      expect(run.code).toBe(4);
      expect(run.err).toContain('不存在或不能运行');
    } finally {
      if (saved === undefined) delete process.env['GONGWEN_BROWSER'];
      else process.env['GONGWEN_BROWSER'] = saved;
    }
  });

  it.skipIf(!browser.ok || !linux)(
    'names the browser and, for each role, the font and file that render it',
    async () => {
      const run = await runCli(['doctor']);
      expect(run.code, run.err).toBe(0);
      const lines = run.out.split('\n');
      expect(lines[0]).toMatch(/^浏览器：.+（.+；.*\d+\.\d+/);
      for (const role of ['小标宋', '仿宋', '黑体', '楷体', '宋体', '数字和西文'])
        expect(
          lines.some((line) => line.startsWith(`  ${role}\t`)),
          role,
        ).toBe(true);
      // With Debian's open fonts only, every 公文 role is a stand-in, and doctor says so with the file.
      const fangsong = lines.find((line) => line.startsWith('  仿宋\t'))!;
      expect(fangsong).toMatch(/\/usr\/share\/fonts\/\S+ {2}替代字体（正式字体为 仿宋_GB2312）/);
      expect(lines.find((line) => line.startsWith('可以生成 PDF'))).toMatch(
        /^可以生成 PDF，但有 5 种字体用了替代字体/,
      );
      // The CFF stand-ins print as Type 3: doctor points to `gongwen fonts`.
      expect(lines.at(-1)).toBe(
        '提示：运行 gongwen fonts 可把 CFF 替代字体转为 TrueType，PDF 生成约快一倍、文件约小一半。',
      );
    },
  );
});
