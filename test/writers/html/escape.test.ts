/**
 * Plans and templates are untrusted: every string of the tree reaches the page as text, never as
 * markup (issue 4). A tree whose every string field carries hostile HTML and CSS must give a page
 * whose only tags are the writer's own, whose only <style> is the stylesheet, whose attributes
 * carry none of it, and whose text unescapes to exactly the strings of the tree. Characters XML
 * forbids are dropped, as in the DOCX writer (writers/layout/sanitize.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree, Inline } from '../../../src/tree/types.js';
import { stylesheet } from '../../../src/writers/html/css.js';
import { escapeHtml } from '../../../src/writers/html/escape.js';
import { writeHtml } from '../../../src/writers/html/index.js';
import { stripIllegalXml } from '../../../src/writers/layout/sanitize.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src="file:///etc/passwd">',
  '"><iframe src=x>',
  '</style>',
  '&amp;',
  'url(file:///etc/passwd)',
  "' onmouseover='alert(2)",
  '</title><script src=//x></script>',
  '<!-- <style>@import "x";</style> -->',
  '<svg/onload=alert(3)>',
  '&#x3C;script&#x3E;',
  '<![CDATA[x]]>',
].join(' ');

/** Each field gets its own marker, so that we can tell which one leaked, if any does. */
let serial = 0;
const fields: string[] = [];
function hostile(): string {
  const value = `F${String(++serial).padStart(2, '0')}${HOSTILE}`;
  fields.push(value);
  return value;
}
const t = (): Inline => ({ type: 'text', value: hostile() });

const blocks: Block[] = [
  { type: 'headerFields', copyNumber: hostile(), secrecy: hostile(), urgency: hostile() },
  { type: 'redHeader', names: [hostile()], suffix: hostile() },
  { type: 'redHeader', names: [hostile(), hostile()], suffix: hostile() },
  { type: 'docNumber', number: hostile(), signers: null },
  { type: 'docNumber', number: hostile(), signers: [hostile(), hostile(), hostile()] },
  { type: 'title', lines: [hostile(), hostile()] },
  { type: 'recipients', text: hostile() },
  { type: 'heading', depth: 1, label: hostile(), title: [t()], form: 'standalone', body: [] },
  { type: 'heading', depth: 5, label: hostile(), title: [t()], form: 'run-in', body: [t()] },
  {
    type: 'paragraph',
    children: [
      t(),
      { type: 'strong', children: [t(), { type: 'emphasis', children: [t()] }] },
      { type: 'break' },
      t(),
    ],
    indent: 'none',
    align: 'center',
  },
  {
    type: 'table',
    widths: [1, 2],
    header: [{ children: [t()] }, { children: [t()] }],
    rows: [
      [{ children: [t()] }, { children: [{ type: 'strong', children: [t()] }] }],
      [{ children: [t()] }, { children: [t()] }],
    ],
  },
  { type: 'attachmentNote', titles: [hostile(), hostile()] },
  { type: 'signature', names: [hostile(), hostile()], date: hostile(), seal: false },
  { type: 'signature', names: [hostile()], date: hostile(), seal: true },
  { type: 'signature', names: [hostile(), hostile(), hostile()], date: hostile(), seal: true },
  { type: 'note', text: hostile() },
  { type: 'pageBreak' },
  { type: 'attachmentHeading', label: hostile(), lines: [hostile(), hostile()] },
  { type: 'colophon', copyTo: hostile(), printedBy: hostile(), printedOn: hostile() },
];
const metaTitle = hostile();
const tree: DocumentTree = {
  type: 'document',
  version: 1,
  kind: hostile(),
  numbering: 'outline',
  meta: { title: metaTitle, date: hostile(), author: hostile() },
  children: blocks,
};

// The page's fixed head: everything up to the stylesheet's end, with the title left out.
const html = writeHtml(tree);
const headEnd = html.indexOf('</head>');
const bodyStart = html.indexOf('<body>');

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const unescape = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITY[name]!);

