/**
 * The DOCX as XML: geometry, fonts, the red elements, page numbers and the 版记 rules are checked
 * where Word reads them, against the numbers in src/style/gbt9704.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import * as style from '../../../src/style/gbt9704.js';
import type { DocumentTree } from '../../../src/tree/types.js';
import {
  assertWellFormed,
  attrs,
  attrsOf,
  elements,
  first,
  loadTree,
  paragraphWith,
  paragraphs,
  part,
  runStarting,
  textOf,
  xmlParts,
} from './parts.js';

const twips = style.mmToTwips;
let notice: Map<string, string>;
let joint: Map<string, string>;
let bulletin: Map<string, string>;

beforeAll(async () => {
  notice = xmlParts(await writeDocx(loadTree('notice-scheme')));
  joint = xmlParts(await writeDocx(loadTree('joint-upward-report')));
  bulletin = xmlParts(await writeDocx(loadTree('table-bulletin')));
});

const doc = (parts: Map<string, string>) => part(parts, 'word/document.xml');

/** The footer part a sectPr's footerReference of `type` points to. */
function footer(parts: Map<string, string>, type: 'default' | 'even'): string {
  const ref = elements(first(doc(parts), 'w:sectPr'), 'w:footerReference')
    .map(attrs)
    .find((a) => a['w:type'] === type);
  expect(ref, `footerReference ${type}`).toBeDefined();
  const rel = elements(part(parts, 'word/_rels/document.xml.rels'), 'Relationship')
    .map(attrs)
    .find((a) => a['Id'] === ref!['r:id']);
  return part(parts, `word/${rel!['Target']}`);
}

describe('page geometry (5.1, 5.2)', () => {
  it('is A4 with margins 37/35/28/26 mm and the calibrated footer distance', () => {
    const sect = first(doc(notice), 'w:sectPr');
    expect(attrsOf(sect, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrsOf(sect, 'w:pgMar')).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474',
      'w:footer': String(twips(style.pageNumber.footerDistanceMm)),
    });
  });

  it('uses a lines grid of 579 twips (22 lines per page)', () => {
    expect(attrsOf(first(doc(notice), 'w:sectPr'), 'w:docGrid')).toEqual({
      'w:type': 'lines',
      'w:linePitch': '579',
    });
  });
});

describe('styles', () => {
  it('replaces Normal with 3号仿宋, exact 579 lines, 2-character indent, justified, kinsoku', () => {
    const styles = part(notice, 'word/styles.xml');
    const normals = elements(styles, 'w:style').filter((s) => attrs(s)['w:styleId'] === 'Normal');
    expect(normals).toHaveLength(1);
    const normal = normals[0]!;
    expect(attrsOf(normal, 'w:rFonts')).toMatchObject({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
    });
    expect(attrsOf(normal, 'w:sz')).toEqual({ 'w:val': '32' });
    expect(attrsOf(normal, 'w:spacing')).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
    expect(attrsOf(normal, 'w:ind')).toEqual({ 'w:firstLine': '640', 'w:firstLineChars': '200' });
    expect(attrsOf(normal, 'w:jc')).toEqual({ 'w:val': 'both' });
    expect(normal).toContain('<w:kinsoku/>');
    expect(attrsOf(normal, 'w:lang')).toMatchObject({ 'w:eastAsia': 'zh-CN' });
  });

  it('sets the same fonts in docDefaults', () => {
    const defaults = first(part(notice, 'word/styles.xml'), 'w:docDefaults');
    expect(attrsOf(defaults, 'w:rFonts')).toMatchObject({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': 'Times New Roman',
    });
  });
});

