import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { filesUnder } from '../helpers/files.js';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plansCopy = (name: string): string => {
  const dir = join(tmp, name);
  cpSync(join(ROOT, 'plans'), dir, { recursive: true });
  return dir;
};

const files = filesUnder;

/** A copy of the bundled templates with the notice body replaced. */
const userTemplates = (name: string, noticeBody: string): string => {
  const dir = join(tmp, name);
  cpSync(join(ROOT, 'templates/prose'), dir, { recursive: true });
  writeFileSync(join(dir, 'notice-body.md.hbs'), noticeBody);
  return dir;
};

const documentXml = (path: string): string => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);

describe('gongwen build', () => {
  it('writes the whole family of every example plan under output/<plan>/, named by their titles (DOCX only with --format docx)', async () => {
    const out = join(tmp, 'out-all');
    const run = await runCli(['build', join(ROOT, 'plans'), '--out', out, '--format', 'docx']);
    expect(run.code).toBe(0);
    expect(files(out)).toEqual([
      'inspection-cross-check/青石镇对云溪乡脱贫攻坚成效交叉督导检查工作台账.docx',
      'inspection-cross-check/青石镇对云溪乡脱贫攻坚成效交叉督导检查工作方案.docx',
      'inspection-cross-check/青石镇对云溪乡脱贫攻坚成效交叉督导检查责任清单.docx',
      'inspection-cross-check/青石镇扶贫开发领导小组办公室关于报送交叉督导检查工作方案的报告.docx',
      'rectification/青石镇2017年度扶贫开发工作成效考核反馈问题整改台账.docx',
      'rectification/青石镇2017年度扶贫开发工作成效考核反馈问题整改方案.docx',
      'rectification/青石镇2017年度扶贫开发工作成效考核反馈问题整改责任清单.docx',
      'rectification/青石镇扶贫开发领导小组关于2017年度扶贫开发工作成效考核反馈问题整改情况的报告.docx',
      'rectification/青石镇扶贫开发领导小组关于印发《青石镇2017年度扶贫开发工作成效考核反馈问题整改方案》的通知.docx',
      'rectification/青石镇扶贫开发领导小组办公室关于督促镇农业服务中心加快推进逾期未完成问题整改的通知.docx',
      'rectification/青石镇扶贫开发领导小组办公室关于督促镇规划建设办加快推进逾期未完成问题整改的通知.docx',
      'rectification/青石镇扶贫开发领导小组办公室关于督促镇财政所加快推进逾期未完成问题整改的通知.docx',
      'self-assessment/青石镇人民政府关于印发《青石镇脱贫攻坚成效自查评估工作方案》的通知.docx',
      'self-assessment/青石镇脱贫攻坚成效自查评估工作台账.docx',
      'self-assessment/青石镇脱贫攻坚成效自查评估工作方案.docx',
      'self-assessment/青石镇脱贫攻坚成效自查评估责任清单.docx',
      'special-action/青石镇2021年安全生产“查隐患、抓整治、促提升”专项行动实施方案.docx',
      'special-action/青石镇2021年安全生产“查隐患、抓整治、促提升”专项行动整改台账.docx',
      'special-action/青石镇2021年安全生产“查隐患、抓整治、促提升”专项行动责任清单.docx',
    ]);
    // Prints what it wrote, one line per document.
    expect(run.out.split('\n').filter((line) => line.startsWith('已生成 '))).toHaveLength(19);
    const notice = documentXml(
      join(out, 'self-assessment/青石镇人民政府关于印发《青石镇脱贫攻坚成效自查评估工作方案》的通知.docx'),
    );
    expect(notice).toContain('青镇府发〔2020〕27号');
    expect(notice).toContain('现印发给你们，请认真贯彻落实。');
  });

  it('writes nothing for a plan with errors, still builds the others, and exits 1', async () => {
    const dir = plansCopy('plans-bad');
    const path = join(dir, 'rectification.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('responsible: [villages', 'responsible: [vilages'),
    );
    const out = join(tmp, 'out-bad');
    const run = await runCli(['build', dir, '--out', out, '--format', 'docx']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('单位编号“vilages”不存在');
    expect(run.err).toContain('以下方案有错误，未生成公文');
    expect(files(join(out, 'rectification'))).toEqual([]);
    expect(files(join(out, 'self-assessment'))).toHaveLength(4);
  });

  it('reports raw HTML in a Markdown field in check as in build, and builds nothing for that plan', async () => {
    const dir = plansCopy('plans-html');
    const path = join(dir, 'self-assessment.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('text: 自查评估工作组按照', 'text: 自查评估工作组<br>按照'),
    );
    const check = await runCli(['check', dir, '--lang', 'en']);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/self-assessment\.yaml:\d+:\d+ error .*markdown\/html/);
    const out = join(tmp, 'out-html');
    const build = await runCli(['build', dir, '--out', out, '--format', 'docx']);
    expect(build.code).toBe(1);
    expect(files(join(out, 'self-assessment'))).toEqual([]);
    expect(files(join(out, 'rectification'))).toHaveLength(8);
  });

  it('uses a template from --templates in place of the bundled one', async () => {
    const templates = userTemplates('templates', '现将《{{title}}》印发给你们，请结合实际认真执行。\n');
    const out = join(tmp, 'out-templates');
    const run = await runCli([
      'build',
      join(ROOT, 'plans/self-assessment.yaml'),
      '--out',
      out,
      '--templates',
      templates,
    ]);
    expect(run.code).toBe(0);
    const notice = documentXml(
      join(out, 'self-assessment/青石镇人民政府关于印发《青石镇脱贫攻坚成效自查评估工作方案》的通知.docx'),
    );
    expect(notice).toContain('请结合实际认真执行。');
    expect(notice).not.toContain('请认真贯彻落实');
  });

  it('names the template file and line of a broken user template, and writes nothing', async () => {
    const templates = userTemplates('templates-broken', '第一行\n《{{title}》已经同意。\n');
    const out = join(tmp, 'out-broken');
    const run = await runCli([
      'build',
      join(ROOT, 'plans/self-assessment.yaml'),
      '--out',
      out,
      '--templates',
      templates,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/notice-body\.md\.hbs:2:1 error .* template\/syntax/);
    expect(run.err).toContain('> 2 | 《{{title}》已经同意。');
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(files(out)).toEqual([]);
  });

  it('reports a broken user template in check --templates as build does', async () => {
    const templates = userTemplates('templates-check', '《{{title}》\n');
    const run = await runCli(['check', join(ROOT, 'plans/self-assessment.yaml'), '--templates', templates]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/notice-body\.md\.hbs:1:1 错误 .* template\/syntax/);
  });

  it('gives byte-identical documents across runs, processes and time zones', () => {
    const hashes = ['UTC', 'Asia/Shanghai', 'America/New_York'].map((tz) => {
      const out = join(tmp, `out-tz-${tz.replace('/', '-')}`);
      // One run prints its PDFs one at a time, the others in parallel tabs: the bytes must not differ.
      const jobs = tz === 'Asia/Shanghai' ? ['--jobs', '1'] : [];
      const result = spawnSync(
        process.execPath,
        ['bin/gongwen.js', 'build', 'plans', '--out', out, ...jobs],
        {
          cwd: ROOT,
          env: { ...process.env, TZ: tz, SOURCE_DATE_EPOCH: '' },
          encoding: 'utf8',
        },
      );
      expect(result.status, result.stderr).toBe(0);
      const hash = createHash('sha256');
      for (const file of files(out)) hash.update(file).update(readFileSync(join(out, file)));
      return hash.digest('hex');
    });
    expect(new Set(hashes).size).toBe(1);
    // Three builds of every document of every plan, PDFs included.
  }, 240_000);

  it('never leaves a truncated document at a final path when killed mid-build', async () => {
    for (const delay of [150, 450, 800, 2500, 3500]) {
      const out = join(tmp, `out-kill-${delay}`);
      const child = spawn(process.execPath, ['bin/gongwen.js', 'build', 'plans', '--out', out], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      await new Promise((resolveDelay) => setTimeout(resolveDelay, delay));
      child.kill('SIGKILL');
      await new Promise((resolveExit) => child.once('exit', resolveExit));
      for (const file of files(out)) {
        if (file.endsWith('.tmp')) continue; // a temporary file, never at a final path
        const bytes = readFileSync(join(out, file));
        if (file.endsWith('.pdf')) expect(bytes.subarray(-6).toString('latin1'), file).toBe('%%EOF\n');
        else expect(() => unzipSync(bytes), file).not.toThrow();
      }
    }
  });
});
