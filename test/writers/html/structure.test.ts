/**
 * The HTML writer block by block: one handler per block type, the classes the stylesheet styles,
 * and the layout decisions it shares with the DOCX writer (blank lines as top margins in line
 * pitches, page breaks, keeps, the 署名 indents, the 版记 placement). The page is read with a strict
 * little parser: every tag must be one the writer makes, every text escaped, every element closed.
 */
import { describe, expect, it } from 'vitest';
import {
  attachmentNote as noteSpec,
  charPx,
  colophon as colophonSpec,
  grid,
  mmToPx,
  page,
  ptToPx,
  redHeader as redSpec,
  redHeaderBox,
  css,
} from '../../../src/style/gbt9704.js';
import { textWidth } from '../../../src/tree/text-width.js';
import type { Block, BlockType, DocumentTree, Inline, Signature } from '../../../src/tree/types.js';
import { stylesheet } from '../../../src/writers/html/css.js';
import { handlers } from '../../../src/writers/html/handlers/index.js';
import { hasColophon, writeHtml, type HtmlOptions } from '../../../src/writers/html/index.js';
import { headerSizePt } from '../../../src/writers/layout/red-header.js';
import { jointSealCentres, signatureIndents } from '../../../src/writers/layout/signature.js';

// --- a strict reader for the writer's HTML --------------------------------------------------------

interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const VOID = new Set(['meta', 'br', 'col']);
const RAW = new Set(['style', 'title']);
const TAGS = new Set([
  ...['html', 'head', 'meta', 'title', 'style', 'body', 'p', 'div', 'h1', 'h2', 'span', 'br'],
  ...['strong', 'em', 'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td'],
]);
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function unescape(text: string): string {
  // Every & starts one of the five references escapeHtml writes; < and > never appear raw.
  if (/&(?!(?:amp|lt|gt|quot|#39);)|[<>]/.test(text)) throw new Error(`unescaped text: ${text}`);
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITY[name]!);
}

function parse(html: string): El {
  const root: El = { tag: '#document', attrs: {}, children: [] };
  const stack = [root];
  const token = /<!DOCTYPE html>|<\/([a-z0-9]+)>|<([a-z0-9]+)((?: [a-z-]+="[^"]*")*)>|([^<]+)/y;
  while (token.lastIndex < html.length) {
    const at = token.lastIndex;
    const m = token.exec(html);
    if (!m) throw new Error(`not the writer's HTML at ${at}: ${html.slice(at, at + 80)}`);
    const top = stack.at(-1)!;
    if (m[1]) {
      if (m[1] !== top.tag) throw new Error(`</${m[1]}> closes <${top.tag}> at ${at}`);
      stack.pop();
    } else if (m[2]) {
      if (!TAGS.has(m[2])) throw new Error(`unexpected <${m[2]}> at ${at}`);
      const attrs: Record<string, string> = {};
      for (const [, name, value] of (m[3] ?? '').matchAll(/ ([a-z-]+)="([^"]*)"/g)) {
        if (name! in attrs) throw new Error(`duplicate ${name} at ${at}`);
        attrs[name!] = unescape(value!);
      }
      const el: El = { tag: m[2], attrs, children: [] };
      top.children.push(el);
      if (RAW.has(m[2])) {
        const end = html.indexOf(`</${m[2]}>`, token.lastIndex);
        if (end < 0) throw new Error(`<${m[2]}> is not closed`);
        const raw = html.slice(token.lastIndex, end);
        el.children.push(m[2] === 'title' ? unescape(raw) : raw);
        token.lastIndex = end + m[2].length + 3;
      } else if (!VOID.has(m[2])) stack.push(el);
    } else if (m[4]) {
      top.children.push(unescape(m[4]));
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.tag}> is not closed`);
  return root;
}

const isEl = (node: El | string): node is El => typeof node !== 'string';
const elements = (el: El): El[] => el.children.filter(isEl);
function all(el: El, test: (e: El) => boolean = () => true): El[] {
  return elements(el).flatMap((child) => [...(test(child) ? [child] : []), ...all(child, test)]);
}
const classes = (el: El): string[] => (el.attrs['class'] ?? '').split(' ').filter(Boolean);
const hasClass = (el: El, name: string) => classes(el).includes(name);
const byClass = (el: El, name: string) => all(el, (e) => hasClass(e, name));
/** Text with <br> as a newline. */
const text = (el: El): string =>
  el.children.map((c) => (typeof c === 'string' ? c : c.tag === 'br' ? '\n' : text(c))).join('');
function styleOf(el: El): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of (el.attrs['style'] ?? '').split(';').filter(Boolean)) {
    const colon = decl.indexOf(':');
    out[decl.slice(0, colon)] = decl.slice(colon + 1);
  }
  return out;
}
const pxOf = (value: string | undefined): number => {
  if (value === undefined || !/^-?\d+(\.\d+)?px$/.test(value)) throw new Error(`not px: ${value}`);
  return Number(value.slice(0, -2));
};

function read(tree: DocumentTree, options?: HtmlOptions): El {
  return parse(writeHtml(tree, options));
}
/** The elements printed in <body>, in order. */
function bodyBlocks(tree: DocumentTree, options?: HtmlOptions): El[] {
  const root = read(tree, options);
  const body = all(root, (e) => e.tag === 'body');
  expect(body).toHaveLength(1);
  return elements(body[0]!);
}

// --- trees ---------------------------------------------------------------------------------------

const t = (value: string): Inline => ({ type: 'text', value });
const para = (value: string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
  type: 'paragraph',
  children: [t(value)],
  indent: 'first-line',
  align: 'justify',
  ...extra,
});
const doc = (...children: Block[]): DocumentTree => ({
  type: 'document',
  version: 1,
  kind: 'notice',
  numbering: 'outline',
  meta: { title: '测试文件', date: '2021-04-12', author: '测试' },
  children,
});

/** One block of every type: a type missing here is a compile error. */
const samples: { [K in BlockType]: Extract<Block, { type: K }> } = {
  headerFields: { type: 'headerFields', copyNumber: '000001', secrecy: '秘密★1年', urgency: '特急' },
  redHeader: { type: 'redHeader', names: ['云溪县人民政府'], suffix: '文件' },
  docNumber: { type: 'docNumber', number: '云政办发〔2021〕3号', signers: null },
  title: { type: 'title', lines: ['关于做好某项工作的通知'] },
  recipients: { type: 'recipients', text: '各乡镇人民政府：' },
  heading: { type: 'heading', depth: 1, label: '一、', title: [t('总体要求')], form: 'standalone', body: [] },
  paragraph: {
    type: 'paragraph',
    children: [
      t('正文'),
      { type: 'strong', children: [t('重点')] },
      { type: 'emphasis', children: [t('着重')] },
    ],
    indent: 'first-line',
    align: 'justify',
  },
  table: {
    type: 'table',
    widths: [1, 3],
    header: [{ children: [t('序号')] }, { children: [t('任务')] }],
    rows: [[{ children: [t('1')] }, { children: [t('建立农村生活垃圾收运处置体系')] }]],
  },
  attachmentNote: { type: 'attachmentNote', titles: ['分工表'] },
  signature: { type: 'signature', names: ['云溪县人民政府办公室'], date: '2021年4月12日', seal: true },
  note: { type: 'note', text: '此件公开发布' },
  pageBreak: { type: 'pageBreak' },
  attachmentHeading: { type: 'attachmentHeading', label: '附件1', lines: ['分工表'] },
  colophon: {
    type: 'colophon',
    copyTo: '县委办公室。',
    printedBy: '县政府办公室',
    printedOn: '2021年4月12日',
  },
};
const blockTypes = Object.keys(samples).sort() as BlockType[];

const jointSignature: Signature = {
  type: 'signature',
  names: ['中共青石镇委员会', '青石镇人民政府', '青石镇纪委'],
  date: '2021年4月12日',
  seal: true,
};
const jointHeader: Block = {
  type: 'redHeader',
  names: ['中共云溪县委员会', '云溪县人民政府'],
  suffix: '文件',
};

const pitch = grid.linePitchPx;
/** What a "空N行" top margin must read: N line pitches, rounded as the writer writes px. */
const lines = (n: number): string => `${Math.round(n * pitch * 1000) / 1000}px`;
const typeAreaPx = mmToPx(page.typeArea.widthMm);
const typeAreaChars = typeAreaPx / charPx;

// --- handlers ------------------------------------------------------------------------------------

describe('one handler per block type', () => {
  it('covers exactly the block types of the tree', () => {
    expect(Object.keys(handlers).sort()).toEqual(blockTypes);
    expect(blockTypes).toHaveLength(14);
  });

  const expected: Record<BlockType, { tag: string; classes: string[] }[]> = {
    headerFields: [
      { tag: 'p', classes: ['gw-flush', 'gw-align-left', 'gw-fangsong'] },
      { tag: 'p', classes: ['gw-flush', 'gw-align-left', 'gw-heiti-only'] },
      { tag: 'p', classes: ['gw-flush', 'gw-align-left', 'gw-heiti-only'] },
    ],
    redHeader: [{ tag: 'div', classes: ['gw-red-header', 'gw-red'] }],
    docNumber: [{ tag: 'div', classes: ['gw-doc-number'] }],
    title: [{ tag: 'h1', classes: ['gw-title'] }],
    recipients: [{ tag: 'p', classes: ['gw-flush'] }],
    heading: [{ tag: 'h2', classes: ['gw-p', 'gw-keep'] }],
    paragraph: [{ tag: 'p', classes: ['gw-p'] }],
    table: [{ tag: 'div', classes: ['gw-flush'] }],
    attachmentNote: [{ tag: 'p', classes: ['gw-align-left'] }],
    signature: [
      { tag: 'p', classes: ['gw-signature', 'gw-align-right', 'gw-keep'] },
      { tag: 'p', classes: ['gw-signature', 'gw-align-right'] },
    ],
    note: [{ tag: 'p', classes: ['gw-p'] }],
    pageBreak: [],
    attachmentHeading: [
      { tag: 'p', classes: ['gw-attachment-label', 'gw-newpage', 'gw-keep'] },
      { tag: 'h1', classes: ['gw-title'] },
      { tag: 'div', classes: ['gw-blank'] },
    ],
    colophon: [{ tag: 'div', classes: ['gw-colophon', 'gw-fangsong'] }],
  };

  it.each(blockTypes)('%s prints its elements with their classes', (type) => {
    const printed = bodyBlocks(doc(samples[type])).map((el) => ({ tag: el.tag, classes: classes(el) }));
    expect(printed).toEqual(expected[type]);
  });

  it('uses only classes the stylesheet styles', () => {
    const used = new Set<string>();
    const trees = [doc(...blockTypes.map((type) => samples[type])), doc(jointSignature, jointHeader)];
    for (const tree of trees) for (const el of all(read(tree))) classes(el).forEach((c) => used.add(c));
    expect(used.size).toBeGreaterThan(20);
    // A blank line is a div of an inline height: it needs no rule.
    const unstyled = [...used].filter((c) => !new RegExp(`\\.${c}(?![\\w-])`).test(stylesheet)).sort();
    expect(unstyled).toEqual(['gw-blank']);
  });

  it.each(['sidebar', 'toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf', ''])(
    'refuses a tree with the unknown block type %j',
    (type) => {
      const tree = doc(para('正文。'), { type } as unknown as Block);
      expect(() => writeHtml(tree)).toThrow(
        new TypeError(`writeHtml: no handler for block type ${JSON.stringify(type)}`),
      );
    },
  );

  it('refuses an unknown inline type rather than dropping its text', () => {
    const tree = doc({
      type: 'paragraph',
      children: [t('正文'), { type: 'link', children: [t('丢失')] } as unknown as Inline],
      indent: 'first-line',
      align: 'justify',
    });
    expect(() => writeHtml(tree)).toThrow(new TypeError('writeHtml: no handler for inline type "link"'));
  });
});

// --- page structure ------------------------------------------------------------------------------

describe('page', () => {
  it('is a zh-CN page whose head holds the charset, the CSP, the title and our stylesheet', () => {
    const root = read(doc(para('正文。')));
    const html = elements(root);
    expect(html.map((e) => e.tag)).toEqual(['html']);
    expect(html[0]!.attrs).toEqual({ lang: 'zh-CN' });
    const [head, body] = elements(html[0]!);
    expect(head!.tag).toBe('head');
    expect(body!.tag).toBe('body');
    expect(elements(head!).map((e) => [e.tag, e.attrs])).toEqual([
      ['meta', { charset: 'utf-8' }],
      [
        'meta',
        {
          'http-equiv': 'Content-Security-Policy',
          content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:",
        },
      ],
      ['meta', { name: 'generator', content: 'gongwen' }],
      ['title', {}],
      ['style', {}],
    ]);
    expect(text(elements(head!)[3]!)).toBe('测试文件');
    expect(elements(head!)[4]!.children).toEqual([`\n${stylesheet}`]);
  });

  it('puts gw-measure on <html> only when measuring', () => {
    const tree = doc(para('正文。'));
    expect(writeHtml(tree, { measure: true })).toContain('\n<html lang="zh-CN" class="gw-measure">\n');
    expect(elements(read(tree, { measure: true }))[0]!.attrs).toEqual({ lang: 'zh-CN', class: 'gw-measure' });
    for (const options of [undefined, {}, { measure: false }]) {
      expect(writeHtml(tree, options)).toContain('\n<html lang="zh-CN">\n');
      expect(writeHtml(tree, options)).not.toContain('gw-measure"');
    }
  });
});

// --- blank lines (gbt9704.md §3.0) ---------------------------------------------------------------

describe('blank lines are top margins of whole line pitches', () => {
  it('writes one and two pitches as 38.641px and 77.281px', () => {
    expect(pitch).toBe(38.640625);
    expect(lines(1)).toBe('38.641px');
    expect(lines(2)).toBe('77.281px');
  });

  it('puts two lines above the 发文字号 and two between the separator and the title', () => {
    const [red, number, title, recipients] = bodyBlocks(
      doc(samples.redHeader, samples.docNumber, samples.title, samples.recipients),
    );
    expect(styleOf(red!)['margin-top']).toBeUndefined();
    expect(styleOf(number!)).toEqual({ 'margin-top': '77.281px' });
    expect(styleOf(title!)).toEqual({ 'margin-top': '77.281px' });
    // 7.3.2: 标题下空一行 is the 主送机关's own margin; the title adds no blank line before it.
    expect(classes(recipients!)).toEqual(['gw-flush']);
    expect(styleOf(recipients!)).toEqual({ 'margin-top': '38.641px' });
    expect(Math.abs(pxOf(styleOf(number!)['margin-top']) - 2 * pitch)).toBeLessThan(0.0005);
  });

  it('gives a title not below a 发文字号 no margin, and a blank line after it unless 主送 follows', () => {
    const [title, blank, body] = bodyBlocks(doc(samples.title, para('正文。')));
    expect(styleOf(title!)).toEqual({});
    expect(blank).toEqual({
      tag: 'div',
      attrs: { class: 'gw-blank gw-keep', style: 'height:38.641px' },
      children: [],
    });
    expect(classes(body!)).toEqual(['gw-p']);
    expect(styleOf(body!)).toEqual({});
    // A title at the end of the tree has nothing to keep with.
    expect(bodyBlocks(doc(samples.title)).map((e) => e.tag)).toEqual(['h1']);
  });

  it('puts one line above the 附件说明 and none between its lines', () => {
    const blocks = bodyBlocks(
      doc(para('正文。'), { type: 'attachmentNote', titles: ['甲表', '乙表', '丙表'] }),
    );
    expect(blocks.slice(1).map((b) => styleOf(b)['margin-top'])).toEqual(['38.641px', undefined, undefined]);
  });

  it('puts two lines above a sealed 署名 and one above an unsealed one, on the first line only', () => {
    for (const [seal, margin] of [
      [true, '77.281px'],
      [false, '38.641px'],
    ] as const) {
      const node: Signature = { type: 'signature', names: ['甲单位', '乙单位'], date: '2021年4月12日', seal };
      const rows = bodyBlocks(doc(para('正文。'), node)).slice(1);
      const margins = rows.map((r) => styleOf(r)['margin-top']);
      expect(margins).toEqual(seal ? [margin, undefined] : [margin, undefined, undefined]);
    }
    const dateOnly = bodyBlocks(doc(para('正文。'), { ...samples.signature, names: [] })).slice(1);
    expect(dateOnly.map((r) => [text(r), styleOf(r)['margin-top']])).toEqual([['2021年4月12日', '77.281px']]);
  });

  it('places the red header 35 mm down, less the lines of the header fields above it', () => {
    const sizePt = headerSizePt(samples.redHeader);
    expect(sizePt).toBe(36);
    const expected = (fields: number) =>
      mmToPx(redSpec.offsetMm) - fields * pitch - ptToPx(sizePt) * css.redHeaderInkTopRatio;
    const fieldSets = [
      { type: 'headerFields' as const },
      { type: 'headerFields' as const, urgency: '特急' },
      { type: 'headerFields' as const, secrecy: '秘密', urgency: '特急' },
      samples.headerFields,
    ];
    fieldSets.forEach((fields, n) => {
      const blocks = bodyBlocks(doc(fields, samples.redHeader, samples.docNumber));
      expect(blocks).toHaveLength(n + 2);
      const red = blocks[n]!;
      expect(styleOf(red)).toEqual({
        'padding-top': `${Math.round(expected(n) * 1000) / 1000}px`,
        'font-size': '36pt',
        'line-height': '57.6px',
      });
      expect(Math.abs(pxOf(styleOf(red)['padding-top']) - expected(n))).toBeLessThan(0.0005);
    });
    expect(styleOf(bodyBlocks(doc(samples.redHeader))[0]!)['padding-top']).toBe('125.563px');
  });
});

// --- page breaks ---------------------------------------------------------------------------------

describe('page breaks', () => {
  const following: [string, Block][] = [
    ...blockTypes
      .filter((type) => type !== 'pageBreak')
      .map((type): [string, Block] => [type, samples[type]]),
    ['signature without seal', { ...samples.signature, seal: false }],
    ['joint signature with seals', jointSignature],
    ['up-going docNumber', { type: 'docNumber', number: '云委〔2020〕32号', signers: ['李明华'] }],
    ['attachmentNote of two', { type: 'attachmentNote', titles: ['甲表', '乙表'] }],
  ];

  it.each(following)(
    'start the next block (%s) on a new page with no blank lines or margin above it',
    (_, node) => {
      const blocks = bodyBlocks(doc(para('前文。'), { type: 'pageBreak' }, node, para('后文。')));
      const first = blocks[1]!;
      expect(classes(first)).toContain('gw-newpage');
      expect(styleOf(first)['margin-top']).toBeUndefined();
      expect(hasClass(first, 'gw-blank')).toBe(false);
      // One new page only, and no blank line anywhere before the next block's own lines.
      expect(blocks.filter((b) => hasClass(b, 'gw-newpage'))).toEqual([first]);
      expect(classes(blocks[0]!)).toEqual(['gw-p']);

      const unbroken = bodyBlocks(doc(para('前文。'), node, para('后文。')));
      const expectedBreaks = node.type === 'attachmentHeading' ? 1 : 0;
      expect(unbroken.filter((b) => hasClass(b, 'gw-newpage'))).toHaveLength(expectedBreaks);
    },
  );

  it('pass over a block that prints nothing to the next one', () => {
    const blocks = bodyBlocks(
      doc(
        para('前文。'),
        { type: 'pageBreak' },
        { type: 'attachmentNote', titles: [] },
        { type: 'headerFields' },
        { type: 'colophon', copyTo: null, printedBy: null, printedOn: null },
        samples.recipients,
      ),
    );
    expect(blocks.map((b) => [text(b), classes(b), b.attrs['style']])).toEqual([
      ['前文。', ['gw-p'], undefined],
      ['各乡镇人民政府：', ['gw-flush', 'gw-newpage'], undefined],
    ]);
  });

  it('never make an empty page: two breaks in a row start one page', () => {
    const blocks = bodyBlocks(doc(para('甲。'), { type: 'pageBreak' }, { type: 'pageBreak' }, para('乙。')));
    expect(blocks.map((b) => classes(b))).toEqual([['gw-p'], ['gw-p', 'gw-newpage']]);
  });

  it('print nothing at the end of the tree', () => {
    const blocks = bodyBlocks(doc(para('甲。'), { type: 'pageBreak' }));
    expect(blocks.map((b) => classes(b))).toEqual([['gw-p']]);
  });

  it('carry the break of a table on its wrapper, as a table cannot take one in DOCX either', () => {
    const [, wrapper] = bodyBlocks(doc(para('甲。'), { type: 'pageBreak' }, samples.table));
    expect(wrapper!.tag).toBe('div');
    expect(classes(wrapper!)).toEqual(['gw-flush', 'gw-newpage']);
    expect(elements(wrapper!).map((e) => e.tag)).toEqual(['table']);
  });
});

describe('附件 page head (7.3.7)', () => {
  it('starts its own page: label, a blank line, the title, a blank line, then the text on the same page', () => {
    const blocks = bodyBlocks(doc(para('正文。'), samples.attachmentHeading, para('附件正文。')));
    expect(blocks.map((b) => [b.tag, classes(b), b.attrs['style'], text(b)])).toEqual([
      ['p', ['gw-p'], undefined, '正文。'],
      ['p', ['gw-attachment-label', 'gw-newpage', 'gw-keep'], undefined, '附件1'],
      ['h1', ['gw-title'], 'margin-top:38.641px', '分工表'],
      ['div', ['gw-blank'], 'height:38.641px', ''],
      ['p', ['gw-p'], undefined, '附件正文。'],
    ]);
  });

  it('makes one new page after an explicit break, and keeps a title-less head to a label and a line', () => {
    const blocks = bodyBlocks(
      doc(
        para('正文。'),
        { type: 'pageBreak' },
        { type: 'attachmentHeading', label: '附件2', lines: [] },
        para('附件正文。'),
      ),
    );
    expect(blocks.map((b) => [classes(b), b.attrs['style']])).toEqual([
      [['gw-p'], undefined],
      [['gw-attachment-label', 'gw-newpage', 'gw-keep'], undefined],
      [['gw-blank'], 'height:38.641px'],
      [['gw-p'], undefined],
    ]);
  });

  it('sets a title of two lines as one heading with a line break', () => {
    const [, title] = bodyBlocks(
      doc({ type: 'attachmentHeading', label: '附件3', lines: ['第一行', '第二行'] }),
    );
    expect(text(title!)).toBe('第一行\n第二行');
  });
});

// --- keeps ---------------------------------------------------------------------------------------

describe('keep with next (gw-keep), as the DOCX writer', () => {
  const keeps = (...children: Block[]) => bodyBlocks(doc(...children)).map((b) => hasClass(b, 'gw-keep'));
  const runIn: Block = {
    type: 'heading',
    depth: 2,
    label: '（一）',
    title: [t('标题。')],
    form: 'run-in',
    body: [t('正文。')],
  };

  it('keeps the last paragraph with a following 署名 or 附件说明, and nothing else', () => {
    expect(keeps(para('甲。'), para('乙。'), samples.signature)).toEqual([false, true, true, false]);
    expect(keeps(para('甲。'), samples.attachmentNote)).toEqual([true, false]);
    expect(keeps(para('甲。'), samples.note)).toEqual([false, false]);
    expect(keeps(para('甲。'), samples.table)).toEqual([false, false]);
  });

  it('keeps a run-in heading only when a 署名 or 附件说明 follows; a standalone heading always', () => {
    expect(keeps(runIn, samples.signature)).toEqual([true, true, false]);
    expect(keeps(runIn, para('乙。'))).toEqual([false, false]);
    expect(keeps(samples.heading, para('乙。'))).toEqual([true, false]);
  });

  it('keeps every line of a 附件说明 with a following 署名', () => {
    const note: Block = { type: 'attachmentNote', titles: ['甲表', '乙表'] };
    expect(keeps(note, samples.signature)).toEqual([true, true, true, false]);
    expect(keeps(note, para('乙。'))).toEqual([false, false, false]);
  });

  it('keeps the date with a following 附注 only', () => {
    expect(keeps(samples.signature, samples.note)).toEqual([true, true, false]);
    expect(keeps(jointSignature, samples.note).slice(-2)).toEqual([true, false]);
    expect(keeps(jointSignature).at(-1)).toBe(false);
  });
});

// --- 署名 and 成文日期 (7.3.5) -------------------------------------------------------------------

describe('署名 and 成文日期 at the indents of writers/layout/signature.ts', () => {
  const rows = (node: Signature) => bodyBlocks(doc(para('正文。'), node)).slice(1);
  // Each px value is rounded to 1/1000 px, so a difference of two is within 1/1000 px.
  const near = (actual: number, expected: number) =>
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.001);

  it('with seal: right-aligned, the date 右空四字, the 署名 centred on the date', () => {
    const node: Signature = {
      type: 'signature',
      names: ['云溪县人民政府办公室'],
      date: '2020年5月20日',
      seal: true,
    };
    const [name, date] = rows(node);
    expect(classes(name!)).toEqual(['gw-signature', 'gw-align-right', 'gw-keep']);
    expect(classes(date!)).toEqual(['gw-signature', 'gw-align-right']);
    // S = 10, D = 6.5: the 署名 ends 4 + (6.5 − 10) / 2 = 2.25 字 from the right edge.
    expect(signatureIndents(node.names, node.date, true)).toEqual({ names: [2.25], date: 4 });
    expect(styleOf(name!)).toEqual({ 'padding-right': '47.348px', 'margin-top': '77.281px' });
    expect(styleOf(date!)).toEqual({ 'padding-right': '84.173px' });
    near(pxOf(styleOf(name!)['padding-right']), 2.25 * charPx);
    near(pxOf(styleOf(date!)['padding-right']), 4 * charPx);
  });

  it('without seal: 署名 右空二字, the date starting 2 字 right of the 署名', () => {
    const node: Signature = {
      type: 'signature',
      names: ['中共云溪县委员会', '云溪县人民政府'],
      date: '2020年12月8日',
      seal: false,
    };
    const [first, second, date] = rows(node);
    for (const row of [first, second, date]) expect(hasClass(row!, 'gw-align-left')).toBe(true);
    const left = (row: typeof first) => pxOf(styleOf(row!)['padding-left']);
    // The 署名 lines share the widest one's start, which ends 2 字 from the right edge.
    expect(left(first)).toBe(left(second));
    near(left(first) + textWidth('中共云溪县委员会') * charPx, typeAreaPx - 2 * charPx);
    near(left(date) - left(first), 2 * charPx);
    expect(styleOf(first!)).toEqual({ 'padding-left': '379.173px', 'margin-top': '38.641px' });
    expect(styleOf(date!)).toEqual({ 'padding-left': '421.26px' });
    const indents = signatureIndents(node.names, node.date, false);
    near(left(date), (typeAreaChars - indents.date - textWidth(node.date)) * charPx);
  });

  it('without seal and a date wider than the 署名: the date 右空二字, the 署名 2 字 left of it', () => {
    const node: Signature = { type: 'signature', names: ['某局'], date: '2020年12月18日', seal: false };
    const [name, date] = rows(node);
    const left = (row: typeof name) => pxOf(styleOf(row!)['padding-left']);
    near(left(date) + textWidth(node.date) * charPx, typeAreaPx - 2 * charPx);
    near(left(date) - left(name), 2 * charPx);
  });

  it('joint with seals: rows of two centred names, filled from the end, the last centred on the date', () => {
    const blocks = rows(jointSignature);
    expect(blocks.map((b) => [b.tag, classes(b)])).toEqual([
      ['div', ['gw-joint-row']],
      ['div', ['gw-joint-row']],
      ['p', ['gw-signature', 'gw-align-right']],
    ]);
    expect(blocks.map((b) => styleOf(b))).toEqual([
      { 'margin-top': '77.281px' },
      {},
      { 'padding-right': '84.173px' },
    ]);
    const centres = jointSealCentres(jointSignature.date, typeAreaChars);
    const placed = blocks.slice(0, 2).map((row) =>
      elements(row).map((span) => {
        const s = styleOf(span);
        return {
          name: text(span),
          centre: (pxOf(s['left']) + pxOf(s['width']) / 2) / charPx,
          width: pxOf(s['width']),
        };
      }),
    );
    expect(placed.map((row) => row.map((p) => p.name))).toEqual([
      ['中共青石镇委员会'],
      ['青石镇人民政府', '青石镇纪委'],
    ]);
    near(placed[0]![0]!.centre, centres[1]!);
    near(placed[1]![0]!.centre, centres[0]!);
    near(placed[1]![1]!.centre, centres[1]!);
    // The right column's centre is the date's: 4 字 plus half the date (6.5 字) from the right edge.
    near(centres[1]!, typeAreaChars - 4 - 3.25);
    for (const p of placed.flat()) near(p.width, (typeAreaChars / 2 - 1) * charPx);
  });
});

// --- the other blocks ----------------------------------------------------------------------------

describe('发文字号 and 签发人 (7.2.5–7.2.6)', () => {
  it('centres the number alone, and prints an empty block when there is none', () => {
    const [number] = bodyBlocks(doc(samples.docNumber));
    expect(text(number!)).toBe('云政办发〔2021〕3号');
    const [empty] = bodyBlocks(doc({ type: 'docNumber', number: null, signers: null }));
    expect([classes(empty!), empty!.children]).toEqual([['gw-doc-number'], []]);
  });

  it('sets 上行文 with the number left and 签发人 right, two names a line', () => {
    const [block] = bodyBlocks(
      doc({ type: 'docNumber', number: '云委〔2020〕32号', signers: ['李明华', '王建国', '赵强'] }),
    );
    expect(classes(block!)).toEqual(['gw-doc-number', 'gw-doc-number-up']);
    const [number, signers] = elements(block!);
    expect(text(number!)).toBe('云委〔2020〕32号');
    const [label, names] = elements(signers!);
    expect(text(label!)).toBe('签发人：');
    expect(text(names!)).toBe('李明华\u3000王建国\n赵强');
    expect(
      elements(names!)
        .filter((e) => e.tag === 'span')
        .map(classes),
    ).toEqual([['gw-kaiti'], ['gw-kaiti']]);
  });
});

describe('发文机关标志 (7.2.4)', () => {
  it('prints one organ and its suffix on one line, at the fitted size', () => {
    const node: Block = { type: 'redHeader', names: ['云溪县重点项目建设领导小组办公室'], suffix: '文件' };
    const [red] = bodyBlocks(doc(node));
    expect(text(red!)).toBe('云溪县重点项目建设领导小组办公室文件');
    expect(headerSizePt(node)).toBe(23.5);
    expect(styleOf(red!)['font-size']).toBe('23.5pt');
    expect(pxOf(styleOf(red!)['line-height'])).toBeCloseTo(ptToPx(23.5 * redHeaderBox.lineHeightRatio), 3);
  });

  it('stacks joint organs with the suffix beside them', () => {
    const [red] = bodyBlocks(doc(jointHeader));
    const joint = byClass(red!, 'gw-joint');
    expect(joint).toHaveLength(1);
    expect(byClass(red!, 'gw-joint-names').map(text)).toEqual(['中共云溪县委员会', '云溪县人民政府']);
    const suffix = elements(joint[0]!)[1]!;
    expect([text(suffix), suffix.attrs['style']]).toEqual(['文件', 'padding-left:0.5em']);
  });
});

describe('标题, 主送, headings and text', () => {
  it('breaks title lines where the composer split them', () => {
    const [title] = bodyBlocks(doc({ type: 'title', lines: ['第一行', '第二行', '第三行'] }));
    expect(title!.children.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual([
      '第一行',
      'br',
      '第二行',
      'br',
      '第三行',
    ]);
  });

  it.each([
    [1, 'gw-heiti'],
    [2, 'gw-kaiti'],
    [3, 'gw-fangsong'],
    [4, 'gw-fangsong'],
    [5, 'gw-fangsong'],
  ] as const)(
    'sets a depth-%i label and title in %s, the run-in body in the paragraph font',
    (depth, font) => {
      const [heading] = bodyBlocks(
        doc({
          type: 'heading',
          depth,
          label: 'L',
          title: [t('标题。')],
          form: 'run-in',
          body: [t('正文。')],
        }),
      );
      expect([heading!.tag, classes(heading!)]).toEqual(['p', ['gw-p']]);
      expect(heading!.children.map((c) => (typeof c === 'string' ? c : [classes(c), text(c)]))).toEqual([
        [[font], 'L'],
        [[font], '标题。'],
        '正文。',
      ]);
    },
  );

  it('prints strong as bold, emphasis as the dot mark and a break as <br>', () => {
    const [p] = bodyBlocks(
      doc({
        type: 'paragraph',
        children: [
          t('甲'),
          { type: 'strong', children: [t('乙'), { type: 'emphasis', children: [t('丙')] }] },
          { type: 'break' },
          t('丁'),
        ],
        indent: 'first-line',
        align: 'justify',
      }),
    );
    const strong = elements(p!)[0]!;
    expect(strong.tag).toBe('strong');
    expect(elements(strong).map((e) => [e.tag, classes(e), text(e)])).toEqual([['em', ['gw-dot'], '丙']]);
    expect(text(p!)).toBe('甲乙丙\n丁');
  });

  it.each([
    ['first-line', 'justify', ['gw-p']],
    ['none', 'justify', ['gw-flush']],
    ['first-line', 'center', ['gw-p', 'gw-align-center']],
    ['none', 'left', ['gw-flush', 'gw-align-left']],
    ['first-line', 'right', ['gw-p', 'gw-align-right']],
  ] as const)('gives a paragraph indented %s and aligned %s the classes %j', (indent, align, expected) => {
    const [p] = bodyBlocks(doc(para('正文。', { indent, align })));
    expect(classes(p!)).toEqual(expected);
  });

  it('wraps the 附注 in full-width parentheses', () => {
    const [, , , note] = bodyBlocks(doc(para('正文。'), samples.signature, samples.note));
    expect([classes(note!), text(note!)]).toEqual([['gw-p'], '（此件公开发布）']);
  });
});

describe('附件说明 (7.3.4)', () => {
  const at = (n: number) => `${Math.round(n * charPx * 1000) / 1000}px`;
  const rows = (titles: string[]) =>
    bodyBlocks(doc(para('正文。'), { type: 'attachmentNote', titles }))
      .slice(1)
      .map((row) => {
        const box = elements(row)[0]!;
        const s = styleOf(row);
        return {
          head: text(box),
          box: styleOf(box)['width'],
          left: s['padding-left'],
          indent: s['text-indent'],
          name: text(row).slice(text(box).length),
        };
      });

  it('hangs one attachment after "附件："', () => {
    expect(rows(['分工表'])).toEqual([
      { head: '附件：', box: at(3), left: at(5), indent: at(-3), name: '分工表' },
    ]);
  });

  it('numbers several and aligns every name with the first one', () => {
    const nameAt = noteSpec.indentChars + noteSpec.labelChars + noteSpec.numberChars;
    expect(nameAt).toBe(6);
    expect(rows(['甲表', '乙表'])).toEqual([
      { head: '附件：1.', box: at(4), left: at(6), indent: at(-4), name: '甲表' },
      { head: '2.', box: at(1), left: at(6), indent: at(-1), name: '乙表' },
    ]);
  });

  it('gives ten or more numbers one and a half 字', () => {
    const ten = rows(Array.from({ length: 10 }, (_, i) => `表${i + 1}`));
    expect(ten).toHaveLength(10);
    expect(ten[0]).toEqual({ head: '附件：1.', box: at(4.5), left: at(6.5), indent: at(-4.5), name: '表1' });
    expect(ten[9]).toEqual({ head: '10.', box: at(1.5), left: at(6.5), indent: at(-1.5), name: '表10' });
  });
});

describe('tables (8)', () => {
  const tableOf = (node: Block) => {
    const [wrapper] = bodyBlocks(doc(node));
    return elements(wrapper!)[0]!;
  };

  it('gives the columns widths per mille of the type area that sum to 100%', () => {
    const table = tableOf({
      type: 'table',
      widths: [1, 2, 3],
      header: [{ children: [t('甲')] }, { children: [t('乙')] }, { children: [t('丙')] }],
      rows: [],
    });
    expect(classes(table)).toEqual(['gw-table']);
    const cols = all(table, (e) => e.tag === 'col').map((c) => c.attrs['style']);
    expect(cols).toEqual(['width:16.6%', 'width:33.3%', 'width:50.1%']);
    const perMille = cols.map((c) => Math.round(Number(/^width:([\d.]+)%$/.exec(c!)![1]) * 10));
    expect(perMille.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('has a header row in <thead>, the rows in <tbody>, and a cell for every column', () => {
    const table = tableOf({
      type: 'table',
      widths: [],
      header: [{ children: [t('序号')] }, { children: [t('事项')] }],
      rows: [
        [
          { children: [t('1')] },
          { children: [t('一项很长的工作任务说明文字')] },
          { children: [t('多出一列')] },
        ],
        [{ children: [t('2')] }],
      ],
    });
    expect(elements(table).map((e) => e.tag)).toEqual(['colgroup', 'thead', 'tbody']);
    expect(all(table, (e) => e.tag === 'col').map((c) => c.attrs['style'])).toEqual([
      'width:33.3%',
      'width:33.3%',
      'width:33.4%',
    ]);
    const [, thead, tbody] = elements(table);
    expect(all(thead!, (e) => e.tag === 'th').map((c) => [c.attrs, text(c)])).toEqual([
      [{}, '序号'],
      [{}, '事项'],
      [{}, ''],
    ]);
    // Columns of short entries (at most 6 字) are centred; a long one is not; missing cells are empty.
    const body = elements(tbody!).map((tr) =>
      elements(tr).map((td) => [td.tag, td.attrs['class'], text(td)]),
    );
    expect(body).toEqual([
      [
        ['td', 'gw-centre', '1'],
        ['td', undefined, '一项很长的工作任务说明文字'],
        ['td', 'gw-centre', '多出一列'],
      ],
      [
        ['td', 'gw-centre', '2'],
        ['td', undefined, ''],
        ['td', 'gw-centre', ''],
      ],
    ]);
  });

  it('leaves out <thead> when there is no header', () => {
    const table = tableOf({ type: 'table', widths: [1], header: [], rows: [[{ children: [t('甲')] }]] });
    expect(elements(table).map((e) => e.tag)).toEqual(['colgroup', 'tbody']);
    expect(all(table, (e) => e.tag === 'col').map((c) => c.attrs['style'])).toEqual(['width:100%']);
  });
});

// --- 版记 (7.4) -----------------------------------------------------------------------------------

describe('版记 (7.4)', () => {
  const colophonOf = (tree: DocumentTree, options?: HtmlOptions) => {
    const found = all(read(tree, options), (e) => e.attrs['id'] === 'gw-colophon');
    expect(found.length).toBeLessThanOrEqual(1);
    return found[0];
  };
  const tree = doc(para('正文。'), samples.signature, samples.colophon);

  it('follows the text when nothing was measured', () => {
    const block = colophonOf(tree)!;
    expect(block.attrs).toEqual({ id: 'gw-colophon', class: 'gw-colophon gw-fangsong' });
  });

  it('takes the measured gap as its top margin, and a page of its own when told', () => {
    expect(colophonOf(tree, { colophon: { gapPx: 123.4567, newPage: false } })!.attrs).toEqual({
      id: 'gw-colophon',
      class: 'gw-colophon gw-fangsong',
      style: 'margin-top:123.457px',
    });
    expect(colophonOf(tree, { colophon: { gapPx: 700, newPage: true } })!.attrs).toEqual({
      id: 'gw-colophon',
      class: 'gw-colophon gw-fangsong gw-newpage',
      style: 'margin-top:700px',
    });
    expect(colophonOf(tree, { colophon: { gapPx: 0, newPage: false } })!.attrs['style']).toBe(
      'margin-top:0px',
    );
  });

  it('starts a new page after a page break even when measured to fit', () => {
    const broken = doc(para('正文。'), { type: 'pageBreak' }, samples.colophon);
    expect(classes(colophonOf(broken, { colophon: { gapPx: 10, newPage: false } })!)).toEqual([
      'gw-colophon',
      'gw-fangsong',
      'gw-newpage',
    ]);
  });

  it('prints 抄送 hung after its colon, then 印发机关 left and 印发日期 right', () => {
    const rows = elements(colophonOf(tree)!);
    expect(rows.map((r) => classes(r))).toEqual([
      ['gw-colophon-row'],
      ['gw-colophon-row', 'gw-colophon-printed'],
    ]);
    const side = ptToPx(colophonSpec.sizePt);
    expect(styleOf(rows[0]!)).toEqual({
      'padding-left': `${Math.round((side + 3 * side) * 1000) / 1000}px`,
      'text-indent': '-56px',
      'text-align': 'justify',
    });
    expect(styleOf(rows[0]!)['padding-left']).toBe('74.667px');
    expect(text(rows[0]!)).toBe('抄送：县委办公室。');
    expect(elements(rows[1]!).map(text)).toEqual(['县政府办公室', '2021年4月12日印发']);
  });

  it('keeps the two ends of the 印发 row when one is missing, and prints nothing when all are', () => {
    const only = (c: Partial<Extract<Block, { type: 'colophon' }>>) =>
      colophonOf(doc({ type: 'colophon', copyTo: null, printedBy: null, printedOn: null, ...c }));
    expect(elements(elements(only({ printedOn: '2021年4月12日' })!)[0]!).map(text)).toEqual([
      '',
      '2021年4月12日印发',
    ]);
    expect(elements(elements(only({ printedBy: '县政府办公室' })!)[0]!).map(text)).toEqual([
      '县政府办公室',
      '',
    ]);
    expect(only({})).toBeUndefined();
    expect(only({ copyTo: '' })).toBeUndefined();
  });

  it('is reported by hasColophon exactly when it prints something', () => {
    const c = (fields: Partial<Extract<Block, { type: 'colophon' }>>) =>
      doc(para('正文。'), { type: 'colophon', copyTo: null, printedBy: null, printedOn: null, ...fields });
    expect(hasColophon(doc(para('正文。')))).toBe(false);
    expect(hasColophon(c({}))).toBe(false);
    expect(hasColophon(c({ copyTo: '' }))).toBe(false);
    expect(hasColophon(c({ copyTo: '县委。' }))).toBe(true);
    expect(hasColophon(c({ printedBy: '办公室' }))).toBe(true);
    expect(hasColophon(c({ printedOn: '2021年4月12日' }))).toBe(true);
  });
});