describe('fonts on every run', () => {
  const fontParts = (parts: Map<string, string>) =>
    [...parts].filter(([name]) => /^word\/(document|footer\d*|header\d*)\.xml$/.test(name));

  it('names an East Asian font and zh-CN on every w:r of the body and footers', () => {
    for (const parts of [notice, joint, bulletin]) {
      for (const [name, xml] of fontParts(parts)) {
        const runs = elements(xml, 'w:r');
        expect(runs.length, name).toBeGreaterThan(0);
        for (const run of runs) {
          const fonts = attrsOf(run, 'w:rFonts');
          expect(fonts?.['w:eastAsia'], `${name}: ${run.slice(0, 300)}`).toMatch(/\S/);
          expect(fonts?.['w:ascii'], name).toMatch(/\S/);
          expect(attrsOf(run, 'w:lang')?.['w:eastAsia'], name).toBe('zh-CN');
        }
      }
    }
  });

  it('refers to no theme font in any part (styles.xml and docDefaults included)', () => {
    for (const parts of [notice, joint, bulletin])
      for (const [name, xml] of parts) expect(xml, name).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
  });

  it('sets −0.25 pt spacing on 3号 runs only (28 characters per line)', () => {
    const body = runStarting(paragraphWith(doc(notice), '已经县人民政府'), '《云溪县');
    expect(attrsOf(body, 'w:spacing')).toEqual({ 'w:val': '-5' });
    const title = runStarting(
      paragraphWith(doc(notice), '云溪县人民政府办公室关于印发'),
      '云溪县人民政府办公室关于印发',
    );
    expect(attrsOf(title, 'w:spacing')).toBeUndefined();
  });
});

