/**
 * Redline DOCX as XML: tracked changes where Word reads them — words in w:ins and w:del runs (removed
 * text as w:delText), removed and added paragraphs with their paragraph marks marked, table rows in
 * w:trPr, whole blocks of every kind (a title, the 版记's floating table), one author and date, ids
 * unique — and "accept all" giving the new document's text, "reject all" the old one's. No
 * trackRevisions setting; the same bytes every time.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { redlineTree } from '../../src/redline/index.js';
import { text } from '../../src/tree/inlines.js';
import { numberTree } from '../../src/tree/numbering.js';
import type { Block, Colophon, DocumentTree, Paragraph, Table, Title } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { hasRevisionMarks } from '../../src/writers/docx/revisions.js';
import { assertWellFormed, attrs, elements, loadTree, textOf } from '../writers/docx/parts.js';
import { paragraphTexts, printed, resolvedParagraphs } from './ooxml.js';

const revision = { author: '审核人 & <校对>', date: '2025-03-01T08:00:00+08:00' };
const documentXml = (docx: Uint8Array): string => strFromU8(unzipSync(docx)['word/document.xml']!);
const part = (docx: Uint8Array, name: string): string => strFromU8(unzipSync(docx)[name]!);

/** The notice fixture edited: a word changed, a paragraph removed and one added, the title, the table, the 版记. */
function edited(old: DocumentTree): DocumentTree {
  const next = structuredClone(old);
  const children = next.children;
  const title = children[2] as Title;
  title.lines = ['云溪县人民政府关于印发', '云溪县农村人居环境整治三年行动', '实施方案的通知'];
  const first = children[4] as Paragraph;
  first.children = [text((first.children[0] as { value: string }).value.replace('第十二次', '第十五次'))];
  children.splice(5, 1, {
    type: 'paragraph',
    children: [text('请各地于每月5日前报送整改进展情况。')],
    indent: 'first-line',
    align: 'justify',
  } satisfies Paragraph);
  const table = children.find((block): block is Table => block.type === 'table')!;
  table.rows.splice(
    1,
    0,
    table.rows[0]!.map((cell, c) => ({ children: [text(c === 0 ? '0' : `新增任务${c}`)] })),
  );
  const colophon = children.at(-1) as Colophon;
  colophon.copyTo = '县委各部门，县人大常委会办公室，县政协办公室。';
  // A heading removed: the ones after it renumber.
  const headings = children.flatMap((block, i) => (block.type === 'heading' && block.depth === 1 ? [i] : []));
  children.splice(headings[0]!, 1);
  return numberTree(next);
}

let old: DocumentTree;
let next: DocumentTree;
let redline: DocumentTree;
let docx: Uint8Array;
let xml: string;

beforeAll(async () => {
  old = numberTree(loadTree('notice-scheme'));
  next = edited(old);
  redline = redlineTree(old, next, revision);
  docx = await writeDocx(redline);
  xml = documentXml(docx);
});

const marks = (x: string) => [...x.matchAll(/<w:(ins|del)(?=[\s/>])[^>]*>/g)].map((m) => m[0]);
/** w:ins or w:del run containers (not the self-closing marks of paragraphs and rows). */
const containers = (x: string, name: 'w:ins' | 'w:del') =>
  x.match(new RegExp(`<${name}(?:\\s[^>]*)?(?<!/)>[\\s\\S]*?</${name}>`, 'g')) ?? [];
const words = (x: string) => x.replace(/<[^>]+>/g, '');