/** The page as tags and texts; throws on a `<` that does not open one of the writer's tags. */
function tokens(page: string) {
  const out: ({ tag: string; attrs: [string, string][] } | { text: string })[] = [];
  const token = /<!DOCTYPE html>|<\/([a-z0-9]+)>|<([a-z0-9]+)((?: [a-z-]+="[^"]*")*)>|([^<]+)/y;
  while (token.lastIndex < page.length) {
    const at = token.lastIndex;
    const m = token.exec(page);
    if (!m) throw new Error(`not a tag of the writer at ${at}: ${page.slice(at, at + 60)}`);
    if (m[2]) {
      const attrs = [...(m[3] ?? '').matchAll(/ ([a-z-]+)="([^"]*)"/g)].map(
        ([, name, value]) => [name!, value!] as [string, string],
      );
      out.push({ tag: m[2], attrs });
      // The contents of <style> and <title> are raw text: skip to their end tag.
      if (m[2] === 'style' || m[2] === 'title') {
        const end = page.indexOf(`</${m[2]}>`, token.lastIndex);
        out.push({ text: page.slice(token.lastIndex, end) });
        token.lastIndex = end;
      }
    } else if (m[1]) out.push({ tag: `/${m[1]}`, attrs: [] });
    else if (m[4]) out.push({ text: m[4] });
  }
  return out;
}

describe('hostile text in every string field', () => {
  it('covers every string field of the tree', () => {
    expect(fields).toHaveLength(serial);
    expect(serial).toBeGreaterThan(50);
  });

  it('never becomes a tag: no <script, <img, <iframe, <svg anywhere, and one <style>, ours', () => {
    for (const tag of ['<script', '<img', '<iframe', '<svg', '<!--', '<![CDATA[', '<!['])
      expect(html.toLowerCase()).not.toContain(tag.toLowerCase());
    expect(html.split('<style').length - 1).toBe(1);
    expect(html.split('</style>').length - 1).toBe(1);
    expect(html.indexOf('<style>')).toBeLessThan(headEnd);
    expect(html.slice(html.indexOf('<style>') + 7, html.indexOf('</style>'))).toBe(`\n${stylesheet}`);
    // Every < of the page opens a tag the writer makes.
    const tags = new Set(tokens(html).flatMap((tok) => ('tag' in tok ? [tok.tag.replace('/', '')] : [])));
    expect([...tags].sort()).toEqual(
      [
        'body',
        'br',
        'col',
        'colgroup',
        'div',
        'em',
        'h1',
        'h2',
        'head',
        'html',
        'meta',
        'p',
        'span',
        'strong',
        'style',
        'table',
        'tbody',
        'td',
        'th',
        'thead',
        'title',
        'tr',
      ].sort(),
    );
  });

  it('never reaches an attribute, and no attribute is an event handler or a URL', () => {
    const attrs = tokens(html).flatMap((tok) => ('tag' in tok ? tok.attrs : []));
    expect(new Set(attrs.map(([name]) => name))).toEqual(
      new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'style', 'id']),
    );
    for (const [name, value] of attrs) {
      expect(value, name).not.toMatch(/F\d\d|url\(|javascript:|expression\(|@import/i);
      expect(name).not.toMatch(/^on/);
    }
    // Inline styles are the writer's numbers only.
    for (const [, value] of attrs.filter(([name]) => name === 'style'))
      expect(value).toMatch(
        /^([a-z-]+:(-?[\d.]+(px|pt|em|%)?|flex|flex-start|inline-block|justify|0)(;|$))+$/,
      );
  });

  it('escapes the five characters that matter and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('正文：（一）①“引号”—— ★ \t\n')).toBe('正文：（一）①“引号”—— ★ \t\n');
    expect(html).toContain(
      `F01&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=&quot;file:///etc/passwd&quot;&gt; ` +
        `&quot;&gt;&lt;iframe src=x&gt; &lt;/style&gt; &amp;amp; url(file:///etc/passwd)`,
    );
  });

  it('round-trips: the page text unescapes to every field exactly', () => {
    const texts = tokens(html.slice(bodyStart)).flatMap((tok) => ('text' in tok ? [tok.text] : []));
    // No raw < or > and no & that is not one of the five references.
    for (const text of texts) expect(text).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|#39);)/);
    const plain = texts.map(unescape);
    // Not printed: the composer kind, the document date and author (DOCX core properties only).
    const notPrinted = new Set([tree.kind, tree.meta.date, tree.meta.author, metaTitle]);
    for (const field of fields) {
      if (notPrinted.has(field)) {
        expect(plain.some((p) => p.includes(field.slice(0, 3)))).toBe(false);
        continue;
      }
      expect(plain.filter((p) => p.includes(field)).length, field.slice(0, 3)).toBeGreaterThanOrEqual(1);
    }
  });

  it("leaves nothing in a text node but whole fields and the writer's fixed words", () => {
    const texts = tokens(html.slice(bodyStart)).flatMap((tok) => ('text' in tok ? [unescape(tok.text)] : []));
    const residues = new Set(
      texts.map((text) => fields.reduce((rest, field) => rest.split(field).join(''), text)).filter(Boolean),
    );
    // 附件：1. / 2., 抄送：, …印发, the parentheses of 附注, the 签发人 label and the space between two
    // 签发人 or between an organ and its 文件 suffix (none here: the suffix is a field too).
    expect([...residues].sort()).toEqual(
      ['\n', '2.', '\u3000', '（）', '印发', '抄送：', '签发人：', '附件：1.'].sort(),
    );
  });

  it('puts meta.title into <title> as text that unescapes to it', () => {
    const start = html.indexOf('<title>') + 7;
    const raw = html.slice(start, html.indexOf('</title>'));
    expect(raw).not.toMatch(/[<>]/);
    expect(unescape(raw)).toBe(metaTitle);
    expect(html.indexOf('</title>')).toBeLessThan(html.indexOf('<style>'));
    expect(html.split('</title>').length - 1).toBe(1);
  });

  it('keeps the fixed head identical to that of a harmless tree', () => {
    const harmless = writeHtml({ ...tree, meta: { ...tree.meta, title: '标题' }, children: [] });
    const head = (page: string) =>
      page.slice(0, page.indexOf('</head>')).replace(/<title>[^<]*<\/title>/, '');
    expect(head(html)).toBe(head(harmless));
  });
});

