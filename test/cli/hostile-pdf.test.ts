/**
 * Plans and templates are untrusted (issue 4, hardening.md): local files, URLs, frames, scripts,
 * CSS url() and @import, meta refresh — as text in every kind of prose field, as Markdown links
 * and images, as raw HTML, and in a user template. None of the targets' contents may appear in
 * any output, no request may reach the network, and the build must finish with clear diagnostics.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { discoverBrowser } from '../../src/writers/pdf/discover.js';
import { readPdfText } from '../conformance/pdf-text.js';
import { runCli } from '../helpers/cli.js';
import { filesUnder } from '../helpers/files.js';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-hostile-pdf-'));
const browser = discoverBrowser();
const CANARY = 'CANARY-7f3a9e';
const secret = join(tmp, 'secret.txt');
const requests: string[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  writeFileSync(secret, `${CANARY} secret text\n`);
  writeFileSync(join(tmp, 'secret.css'), `body::after { content: "${CANARY}" }`);
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end(`${CANARY} from the network`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(tmp, { recursive: true, force: true });
});

const files = (dir: string): string[] => filesUnder(dir).map((file) => join(dir, file));

/**
 * Everything a reader could get out of a file: a PDF's text layer (pdf.js) and its inflated
 * streams, a DOCX's every part, an HTML page's source.
 */
async function visible(path: string): Promise<string> {
  const bytes = readFileSync(path);
  if (path.endsWith('.docx'))
    return Object.values(unzipSync(bytes))
      .map((part) => strFromU8(part))
      .join('\n');
  if (!path.endsWith('.pdf')) return bytes.toString('utf8');
  const parts = (await readPdfText(path)).flatMap((page) => page.lines.map((line) => line.text));
  const latin = bytes.toString('latin1');
  for (const match of latin.matchAll(/stream\r?\n/g)) {
    try {
      parts.push(inflateSync(bytes.subarray(match.index + match[0].length)).toString('latin1'));
    } catch {
      // Not a Flate stream, or not at this offset.
    }
  }
  return parts.join('\n');
}

/** A copy of the example plans with self-assessment.yaml's prose replaced. */
function hostilePlans(name: string, prose: (field: string) => string): string {
  const dir = join(tmp, name);
  cpSync(join(ROOT, 'plans'), dir, { recursive: true });
  const path = join(dir, 'self-assessment.yaml');
  const doc = parseDocument(readFileSync(path, 'utf8'));
  doc.set('preamble', prose('preamble'));
  doc.setIn(['notice', 'body'], prose('notice.body'));
  doc.setIn(['sections', 0, 'text'], prose('sections.text'));
  doc.setIn(['sections', 0, 'points', 0], prose('sections.points'));
  doc.setIn(
    ['attachments', 0, 'content'],
    `${prose('attachments.content')}\n\n| 项目 | 说明 |\n| --- | --- |\n| 链接 | ${prose('cell').replace(/\n/g, ' ')} |`,
  );
  writeFileSync(path, doc.toString());
  return path;
}

/** Text that names targets but is not markup: it must print as text and fetch nothing. */
const textual = () =>
  [
    `见 file:///etc/passwd 和 file://${secret} 以及 ${base}/text 与 https://127.0.0.1:1/secure。`,
    `样式 url(file://${secret}) 与 @import url(${base}/import.css); 照印。`,
    `链接 [政策原文](${base}/link) 和 <${base}/autolink> 以及 [本地](file://${secret}) 只印文字。`,
  ].join('\n\n');

const markup = (field: string) =>
  [
    `一段文字<script>document.write("${CANARY}")</script>。`,
    `<iframe src="file://${secret}"></iframe>`,
    `<meta http-equiv="refresh" content="0;url=file://${secret}">`,
    `<img src="${base}/img-${field}.png">`,
    `<link rel="stylesheet" href="${base}/link-${field}.css">`,
    `<style>@import url(${base}/import-${field}.css);</style>`,
    `![图](${base}/md-image-${field}.png) ![本地](file://${secret})`,
  ].join('\n\n');

describe.skipIf(!browser.ok)('hostile plans printed to PDF and HTML', () => {
  it('prints URLs, links and CSS-looking text as text, fetching and embedding nothing', async () => {
    const plan = hostilePlans('textual', textual);
    const out = join(tmp, 'out-textual');
    // The notice and the scheme carry every hostile field (the ledger's cells are escaped by the
    // same inline handler, and the XLSX's by its own tests).
    const run = await runCli([
      'build',
      plan,
      '--out',
      out,
      '--format',
      'docx,pdf,html',
      '--require',
      'pdf',
      '--only',
      'notice,scheme',
    ]);
    expect(run.code, run.err).toBe(0);
    const written = files(out);
    expect(written.filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    for (const file of written) {
      const text = await visible(file);
      expect(text, file).not.toContain(CANARY);
      expect(text, file).not.toMatch(/root:x?:0:0/);
      // Not vacuous: the text that names the targets is there, in every format.
      expect(text.replace(/\s/g, ''), file).toContain('file:///etc/passwd');
    }
    const html = written.filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8'));
    for (const page of html) {
      expect(page).not.toMatch(/<(a|img|iframe|script|link|object|embed)\b/i);
      expect(page).not.toMatch(/http-equiv="refresh"/i);
      // The link text is kept, the URL of a Markdown link is not printed; a bare URL is text.
      expect(page).toContain('政策原文');
      expect(page).toContain(`${base}/text`.replace(/&/g, '&amp;'));
    }
    expect(requests).toEqual([]);
  });

  it('refuses raw HTML and images in every prose field with a diagnostic at each, and writes nothing for the plan', async () => {
    const plan = hostilePlans('markup', markup);
    const out = join(tmp, 'out-markup');
    const run = await runCli(['build', plan, '--out', out, '--format', 'docx,pdf,html']);
    expect(run.code).toBe(1);
    expect(files(out)).toEqual([]);
    const diagnostics = run.err.split('\n').filter((line) => / 错误 /.test(line));
    const html = diagnostics.filter((line) => line.includes('markdown/html'));
    const images = diagnostics.filter((line) => line.includes('markdown/image'));
    // Five fields with six HTML constructs each; the table cell's Markdown is not parsed as a block.
    expect(html.length).toBeGreaterThanOrEqual(5 * 6);
    expect(images.length).toBeGreaterThanOrEqual(5 * 2);
    for (const line of diagnostics) expect(line).toMatch(/self-assessment\.yaml:\d+:\d+/);
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(requests).toEqual([]);
  });

  it('refuses markup coming from a user template the same way', async () => {
    const templates = join(tmp, 'templates');
    cpSync(join(ROOT, 'templates/prose'), templates, { recursive: true });
    writeFileSync(join(templates, 'notice-body.md.hbs'), `《{{title}}》印发。\n\n${markup('template')}\n`);
    const out = join(tmp, 'out-template');
    const run = await runCli([
      'build',
      join(ROOT, 'plans/self-assessment.yaml'),
      '--out',
      out,
      '--templates',
      templates,
      '--format',
      'pdf,html',
    ]);
    expect(run.code).toBe(1);
    expect(files(out)).toEqual([]);
    expect(run.err).toContain('markdown/html');
    expect(run.err).toContain('markdown/image');
    expect(requests).toEqual([]);
  });
});
