/**
 * Fixed PDF dates (engineering-notes.md §3): /CreationDate and /ModDate become the document's
 * instant in exactly the bytes the old dates took, and nothing else in the file moves or changes.
 */
import { describe, expect, it } from 'vitest';
import { normalizePdfDates, normalizeStructureIds, pdfDate } from '../../../src/writers/pdf/normalize.js';

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const text = (pdf: Uint8Array): string => Buffer.from(pdf).toString('latin1');

const INSTANT = new Date(Date.UTC(2020, 4, 20, 0, 0, 0));

describe('pdfDate', () => {
  it("writes D:YYYYMMDDHHmmSS+00'00' in UTC", () => {
    expect(pdfDate(INSTANT)).toBe("D:20200520000000+00'00'");
    expect(pdfDate(new Date(Date.UTC(1999, 11, 31, 23, 59, 58, 999)))).toBe("D:19991231235958+00'00'");
    // Another zone's wall clock does not matter: 08:05:09 in Beijing is 00:05:09Z.
    expect(pdfDate(new Date('2024-03-01T08:05:09+08:00'))).toBe("D:20240301000509+00'00'");
  });
});

describe('normalizePdfDates', () => {
  // Chromium's info dictionary, between binary bytes as in a real file (0x80–0xFF must survive).
  const binary = String.fromCharCode(0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x80, 0xff, 0x00, 0x9f);
  const info =
    `%PDF-1.4\n%${binary}\n1 0 obj\n<</Creator (Chromium)\n/Producer (Skia/PDF m131)\n` +
    `/CreationDate (D:20240611093012+00'00')\n/ModDate (D:20240611093013+00'00')>>\nendobj\n` +
    `2 0 obj\n<</Length 4>> stream\n${String.fromCharCode(0xfe, 0x28, 0x29, 0xc8)}\nendstream\nendobj\n%%EOF\n`;

  it('replaces both dates, keeps the length and every other byte', () => {
    const input = bytes(info);
    const out = normalizePdfDates(input, INSTANT);
    expect(out.length).toBe(input.length);
    expect(text(out)).toBe(
      info
        .replace("/CreationDate (D:20240611093012+00'00')", "/CreationDate (D:20200520000000+00'00')")
        .replace("/ModDate (D:20240611093013+00'00')", "/ModDate (D:20200520000000+00'00')"),
    );
    // The bytes outside the two dates, compared one by one.
    const changed = [...out].flatMap((b, i) => (b === input[i] ? [] : [i]));
    const creation = info.indexOf('D:20240611093012');
    const mod = info.indexOf('D:20240611093013');
    for (const i of changed) {
      expect((i >= creation && i < creation + 23) || (i >= mod && i < mod + 23), `byte ${i} changed`).toBe(
        true,
      );
    }
    expect(out[info.indexOf(binary)]).toBe(0x25);
    expect([...out.subarray(info.indexOf(binary), info.indexOf(binary) + binary.length)]).toEqual([
      0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x80, 0xff, 0x00, 0x9f,
    ]);
  });

  it('gives the same bytes for two runs that differ only in their dates', () => {
    const other = info.replace('093012', '101500').replace('093013', '101501');
    expect(
      Buffer.from(normalizePdfDates(bytes(other), INSTANT)).equals(
        Buffer.from(normalizePdfDates(bytes(info), INSTANT)),
      ),
    ).toBe(true);
  });

  it('cuts the new date to a shorter old one', () => {
    const input = '<</CreationDate (D:20240611)/ModDate (D:2024061109301Z)>>';
    const out = text(normalizePdfDates(bytes(input), INSTANT));
    expect(out).toBe('<</CreationDate (D:20200520)/ModDate (D:20200520000000)>>');
    expect(out.length).toBe(input.length);
    const short = "x/ModDate (D:20240611093012+00'00')y/CreationDate (D:1)z";
    expect(text(normalizePdfDates(bytes(short), INSTANT))).toBe(
      "x/ModDate (D:20200520000000+00'00')y/CreationDate (D:2)z",
    );
  });

  it('pads the new date with spaces to a longer old one', () => {
    const long = "/CreationDate (D:20240611093012+08'00'   )/ModDate (D:20240611093012.123+08'00')";
    expect(text(normalizePdfDates(bytes(long), INSTANT))).toBe(
      "/CreationDate (D:20200520000000+00'00'   )/ModDate (D:20200520000000+00'00'    )",
    );
  });

  it('leaves a PDF without dates byte-identical', () => {
    const plain = `%PDF-1.4\n%${binary}\n1 0 obj\n<</Title (D:20240611)>>\nendobj\n`;
    const out = normalizePdfDates(bytes(plain), INSTANT);
    expect(text(out)).toBe(plain);
  });

  it('reads a subarray by its own offset and length', () => {
    const whole = bytes(`JUNK${info}JUNK`);
    const view = whole.subarray(4, 4 + info.length);
    const out = text(normalizePdfDates(view, INSTANT));
    expect(out.length).toBe(info.length);
    expect(out.startsWith('%PDF-1.4')).toBe(true);
    expect(out).toContain("/ModDate (D:20200520000000+00'00')");
  });
});

