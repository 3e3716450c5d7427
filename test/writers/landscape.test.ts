/**
 * Wide tables on landscape pages: which tables (markdown/blocks.ts), which blocks go with them
 * (writers/layout/landscape.ts), and how each writer turns the pages — DOCX sections with a
 * landscape w:pgSz, HTML blocks on the named page gw-landscape — breaking the page before and after.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown, toBlocks } from '../../src/markdown/index.js';
import { landscapePage, mmToTwips, page } from '../../src/style/gbt9704.js';
import type { Block, DocumentTree, Table } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writeHtml } from '../../src/writers/html/index.js';
import { landscapeBlocks, landscapeRuns } from '../../src/writers/layout/landscape.js';
import { elements, part, xmlParts } from './docx/parts.js';

const tableOf = (markdown: string): Table => {
  const block = toBlocks(parseMarkdown(markdown), { report: () => undefined })[0];
  if (block?.type !== 'table') throw new Error('not a table');
  return block;
};
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const markdownTable = (header: string[], body: string[][]) =>
  [row(header), row(header.map(() => '---')), ...body.map(row)].join('\n');

const text = (value: string) => ({ type: 'text' as const, value });
const para = (value: string): Block => ({
  type: 'paragraph',
  children: [text(value)],
  indent: 'first-line',
  align: 'justify',
});
const wide: Table = {
  type: 'table',
  widths: [1, 1, 1, 1, 1, 1, 1],
  header: Array.from({ length: 7 }, (_, i) => ({ children: [text(`列${i + 1}`)] })),
  rows: [Array.from({ length: 7 }, () => ({ children: [text('内容')] }))],
  landscape: true,
};
const tree = (children: Block[]): DocumentTree => ({
  type: 'document',
  version: 1,
  kind: 'scheme',
  numbering: 'outline',
  meta: { title: '测试', date: '2021-04-12', author: '测试' },
  children,
});

describe('which tables are landscape', () => {
  it('sets a table of seven or more columns landscape, with widths for the 44 字 of the turned type area', () => {
    const table = tableOf(
      markdownTable(['一', '二', '三', '四', '五', '六', '七'], [['1', '2', '3', '4', '5', '6', '7']]),
    );
    expect(table.landscape).toBe(true);
    expect(table.widths).toEqual([2, 2, 2, 2, 2, 2, 2]);
  });

  it('keeps six short columns portrait, and the field absent', () => {
    const table = tableOf(
      markdownTable(['一', '二', '三', '四', '五', '六'], [['1', '2', '3', '4', '5', '6']]),
    );
    expect('landscape' in table).toBe(false);
  });

  it('turns a table whose long columns cannot share the portrait width', () => {
    const long = '很长的说明文字'.repeat(3);
    const table = tableOf(
      markdownTable(
        ['单位名称', '负责人姓名', '联系电话', '说明', '备注', '意见'],
        [['青石镇人民政府', '王海燕', '0851-12345678', long, long, long]],
      ),
    );
    expect(table.landscape).toBe(true);
    // Short columns keep what they need plus a margin (digits count ½); the long ones share the rest of 44.
    expect(table.widths.slice(0, 3)).toEqual([8, 6, 7.5]);
    expect(table.widths[3]! + table.widths[4]! + table.widths[5]!).toBeCloseTo(44 - 21.5, 6);
  });
});

describe('which blocks go on landscape pages', () => {
  it('turns a whole attachment that holds a wide table, up to the next attachment or the 版记', () => {
    const blocks: Block[] = [
      para('正文'),
      { type: 'attachmentHeading', label: '附件1', lines: ['统计表'] },
      para('填报单位：'),
      wide,
      para('填表说明'),
      { type: 'attachmentHeading', label: '附件2', lines: ['名单'] },
      para('名单正文'),
      { type: 'colophon', copyTo: '县应急局', printedBy: '镇党政办', printedOn: '2021年4月12日' },
    ];
    expect(landscapeBlocks(blocks)).toEqual([false, true, true, true, true, false, false, false]);
    expect(landscapeRuns(blocks)).toEqual([[1, 5]]);
  });

  it('turns only the table when it stands in the body', () => {
    expect(landscapeRuns([para('前'), wide, para('后'), wide])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

describe('landscape pages in DOCX', () => {
  it('puts the table in a section of its own, A4 turned, with the landscape margins and footers', async () => {
    const parts = xmlParts(await writeDocx(tree([para('前'), wide, para('后')])));
    const document = part(parts, 'word/document.xml');
    const sections = elements(document, 'w:sectPr');
    expect(sections).toHaveLength(3);
    const size = (sectPr: string) => /<w:pgSz ([^>]*)\/>/.exec(sectPr)![1]!;
    expect(size(sections[0]!)).not.toContain('landscape');
    expect(size(sections[1]!)).toContain('w:orient="landscape"');
    expect(size(sections[1]!)).toContain(`w:w="${mmToTwips(page.heightMm)}"`);
    expect(size(sections[1]!)).toContain(`w:h="${mmToTwips(page.widthMm)}"`);
    expect(sections[1]).toContain(`w:top="${mmToTwips(landscapePage.margin.topMm)}"`);
    expect(sections[1]).toContain(`w:left="${mmToTwips(landscapePage.margin.leftMm)}"`);
    expect(sections[1]).toContain(`w:footer="${mmToTwips(landscapePage.footerDistanceMm)}"`);
    for (const sectPr of sections) expect(sectPr).toContain('w:footerReference');
    // The table spans the turned type area, 225 mm.
    expect(document).toContain(`<w:tblW w:type="dxa" w:w="${mmToTwips(page.typeArea.heightMm)}"/>`);
  });
});

describe('landscape pages in HTML', () => {
  it('wraps each landscape run in the named page, and drops the blank lines at the top of the next page', () => {
    const html = writeHtml(
      tree([
        para('正文'),
        wide,
        { type: 'signature', names: ['青石镇人民政府'], date: '2021年4月12日', seal: false },
        { type: 'attachmentHeading', label: '附件', lines: ['统计表'] },
        wide,
        para('填表说明'),
      ]),
    );
    const body = html.slice(html.indexOf('<body>'));
    const runs = [...body.matchAll(/<div class="gw-landscape">\n([\s\S]*?)\n<\/div>\n/g)].map((m) => m[1]!);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatch(/^<div class="gw-flush"><table class="gw-table">/);
    expect(runs[1]).toMatch(/^<p class="gw-attachment-label gw-newpage gw-keep">附件<\/p>/);
    expect(runs[1]).toContain('填表说明');
    // The 署名 after the run starts the next (portrait) page: no blank line above it.
    const signature = /<\/div>\n(<p class="gw-signature[^>]*>)/.exec(body)?.[1];
    expect(signature).toBeDefined();
    expect(signature).not.toContain('margin-top');
    expect(html).toContain('@page gw-landscape { size: A4 landscape; margin: 28mm 37mm 26mm 35mm; }');
    expect(html).toContain('.gw-landscape { page: gw-landscape; }');
  });
});