describe('characters XML forbids', () => {
  const dirty = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDFFFk';
  const kept = 'l\tm\nn\u00A0o\u{1F600}p\u3000q';

  it('are dropped from every field, and the rest is kept', () => {
    expect(stripIllegalXml(dirty + kept)).toBe(`abcdefghijk${kept}`);
    const page = writeHtml({
      ...tree,
      meta: { ...tree.meta, title: dirty },
      children: [
        { type: 'title', lines: [dirty] },
        {
          type: 'paragraph',
          children: [{ type: 'text', value: dirty + kept }],
          indent: 'first-line',
          align: 'justify',
        },
        { type: 'signature', names: [dirty], date: dirty, seal: false },
        { type: 'colophon', copyTo: dirty, printedBy: null, printedOn: null },
      ],
    });
    // eslint-disable-next-line no-control-regex
    expect(page).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(page).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(page).toContain('<title>abcdefghijk</title>');
    expect(page).toContain('<h1 class="gw-title">abcdefghijk</h1>');
    expect(page).toContain(`<p class="gw-p gw-keep">abcdefghijk${kept}</p>`);
    expect(page).toContain('抄送：abcdefghijk</div>');
  });

  it('do not change the placement computed from the text (the 署名 indents use the clean text)', () => {
    const clean = writeHtml({
      ...tree,
      children: [{ type: 'signature', names: ['某单位'], date: '2021年4月12日', seal: false }],
    });
    const dirtied = writeHtml({
      ...tree,
      children: [
        { type: 'signature', names: ['某\u0000单\u0008位'], date: '2021\u0001年4月12日', seal: false },
      ],
    });
    expect(dirtied).toBe(clean);
  });
});
