/**
 * Wide tables on landscape pages: which tables (markdown/blocks.ts), which blocks go with them
 * (writers/layout/landscape.ts), and how each writer turns the pages — DOCX sections with a
 * landscape w:pgSz, HTML blocks on the named page gw-landscape — breaking the page before and after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown, toBlocks } from '../../src/markdown/index.js';
import { landscapePage, mmToTwips, page, pageNumber, ptToTwips } from '../../src/style/gbt9704.js';
import type { Block, DocumentTree, Table } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writeHtml } from '../../src/writers/html/index.js';
import { landscapeBlocks, landscapeRuns } from '../../src/writers/layout/landscape.js';
import { assertWellFormed, attrs, attrsOf, elements, first, part, textOf, xmlParts } from './docx/parts.js';

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
  it('puts the table in a section of its own, A4 turned, with the landscape margins', async () => {
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
    // The table spans the turned type area, 225 mm.
    expect(document).toContain(`<w:tblW w:type="dxa" w:w="${mmToTwips(page.typeArea.heightMm)}"/>`);
  });

  describe('page numbers where the portrait pages have theirs (GB/T 9704 8)', () => {
    let parts = new Map<string, string>();
    let sections: string[] = [];
    let rels: Record<string, string>[] = [];
    beforeAll(async () => {
      parts = xmlParts(await writeDocx(tree([para('前'), wide, para('后'), wide])));
      sections = elements(part(parts, 'word/document.xml'), 'w:sectPr');
      rels = elements(part(parts, 'word/_rels/document.xml.rels'), 'Relationship').map(attrs);
    });
    /** The header or footer part a section refers to, by kind and type. */
    const target = (sectPr: string, kind: 'header' | 'footer', type: 'default' | 'even') => {
      const ref = elements(sectPr, `w:${kind}Reference`)
        .map(attrs)
        .find((a) => a['w:type'] === type);
      if (!ref) return undefined;
      const xml = part(parts, `word/${rels.find((r) => r['Id'] === ref['r:id'])!['Target']}`);
      assertWellFormed(xml, `${kind} ${type}`);
      return xml;
    };
    const numbered = (xml: string | undefined) =>
      /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(xml ?? '');

    it('gives four sections: portrait, landscape, portrait, landscape', () => {
      expect(sections.map((s) => s.includes('w:orient="landscape"'))).toEqual([false, true, false, true]);
      expect(part(parts, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    });

    it.each([
      ['default', 'right', 'w:right'],
      ['even', 'left', 'w:left'],
    ] as const)(
      'puts the %s page number in a header table turned clockwise (tbRl), %s-aligned 1 字 in',
      (type, jc, indent) => {
        for (const sectPr of [sections[1]!, sections[3]!]) {
          const header = target(sectPr, 'header', type)!;
          expect(numbered(header), type).toBe(true);
          const table = first(header, 'w:tbl');
          // Floating on the page, in the turned page's left margin (the portrait bottom).
          expect(attrsOf(table, 'w:tblpPr')).toEqual({
            'w:tblpX': String(mmToTwips(landscapePage.pageNumber.docxCellLeftMm)),
            'w:tblpY': String(mmToTwips(landscapePage.margin.topMm)),
            'w:horzAnchor': 'page',
            'w:vertAnchor': 'page',
          });
          expect(mmToTwips(landscapePage.pageNumber.docxCellLeftMm)).toBeLessThan(
            mmToTwips(landscapePage.margin.leftMm) - ptToTwips(pageNumber.sizePt),
          );
          // One 4号 line across, the turned type area's height (the portrait width) along.
          expect(attrsOf(table, 'w:tblW')).toEqual({
            'w:type': 'dxa',
            'w:w': String(ptToTwips(pageNumber.sizePt)),
          });
          expect(attrsOf(table, 'w:trHeight')).toEqual({
            'w:val': String(mmToTwips(page.typeArea.widthMm)),
            'w:hRule': 'exact',
          });
          expect(elements(table, 'w:tc')).toHaveLength(1);
          expect(attrsOf(table, 'w:textDirection')).toEqual({ 'w:val': 'tbRl' });
          // The portrait footer's paragraph: odd pages right 空一字, even pages left.
          const p = first(table, 'w:p');
          expect(attrsOf(p, 'w:jc')).toEqual({ 'w:val': jc });
          expect(attrsOf(p, 'w:ind')).toMatchObject({ [indent]: String(pageNumber.sideIndentTwips) });
          expect(textOf(p)).toBe('\u2014  \u2014');
          expect(attrsOf(p, 'w:sz')).toEqual({ 'w:val': String(pageNumber.sizePt * 2) });
          // The part ends with a paragraph after the table, one twip high.
          expect(header).toMatch(
            /<\/w:tbl><w:p>.*<w:spacing w:line="20" w:lineRule="exact"\/>.*<\/w:p><\/w:hdr>$/,
          );
          // Nothing in the landscape footers: they would put the number along the turned page's foot.
          const footer = target(sectPr, 'footer', type);
          expect(footer, 'an own footer, not the portrait one carried on').toBeDefined();
          expect(numbered(footer)).toBe(false);
          expect(textOf(footer!)).toBe('');
        }
      },
    );

    it('keeps the portrait footers, and gives portrait sections after landscape ones blank headers', () => {
      for (const [i, sectPr] of [sections[0]!, sections[2]!].entries())
        for (const type of ['default', 'even'] as const) {
          expect(numbered(target(sectPr, 'footer', type)), `${i} ${type}`).toBe(true);
          const header = target(sectPr, 'header', type);
          // Word carries the previous section's headers on: the landscape number would come back.
          if (i === 0) expect(header).toBeUndefined();
          else {
            expect(header).toBeDefined();
            expect(numbered(header)).toBe(false);
            expect(header).not.toContain('<w:tbl>');
          }
        }
    });
  });

  it('starts a document that opens landscape with its landscape section, not a blank page', async () => {
    const parts = xmlParts(await writeDocx(tree([wide, para('后')])));
    const sections = elements(part(parts, 'word/document.xml'), 'w:sectPr');
    expect(sections.map((s) => s.includes('w:orient="landscape"'))).toEqual([true, false]);
    expect(sections[0]).toContain('w:headerReference');
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