describe('tracked changes in document.xml', () => {
  it('is well-formed', () => {
    assertWellFormed(xml, 'document.xml');
  });

  it('signs every change with the revision, XML-escaped, and numbers them uniquely in order', () => {
    const tags = marks(xml);
    expect(tags.length).toBeGreaterThan(20);
    const ids = tags.map((tag) => Number(attrs(tag)['w:id']));
    for (const tag of tags) {
      expect(tag).toContain('w:author="审核人 &amp; &lt;校对&gt;"');
      expect(attrs(tag)['w:date']).toBe('2025-03-01T00:00:00Z');
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('keeps removed text in w:delText inside w:del, and added text in w:ins', () => {
    for (const del of containers(xml, 'w:del')) expect(del).not.toMatch(/<w:t[\s>]/);
    expect(xml.replace(/<w:del(?:\s[^>]*)?(?<!\/)>[\s\S]*?<\/w:del>/g, '')).not.toContain('<w:delText');
    const inserted = containers(xml, 'w:ins').map(textOf).join('');
    expect(inserted).toContain('五');
    expect(inserted).toContain('请各地于每月5日前报送整改进展情况。');
  });

  it('marks the mark of a removed paragraph deleted and of an added one inserted', () => {
    const paragraphs = elements(xml, 'w:p');
    const removed = paragraphs.find((p) => p.includes('第一场硬仗'))!;
    expect(removed).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:del w:id="\d+"[^>]*\/>/);
    expect(removed.replace(/<w:del(?:\s[^>]*)?(?<!\/)>[\s\S]*?<\/w:del>/g, '')).not.toMatch(/<w:r[\s>]/);
    const added = paragraphs.find((p) => p.includes('每月5日前报送'))!;
    expect(added).toMatch(/<w:rPr><w:ins w:id="\d+"[^>]*\/>/);
  });

  it('marks a changed word in place, the paragraph itself unmarked', () => {
    const changed = elements(xml, 'w:p').find((p) => p.includes('常务会议研究同意'))!;
    expect(changed).not.toMatch(/<w:rPr><w:(ins|del)\s/);
    // ICU cuts 第十二次 into 第十|二次: the word 二次 becomes 五次.
    expect(containers(changed, 'w:del').map(words)).toEqual(['二次']);
    expect(containers(changed, 'w:ins').map(textOf)).toEqual(['五次']);
  });

  it('marks an added table row in w:trPr and its text with it', () => {
    const row = elements(xml, 'w:tr').find((r) => r.includes('新增任务1'))!;
    expect(row).toMatch(/<w:trPr>[\s\S]*<w:ins w:id="\d+"[^>]*\/><\/w:trPr>/);
    expect(containers(row, 'w:ins').length).toBeGreaterThan(0);
    expect(row.replace(/<w:ins(?:\s[^>]*)?(?<!\/)>[\s\S]*?<\/w:ins>/g, '')).not.toMatch(/<w:r[\s>]/);
  });

  it('marks every block kind whole: the old title and 版记 removed, the new ones added', () => {
    const deleted = elements(xml, 'w:delText')
      .map((d) => d.replace(/<[^>]+>/g, ''))
      .join('');
    expect(deleted).toContain('云溪县人民政府办公室关于印发');
    expect(deleted).toContain('县纪委监委机关');
    const colophons = elements(xml, 'w:tbl').filter((t) => t.includes('抄送'));
    expect(colophons).toHaveLength(2);
    const rowMarks = colophons.map((t) =>
      elements(t, 'w:trPr').map((trPr) => /<w:(ins|del)\s/.exec(trPr)?.[1] ?? 'none'),
    );
    expect(rowMarks.map((m) => [...new Set(m)])).toEqual([['del'], ['ins']]);
    // The removed 版记 follows the text; the new one keeps its place at the foot of the page.
    expect(colophons.map((t) => t.includes('<w:tblpPr'))).toEqual([false, true]);
  });

  it('strikes a renumbered heading label and adds the new one', () => {
    const heading = elements(xml, 'w:p').find((p) => /<w:delText[^>]*>二、<\/w:delText>/.test(p));
    expect(heading).toBeDefined();
    expect(containers(heading!, 'w:ins').map(textOf)).toContain('一、');
  });

  it('accepted gives the new document, rejected the old one, paragraph by paragraph', async () => {
    expect(printed(resolvedParagraphs(xml, 'accept'))).toEqual(
      printed(paragraphTexts(documentXml(await writeDocx(next)))),
    );
    expect(printed(resolvedParagraphs(xml, 'reject'))).toEqual(
      printed(paragraphTexts(documentXml(await writeDocx(old)))),
    );
  });

  it('does not turn on tracking of further edits', () => {
    expect(part(docx, 'word/settings.xml')).not.toContain('trackRevisions');
  });

  it('gives the same bytes every time, and leaves documents without marks as they were', async () => {
    expect(await writeDocx(redline)).toEqual(docx);
    expect(hasRevisionMarks(old)).toBe(false);
    expect(hasRevisionMarks(redline)).toBe(true);
    expect(marks(documentXml(await writeDocx(old)))).toEqual([]);
  });
});

describe('section breaks and defaults', () => {
  const paragraph = (value: string): Paragraph => ({
    type: 'paragraph',
    children: [text(value)],
    indent: 'first-line',
    align: 'justify',
  });
  const wide: Table = {
    type: 'table',
    widths: [1, 1, 1, 1, 1, 1, 1],
    landscape: true,
    header: [],
    rows: [Array.from({ length: 7 }, (_, i) => ({ children: [text(`列${i + 1}`)] }))],
  };
  const tree = (children: Block[]): DocumentTree => ({
    type: 'document',
    version: 1,
    kind: 'scheme',
    numbering: 'outline',
    meta: { title: '测试', date: '2025-03-01', author: '青石镇人民政府' },
    children,
  });

  it('leaves the mark of a paragraph carrying a section break unmarked, and signs with the author without a revision', async () => {
    const before = tree([paragraph('第一段。'), paragraph('横表前的说明文字。'), wide, paragraph('表后。')]);
    const after = tree([paragraph('第一段。'), wide, paragraph('表后。')]);
    const { revision: _revision, ...unsigned } = redlineTree(before, after, revision);
    void _revision;
    const out = documentXml(await writeDocx(unsigned));
    assertWellFormed(out);
    const carrier = elements(out, 'w:p').find((p) => p.includes('横表前的说明文字'))!;
    expect(carrier).toContain('<w:sectPr');
    expect(carrier).not.toMatch(/<w:rPr><w:del\s/);
    expect(containers(carrier, 'w:del').length).toBeGreaterThan(0);
    for (const tag of marks(out)) {
      expect(attrs(tag)['w:author']).toBe('青石镇人民政府');
      expect(attrs(tag)['w:date']).toBe('2025-03-01T00:00:00Z');
    }
    expect(printed(resolvedParagraphs(out, 'accept'))).toEqual(
      printed(paragraphTexts(documentXml(await writeDocx(after)))),
    );
    expect(printed(resolvedParagraphs(out, 'reject'))).toEqual(
      printed(paragraphTexts(documentXml(await writeDocx(before)))),
    );
  });
});
