/**
 * The XML step of the DOCX writer (writers/docx/revisions.ts) on small bodies: whole elements
 * marked (runs wrapped, w:t → w:delText, paragraph marks in w:pPr/w:rPr whatever w:pPr holds,
 * table rows in w:trPr after its other children, cell paragraphs and section-break paragraphs
 * left unmarked), changes already made by `docx` signed and numbered, and a body it does not
 * understand refused.
 */
import { describe, expect, it } from 'vitest';
import { markRevisions, type MarkedRange } from '../../src/writers/docx/revisions.js';
import { assertWellFormed } from '../writers/docx/parts.js';

const revision = { author: '审核人', date: '2025-03-01T00:00:00Z' };
const wrap = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>${body}<w:sectPr/></w:body></w:document>`;
const bodyOf = (xml: string) => xml.slice(xml.indexOf('<w:body>') + 8, xml.indexOf('<w:sectPr/></w:body>'));
const sign = (id: number) => `w:id="${id}" w:author="审核人" w:date="2025-03-01T00:00:00Z"`;

function mark(body: string, ranges: MarkedRange[], count: number): string {
  const out = markRevisions(wrap(body), ranges, revision, count);
  assertWellFormed(out);
  return bodyOf(out);
}

describe('markRevisions', () => {
  it('removes a paragraph: runs in w:del with w:delText, its mark deleted', () => {
    expect(
      mark(
        '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>甲</w:t></w:r><w:r><w:tab/></w:r></w:p>',
        [{ start: 0, end: 1, change: 'delete' }],
        1,
      ),
    ).toBe(
      `<w:p><w:pPr><w:jc w:val="both"/><w:rPr><w:del ${sign(1)}/></w:rPr></w:pPr>` +
        `<w:del ${sign(2)}><w:r><w:delText>甲</w:delText></w:r></w:del><w:del ${sign(3)}><w:r><w:tab/></w:r></w:del></w:p>`,
    );
  });

  it('adds paragraphs with or without w:pPr or w:rPr, and empty ones', () => {
    const body = mark(
      '<w:p/><w:p><w:r><w:t>乙</w:t></w:r></w:p><w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr></w:p><w:p><w:pPr/></w:p>',
      [{ start: 0, end: 4, change: 'insert' }],
      4,
    );
    expect(body).toBe(
      `<w:p><w:pPr><w:rPr><w:ins ${sign(1)}/></w:rPr></w:pPr></w:p>` +
        `<w:p><w:pPr><w:rPr><w:ins ${sign(2)}/></w:rPr></w:pPr><w:ins ${sign(3)}><w:r><w:t>乙</w:t></w:r></w:ins></w:p>` +
        `<w:p><w:pPr><w:rPr><w:ins ${sign(4)}/><w:b/></w:rPr></w:pPr></w:p>` +
        `<w:p><w:pPr><w:rPr><w:ins ${sign(5)}/></w:rPr></w:pPr></w:p>`,
    );
  });

  it('leaves the mark of a paragraph with a section break, and of cell paragraphs, unmarked', () => {
    expect(
      mark(
        '<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>丙</w:t></w:r></w:p>',
        [{ start: 0, end: 1, change: 'delete' }],
        1,
      ),
    ).toBe(
      `<w:p><w:pPr><w:sectPr/></w:pPr><w:del ${sign(1)}><w:r><w:delText>丙</w:delText></w:r></w:del></w:p>`,
    );
    const table =
      '<w:tbl><w:tblPr/><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:p><w:r><w:t>丁</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:p><w:r><w:t>戊</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    expect(mark(table, [{ start: 0, end: 1, change: 'insert' }], 1)).toBe(
      `<w:tbl><w:tblPr/><w:tr><w:trPr><w:cantSplit/><w:ins ${sign(1)}/></w:trPr><w:tc><w:p><w:ins ${sign(2)}><w:r><w:t>丁</w:t></w:r></w:ins></w:p></w:tc></w:tr>` +
        `<w:tr><w:trPr><w:ins ${sign(3)}/></w:trPr><w:tc><w:p><w:ins ${sign(4)}><w:r><w:t>戊</w:t></w:r></w:ins></w:p></w:tc></w:tr></w:tbl>`,
    );
  });

  it('sets a removed floating table in the text flow', () => {
    const body = mark(
      '<w:tbl><w:tblPr><w:tblpPr w:vertAnchor="page"/></w:tblPr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>',
      [{ start: 0, end: 1, change: 'delete' }],
      1,
    );
    expect(body).not.toContain('tblpPr');
    expect(body).toContain(`<w:trPr><w:del ${sign(1)}/></w:trPr>`);
  });

  it('signs and numbers the changes docx made, after the other ids, and leaves unmarked elements alone', () => {
    const body = mark(
      '<w:p><w:bookmarkStart w:id="7" w:name="x"/><w:del w:id="0" w:author="gongwen" w:date="1970-01-01T00:00:00Z"><w:r><w:delText>己</w:delText></w:r></w:del><w:ins w:id="0" w:author="gongwen" w:date="1970-01-01T00:00:00Z"><w:r><w:t>庚</w:t></w:r></w:ins></w:p><w:p><w:r><w:t>辛</w:t></w:r></w:p>',
      [],
      2,
    );
    expect(body).toBe(
      `<w:p><w:bookmarkStart w:id="7" w:name="x"/><w:del ${sign(8)}><w:r><w:delText>己</w:delText></w:r></w:del><w:ins ${sign(9)}><w:r><w:t>庚</w:t></w:r></w:ins></w:p><w:p><w:r><w:t>辛</w:t></w:r></w:p>`,
    );
  });

  it('does not wrap runs already inside a change', () => {
    const body = mark(
      '<w:p><w:ins w:id="0" w:author="a" w:date="d"><w:r><w:t>壬</w:t></w:r></w:ins></w:p>',
      [{ start: 0, end: 1, change: 'insert' }],
      1,
    );
    expect(body.match(/<w:ins /g)).toHaveLength(2);
  });

  it('refuses a body laid out otherwise than the writer printed it', () => {
    expect(() => markRevisions(wrap('<w:p/><w:p/>'), [], revision, 3)).toThrow(/body elements/);
  });
});