describe('normalizeStructureIds', () => {
  const pdf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
  const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

  it('numbers the structure IDs from 1 in their order, everywhere they occur, in the same length', () => {
    const input = pdf(
      '1 0 obj\n<</S /P\n/ID (node00000826)>>\nendobj\n2 0 obj\n<</S /TH\n/ID (node00001379)>>\nendobj\n' +
        '3 0 obj\n<</Names [(node00000826) 1 0 R (node00001379) 2 0 R]>>\nendobj\n\xff\xfe',
    );
    const out = normalizeStructureIds(input);
    expect(out.length).toBe(input.length);
    expect(text(out)).toBe(
      '1 0 obj\n<</S /P\n/ID (node00000001)>>\nendobj\n2 0 obj\n<</S /TH\n/ID (node00000002)>>\nendobj\n' +
        '3 0 obj\n<</Names [(node00000001) 1 0 R (node00000002) 2 0 R]>>\nendobj\n\xff\xfe',
    );
  });

  it('gives the same bytes for documents whose renderer had numbered its nodes differently', () => {
    const a = pdf('/ID (node00000010) /ID (node00000020)');
    const b = pdf('/ID (node00004410) /ID (node00004420)');
    expect(text(normalizeStructureIds(a))).toBe(text(normalizeStructureIds(b)));
  });

  it('returns a PDF without structure IDs unchanged', () => {
    const input = pdf('%PDF-1.4\n(node123) (nodes00000001)');
    expect(normalizeStructureIds(input)).toBe(input);
  });
});

describe('structure IDs numbered by the elements they name', () => {
  // Two prints of one document whose DOM numbered two header cells the other way round (seen under load).
  const print = (first: string, second: string) =>
    new TextEncoder().encode(
      [
        `134 0 obj\n<</S /TH\n/ID (node0000${first})>>\nendobj`,
        `136 0 obj\n<</S /TH\n/ID (node0000${second})>>\nendobj`,
        `264 0 obj\n<</Limits [(node0000${first < second ? first : second}) (node0000${first < second ? second : first})]`,
        `/Names [(node0000${first < second ? first : second}) ${first < second ? 134 : 136} 0 R (node0000${first < second ? second : first}) ${first < second ? 136 : 134} 0 R]>>\nendobj`,
      ].join('\n'),
    );

  it('gives both prints the same bytes, the tree leaf sorted and its limits true', () => {
    const a = new TextDecoder().decode(normalizeStructureIds(print('4411', '4412')));
    const b = new TextDecoder().decode(normalizeStructureIds(print('4412', '4411')));
    expect(a).toBe(b);
    expect(a).toContain('134 0 obj\n<</S /TH\n/ID (node00000001)>>');
    expect(a).toContain('/Limits [(node00000001) (node00000002)]');
    expect(a).toContain('/Names [(node00000001) 134 0 R (node00000002) 136 0 R]');
    expect(a.length).toBe(new TextDecoder().decode(print('4411', '4412')).length);
  });
});