describe('page numbers (7.5)', () => {
  it('turns on different odd and even footers', () => {
    expect(part(notice, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it.each([
    ['default', 'right', { 'w:right': '280' }],
    ['even', 'left', { 'w:left': '280' }],
  ] as const)('%s footer: PAGE field, %s-aligned, 1 字 (4号) in', (type, jc, indent) => {
    const xml = footer(notice, type);
    expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    const p = first(xml, 'w:p');
    expect(attrsOf(p, 'w:jc')).toEqual({ 'w:val': jc });
    expect(attrsOf(p, 'w:ind')).toMatchObject(indent);
    // "— ", the PAGE field (no cached result), " —".
    expect(textOf(p)).toBe('\u2014  \u2014');
    for (const run of elements(p, 'w:r')) {
      expect(attrsOf(run, 'w:rFonts')).toMatchObject({
        'w:ascii': '宋体',
        'w:hAnsi': '宋体',
        'w:eastAsia': '宋体',
      });
      expect(attrsOf(run, 'w:sz')).toEqual({ 'w:val': '28' });
    }
  });
});

describe('版头', () => {
  it('prints the red header in red 小标宋, at most 小初', () => {
    const run = runStarting(
      paragraphWith(doc(notice), '云溪县人民政府办公室文件'),
      '云溪县人民政府办公室文件',
    );
    expect(attrsOf(run, 'w:color')).toEqual({ 'w:val': 'FF0000' });
    expect(attrsOf(run, 'w:rFonts')?.['w:eastAsia']).toBe('方正小标宋简体');
    // 12 characters in 96% of 156 mm: 35 pt.
    expect(attrsOf(run, 'w:sz')).toEqual({ 'w:val': '70' });
  });

  it('stacks joint organs in a borderless table with 文件 vertically centred', () => {
    const table = elements(doc(joint), 'w:tbl').find((t) => textOf(t).includes('中共云溪县委员会'))!;
    expect(textOf(table)).toBe('中共云溪县委员会云溪县人民政府文件');
    const cells = elements(table, 'w:tc');
    expect(cells).toHaveLength(2);
    expect(elements(cells[0]!, 'w:p')).toHaveLength(2);
    expect(attrsOf(cells[1]!, 'w:vAlign')).toEqual({ 'w:val': 'center' });
    expect(attrsOf(first(table, 'w:tblBorders'), 'w:top')?.['w:val']).toBe('none');
  });

  it('draws the red separator as the number paragraph’s bottom border, ≈4 mm below', () => {
    const p = paragraphWith(doc(notice), '云政办发〔2020〕15号');
    expect(attrsOf(p, 'w:jc')).toEqual({ 'w:val': 'center' });
    expect(attrsOf(first(p, 'w:pBdr'), 'w:bottom')).toEqual({
      'w:val': 'single',
      'w:color': 'FF0000',
      'w:sz': String(style.docNumber.separatorEighths),
      'w:space': String(style.separatorSpacePt),
    });
  });

  it('puts 签发人 right with tab stops, the label in 仿宋 and the names in 楷体', () => {
    const p = paragraphWith(doc(joint), '签发人：');
    expect(textOf(p)).toBe('云委〔2020〕32号签发人：李明华\u3000王建国');
    // One tab to the number's 空一字 stop, one to the label's stop; the right edge is 空一字 too.
    expect(p.match(/<w:tab\/>/g)).toHaveLength(2);
    const stops = elements(first(p, 'w:tabs'), 'w:tab').map((t) => Number(attrs(t)['w:pos']));
    // "签发人：" (4 字) + "李明华 王建国" (with an ideographic space, 7 字) ends 1 字 before the type area's right edge.
    expect(stops).toEqual([320, twips(156) - 320 - 11 * 320, twips(156) - 320 - 7 * 320]);
    expect(attrsOf(runStarting(p, '签发人'), 'w:rFonts')?.['w:eastAsia']).toBe('仿宋_GB2312');
    expect(attrsOf(runStarting(p, '李明华'), 'w:rFonts')?.['w:eastAsia']).toBe('楷体_GB2312');
    expect(attrsOf(first(p, 'w:pBdr'), 'w:bottom')?.['w:color']).toBe('FF0000');
  });

  it('wraps three 签发人 two a line, aligned under the first name, the number on the last line', async () => {
    const tree = loadTree('joint-upward-report');
    const node = tree.children.find((b) => b.type === 'docNumber')!;
    if (node.type === 'docNumber') node.signers = ['李明华', '王建国', '赵志刚'];
    const p = paragraphWith(doc(xmlParts(await writeDocx(tree))), '签发人：');
    expect(textOf(p)).toBe('签发人：李明华\u3000王建国云委〔2020〕32号赵志刚');
    expect(p.match(/<w:br\/>/g)).toHaveLength(1);
    // Line 1: two tabs to the label; line 2: one to the number's stop, two on to the names' stop.
    expect(p.match(/<w:tab\/>/g)).toHaveLength(5);
  });

  it('sets the title in 2号 (44 half-points) 小标宋, centred, two blank lines below the separator', () => {
    const all = paragraphs(doc(notice));
    const i = all.findIndex((p) => p.text.startsWith('云溪县人民政府办公室关于印发'));
    const title = all[i]!.xml;
    expect(attrsOf(title, 'w:jc')).toEqual({ 'w:val': 'center' });
    for (const run of elements(title, 'w:r').filter((r) => textOf(r))) {
      expect(attrsOf(run, 'w:sz')).toEqual({ 'w:val': '44' });
      expect(attrsOf(run, 'w:rFonts')?.['w:eastAsia']).toBe('方正小标宋简体');
    }
    expect(all[i - 1]!.text).toBe('');
    expect(all[i - 2]!.text).toBe('');
    expect(all[i - 3]!.text).toContain('15号');
  });
});

describe('主体', () => {
  it.each([
    ['一、', '黑体'],
    ['（一）', '楷体_GB2312'],
    ['1.', '仿宋_GB2312'],
    ['（1）', '仿宋_GB2312'],
  ])('sets the %s heading in %s', (label, font) => {
    const p = paragraphs(doc(notice)).find((q) => q.text.startsWith(label))!;
    expect(attrsOf(runStarting(p.xml, label), 'w:rFonts')?.['w:eastAsia']).toBe(font);
  });

  it('prints a run-in heading as composed (title with its 。) and continues in 仿宋; keeps a standalone heading with the next', () => {
    const runIn = paragraphWith(doc(notice), '（一）指导思想');
    expect(textOf(runIn)).toMatch(/^（一）指导思想。坚持/);
    expect(attrsOf(runStarting(runIn, '坚持'), 'w:rFonts')?.['w:eastAsia']).toBe('仿宋_GB2312');
    expect(paragraphWith(doc(notice), '一、总体要求')).toContain('<w:keepNext/>');
  });

  it('starts the scheme on a new page without an empty line', () => {
    const p = paragraphs(doc(notice)).find((q) => q.text === '云溪县农村人居环境整治三年行动实施方案')!;
    expect(p.xml).toContain('<w:pageBreakBefore/>');
  });

  it('hangs 附件说明 so wrapped lines align with the name', () => {
    const p = paragraphWith(doc(notice), '附件：1.');
    // 左空二字 + "附件：" + "1." = 6 字 to the name; the first line starts 4 字 before it.
    expect(attrsOf(p, 'w:ind')).toMatchObject({ 'w:left': '1920', 'w:hanging': '1280' });
    expect(attrsOf(first(p, 'w:tabs'), 'w:tab')).toMatchObject({ 'w:val': 'left', 'w:pos': '1920' });
    const second = paragraphWith(doc(notice), '2.云溪县');
    expect(attrsOf(second, 'w:ind')).toMatchObject({ 'w:left': '1920', 'w:hanging': '320' });
  });

  it('places the 署名 on the date with a seal and 右空二字 without one', () => {
    // Seal: date 右空四字; 署名 centred on it: 4 + (6.5 − 10) / 2 = 2.25 字.
    expect(attrsOf(paragraphWith(doc(notice), '2020年5月20日'), 'w:ind')?.['w:right']).toBe('1280');
    expect(
      attrsOf(paragraphs(doc(notice)).find((p) => p.text === '云溪县人民政府办公室')!.xml, 'w:ind')?.[
        'w:right'
      ],
    ).toBe('720');
    // No seal, S = 8 ≥ D = 6.5: 署名 右空二字, set from the left (the shorter name shares the start);
    // the date starts exactly 2 字 further right.
    // (The red header's table has the same names; the 署名 are the last two.)
    const names = paragraphs(doc(joint))
      .filter((p) => p.text === '中共云溪县委员会' || p.text === '云溪县人民政府')
      .slice(-2);
    const start = twips(156) - (2 + 8) * 320;
    expect(names.map((p) => attrsOf(p.xml, 'w:ind')?.['w:left'])).toEqual([String(start), String(start)]);
    expect(names.map((p) => attrsOf(p.xml, 'w:jc')?.['w:val'])).toEqual(['left', 'left']);
    expect(attrsOf(paragraphWith(doc(joint), '2020年12月8日'), 'w:ind')?.['w:left']).toBe(
      String(start + 640),
    );
  });

  it('puts 附注 in full-width parentheses', () => {
    expect(paragraphs(doc(notice)).some((p) => p.text === '（此件公开发布）')).toBe(true);
  });

  it('labels attachments in 黑体, digits included, on a new page', () => {
    const p = paragraphs(doc(notice)).find((q) => q.text === '附件1')!;
    expect(p.xml).toContain('<w:pageBreakBefore/>');
    expect(attrsOf(first(p.xml, 'w:r'), 'w:rFonts')).toMatchObject({
      'w:eastAsia': '黑体',
      'w:ascii': '黑体',
    });
  });
});

describe('tables', () => {
  it('spans the type area with a repeated 黑体 header row and unsplittable rows', () => {
    const table = elements(doc(bulletin), 'w:tbl').find((t) => textOf(t).includes('项目名称'))!;
    expect(attrsOf(table, 'w:tblW')).toMatchObject({ 'w:w': String(twips(156)) });
    const grid = elements(first(table, 'w:tblGrid'), 'w:gridCol').map((c) => Number(attrs(c)['w:w']));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(twips(156));
    const rows = elements(table, 'w:tr');
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).every((r) => !r.includes('<w:tblHeader/>'))).toBe(true);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(attrsOf(runStarting(rows[0]!, '项目名称'), 'w:rFonts')?.['w:eastAsia']).toBe('黑体');
    expect(attrsOf(runStarting(rows[1]!, '云溪至云州'), 'w:sz')).toEqual({ 'w:val': '28' });
  });
});

describe('版记 (7.4)', () => {
  const colophon = (parts: Map<string, string>) =>
    elements(doc(parts), 'w:tbl').find((t) => textOf(t).includes('印发') || textOf(t).includes('抄送'))!;

  it('floats to the bottom of the type area with 0.35/0.25/0.35 mm black rules', () => {
    const table = colophon(notice);
    expect(attrsOf(table, 'w:tblpPr')).toMatchObject({ 'w:vertAnchor': 'margin', 'w:tblpYSpec': 'bottom' });
    const borders = first(table, 'w:tblBorders');
    expect(attrsOf(borders, 'w:top')).toMatchObject({ 'w:val': 'single', 'w:sz': '8', 'w:color': '000000' });
    expect(attrsOf(borders, 'w:bottom')).toMatchObject({
      'w:val': 'single',
      'w:sz': '8',
      'w:color': '000000',
    });
    expect(attrsOf(borders, 'w:insideH')).toMatchObject({
      'w:val': 'single',
      'w:sz': '6',
      'w:color': '000000',
    });
    expect(textOf(table)).toBe(
      '抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委机关，县法院，县检察院，县人武部。云溪县人民政府办公室2020年5月20日印发',
    );
    for (const run of elements(table, 'w:r')) expect(attrsOf(run, 'w:sz')).toEqual({ 'w:val': '28' });
  });

  it('prints only the rows that exist', () => {
    expect(elements(colophon(joint), 'w:tr')).toHaveLength(1);
    expect(textOf(colophon(joint))).toBe('中共云溪县委办公室2020年12月8日印发');
    expect(elements(colophon(bulletin), 'w:tr')).toHaveLength(1);
    expect(textOf(colophon(bulletin))).toMatch(/^抄送：/);
  });

  it('indents 抄送 1 字 (4号) each side with wrapped lines after the colon', () => {
    const p = paragraphWith(doc(notice), '抄送：');
    expect(attrsOf(p, 'w:ind')).toMatchObject({
      'w:left': String(280 + 3 * 280),
      'w:hanging': '840',
      'w:right': '280',
    });
  });
});

describe('illegal XML characters', () => {
  const hostile = (): DocumentTree => {
    const tree = loadTree('joint-upward-report');
    const bad = 'a\u0001b\uFFFEc\uD800d\u0008e';
    tree.meta.title += bad;
    tree.meta.author += bad;
    for (const block of tree.children) {
      if (block.type === 'paragraph') block.children.push({ type: 'text', value: bad });
      if (block.type === 'recipients') block.text += bad;
      if (block.type === 'title') block.lines[0] += bad;
      if (block.type === 'docNumber' && block.signers) block.signers[0] += bad;
      if (block.type === 'colophon') block.printedBy += bad;
    }
    return tree;
  };

  it('yields well-formed XML parts with the characters removed', async () => {
    const parts = xmlParts(await writeDocx(hostile()));
    for (const [name, xml] of parts) assertWellFormed(xml, name);
    expect(textOf(paragraphWith(doc(parts), '特此报告。'))).toBe('特此报告。abcde');
    expect(part(parts, 'docProps/core.xml')).toContain('abcde</dc:title>');
  });

  it('has a checker that does catch those characters and broken nesting', () => {
    expect(() => assertWellFormed('<a>x\u0001</a>')).toThrow(/illegal character U\+1/);
    expect(() => assertWellFormed('<a>\uFFFE</a>')).toThrow(/illegal/);
    expect(() => assertWellFormed('<a><b></a></b>')).toThrow(/closes/);
    expect(() => assertWellFormed('<a>&nbsp;</a>')).toThrow(/bare &/);
    expect(() => assertWellFormed('<a></a><b/>')).toThrow(/2 root/);
    expect(() => assertWellFormed('<?xml version="1.0"?><a x="1"><b/>&amp;</a>')).not.toThrow();
  });
});
