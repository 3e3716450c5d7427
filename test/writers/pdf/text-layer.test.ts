/**
 * The PDF text layer (engineering-notes.md §3): Chromium's ToUnicode CMaps name CJK radicals (⼈
 * U+2F08) where the text has unified ideographs (人 U+4EBA). to-unicode.ts rewrites the CMaps,
 * rewrite.ts puts the changed streams back into the file with a new xref table. The synthetic PDFs
 * here are laid out as Skia writes them: one classic xref table of 20-byte entries, no object
 * streams. The last block prints a real document with Chromium, when there is one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { unzlibSync, zlibSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentTree } from '../../../src/tree/types.js';
import { createPdfRenderer, type PdfRenderer } from '../../../src/writers/pdf/index.js';
import { editStreams, type PdfStream } from '../../../src/writers/pdf/rewrite.js';
import { fixPdfText, fixToUnicode, needsFix } from '../../../src/writers/pdf/to-unicode.js';

// --- helpers ------------------------------------------------------------------------------------

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const deflate = (text: string): string => latin1(zlibSync(bytesOf(text)));

/** A stream object's body, as Skia writes it. */
const flateStream = (content: string): string => {
  const data = deflate(content);
  return `<</Filter /FlateDecode\n/Length ${data.length}>> stream\n${data}\nendstream`;
};
const plainStream = (content: string, extra = ''): string =>
  `<<${extra}/Length ${content.length}>> stream\n${content}\nendstream`;

/** A PDF of the given objects, in the given order (not by number), with a classic xref table. */
function buildPdf(objects: [number, string][]): string {
  // The binary comment line is what real writers put there: bytes above 0x7F must survive.
  let text = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = new Map<number, number>();
  for (const [id, body] of objects) {
    offsets.set(id, text.length);
    text += `${id} 0 obj\n${body}\nendobj\n`;
  }
  const count = Math.max(...offsets.keys()) + 1;
  const xrefAt = text.length;
  text += `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let id = 1; id < count; id++) {
    const at = offsets.get(id);
    text += at === undefined ? '0000000000 00001 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
  }
  return `${text}trailer\n<</Size ${count}\n/Root 1 0 R>>\nstartxref\n${xrefAt}\n%%EOF\n`;
}

interface Xref {
  /** Object number → offset, for the in-use entries. */
  offsets: Map<number, number>;
  /** The raw 20-byte entries, entry 0 included. */
  entries: string[];
  startxref: number;
  trailer: string;
}

function readXref(text: string): Xref {
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  const table = /^xref\n0 (\d+)\n/.exec(text.slice(startxref))!;
  const at = startxref + table[0].length;
  const entries = Array.from({ length: Number(table[1]) }, (_, id) =>
    text.slice(at + id * 20, at + id * 20 + 20),
  );
  const offsets = new Map<number, number>();
  entries.forEach((entry, id) => {
    const match = /^(\d{10}) 00000 n \n$/.exec(entry);
    if (match) offsets.set(id, Number(match[1]));
  });
  return { offsets, entries, startxref, trailer: text.slice(at + entries.length * 20) };
}

/** Every xref offset points at its "N 0 obj", startxref at "xref": the file needs no repair. */
function expectConsistent(text: string): Xref {
  const xref = readXref(text);
  expect(text.startsWith('xref\n', xref.startxref)).toBe(true);
  expect(text.lastIndexOf('\nxref\n')).toBe(xref.startxref - 1);
  for (const [id, offset] of xref.offsets) {
    expect(text.slice(offset, offset + `${id} 0 obj`.length), `object ${id}`).toBe(`${id} 0 obj`);
  }
  return xref;
}

/** The whole object ("N 0 obj" … "endobj\n") as the xref finds it. */
function objectText(text: string, id: number): string {
  const offset = readXref(text).offsets.get(id)!;
  return text.slice(offset, text.indexOf('endobj\n', offset) + 'endobj\n'.length);
}

/** The decoded content of stream object `id`. */
function streamContent(text: string, id: number): string {
  const object = objectText(text, id);
  const head = /^\d+ 0 obj\n<<([\s\S]*?)>> ?stream\n/.exec(object)!;
  const length = Number(/\/Length (\d+)/.exec(head[1]!)![1]);
  const data = bytesOf(object.slice(head[0].length, head[0].length + length));
  expect(object.slice(head[0].length + length)).toBe('\nendstream\nendobj\n');
  return /\/FlateDecode/.test(head[1]!) ? latin1(unzlibSync(data)) : latin1(data);
}

/** poppler's pdfinfo, when installed: it complains on stderr about a damaged xref or object. */
const pdfinfo = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function pdfinfoErrors(pdf: Uint8Array): string {
  try {
    const out = execFileSync('pdfinfo', ['-'], { input: pdf, stdio: ['pipe', 'pipe', 'pipe'] });
    return /Pages:\s+1\n/.test(out.toString('utf8')) ? '' : `unexpected output: ${out.toString('utf8')}`;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

async function pdfText(pdf: Uint8Array): Promise<string> {
  // pdf.js may take over (detach) the buffer it is given: it gets a copy.
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  try {
    const parts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) if ('str' in item) parts.push(item.str);
    }
    return parts.join('');
  } finally {
    await doc.destroy();
  }
}

// A one-page document: catalog, pages, page, content stream (Flate), an image-like stream with
// another filter, an uncompressed stream, a plain dictionary. Object 8 is free.
const CONTENT = 'BT /F1 24 Tf 72 720 Td (Hello) Tj ET';
const OBJECTS: [number, string][] = [
  [1, '<</Type /Catalog\n/Pages 2 0 R>>'],
  [
    3,
    '<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 612 792]\n/Resources <</Font <</F1 7 0 R>>>>\n/Contents 4 0 R>>',
  ],
  [2, '<</Type /Pages\n/Kids [3 0 R]\n/Count 1>>'],
  [4, flateStream(CONTENT)],
  [5, plainStream('\xff\xd8\xff\xe0binary)(\x00', '/Filter /DCTDecode\n')],
  [6, plainStream('plain text stream')],
  [7, '<</Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica>>'],
  [9, flateStream('second \x80\xff stream')],
];
const SAMPLE = buildPdf(OBJECTS);

// --- editStreams --------------------------------------------------------------------------------

describe('editStreams', () => {
  it('the synthetic sample is consistent before any edit', () => {
    const xref = expectConsistent(SAMPLE);
    expect([...xref.offsets.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
    expect(streamContent(SAMPLE, 4)).toBe(CONTENT);
  });

  it('rewrites a Flate stream, rebuilds the xref and keeps every other object byte for byte', () => {
    const edited = 'BT /F1 24 Tf 72 720 Td (Hello, a much longer replacement text) Tj ET';
    const out = latin1(editStreams(bytesOf(SAMPLE), new Set([4]), () => edited));
    const xref = expectConsistent(out);
    expect(streamContent(out, 4)).toBe(edited);
    expect(objectText(out, 4)).toMatch(/^4 0 obj\n<<\/Filter \/FlateDecode\n\/Length \d+>> stream\n/);
    for (const id of [1, 2, 3, 5, 6, 7, 9]) expect(objectText(out, id)).toBe(objectText(SAMPLE, id));
    // Objects before the edited one stay where they were, those after it move by the same amount.
    const before = readXref(SAMPLE);
    const shift = objectText(out, 4).length - objectText(SAMPLE, 4).length;
    expect(shift).not.toBe(0);
    for (const id of [1, 3, 2]) expect(xref.offsets.get(id)).toBe(before.offsets.get(id));
    for (const id of [5, 6, 7, 9]) expect(xref.offsets.get(id)).toBe(before.offsets.get(id)! + shift);
    expect(xref.startxref).toBe(before.startxref + shift);
    // Header (with its binary bytes), free entries and trailer dictionary are kept.
    expect(out.slice(0, before.offsets.get(1))).toBe('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
    expect(xref.entries[0]).toBe('0000000000 65535 f \n');
    expect(xref.entries[8]).toBe('0000000000 00001 f \n');
    expect(xref.entries).toHaveLength(10);
    const dictionary = (trailer: string) => trailer.slice(0, trailer.indexOf('startxref'));
    expect(dictionary(xref.trailer)).toBe(dictionary(before.trailer));
    expect(xref.trailer.slice(dictionary(xref.trailer).length)).toBe(`startxref\n${xref.startxref}\n%%EOF\n`);
  });

  it('rewrites two streams, one shorter and one longer, in one pass', () => {
    const out = latin1(
      editStreams(bytesOf(SAMPLE), new Set([4, 9]), ({ id }) => (id === 4 ? 'q Q' : 'x'.repeat(5000))),
    );
    expectConsistent(out);
    expect(streamContent(out, 4)).toBe('q Q');
    expect(streamContent(out, 9)).toBe('x'.repeat(5000));
    for (const id of [1, 2, 3, 5, 6, 7]) expect(objectText(out, id)).toBe(objectText(SAMPLE, id));
  });

  it('hands the edit each chosen stream decoded, once, with its number', () => {
    const seen: PdfStream[] = [];
    // 7 is a dictionary without a stream, 5 has a filter it cannot decode, 42 does not exist.
    const input = bytesOf(SAMPLE);
    const out = editStreams(input, new Set([4, 5, 6, 7, 9, 42]), (stream) => {
      seen.push(stream);
      return undefined;
    });
    expect(seen).toEqual([
      { id: 4, text: CONTENT },
      { id: 6, text: 'plain text stream' },
      { id: 9, text: 'second \x80\xff stream' },
    ]);
    expect(out).toBe(input);
  });

  it('returns the very same bytes when nothing changes', () => {
    const input = bytesOf(SAMPLE);
    expect(editStreams(input, new Set([4, 9]), () => undefined)).toBe(input);
    expect(editStreams(input, new Set([4]), ({ text }) => text)).toBe(input);
    expect(editStreams(input, new Set(), () => 'never')).toBe(input);
  });

  it('compresses an uncompressed stream it rewrites', () => {
    const out = latin1(editStreams(bytesOf(SAMPLE), new Set([6]), ({ text }) => text.toUpperCase()));
    expectConsistent(out);
    expect(objectText(out, 6)).toContain('/Filter /FlateDecode');
    expect(streamContent(out, 6)).toBe('PLAIN TEXT STREAM');
  });

  it('leaves a file without a classic xref table alone', () => {
    const noXref = bytesOf(SAMPLE.replace('\nxref\n0 10\n', '\nXREF\n0 10\n'));
    expect(editStreams(noXref, new Set([4]), () => 'changed')).toBe(noXref);
  });

  it('leaves a stream whose /Length is an indirect reference alone', () => {
    const data = deflate(CONTENT);
    const pdf = buildPdf([
      [1, '<</Type /Catalog>>'],
      [2, `<</Filter /FlateDecode\n/Length 3 0 R>> stream\n${data}\nendstream`],
      [3, String(data.length)],
    ]);
    const input = bytesOf(pdf);
    const seen: number[] = [];
    expect(
      editStreams(input, new Set([2]), ({ id }) => {
        seen.push(id);
        return 'changed';
      }),
    ).toBe(input);
    expect(seen).toEqual([]);
  });

  it('leaves a stream alone when its /Length does not end at endstream, or its data does not inflate', () => {
    const data = deflate(CONTENT);
    const wrongLength = buildPdf([
      [1, '<</Type /Catalog>>'],
      [2, `<</Filter /FlateDecode\n/Length ${data.length - 4}>> stream\n${data}\nendstream`],
    ]);
    const damaged = buildPdf([
      [1, '<</Type /Catalog>>'],
      [2, `<</Filter /FlateDecode\n/Length 12>> stream\nnot deflated\nendstream`],
    ]);
    for (const pdf of [wrongLength, damaged]) {
      const input = bytesOf(pdf);
      const seen: number[] = [];
      const out = editStreams(input, new Set([2]), ({ id }) => {
        seen.push(id);
        return 'changed';
      });
      expect(out).toBe(input);
      expect(seen).toEqual([]);
    }
  });

  it('reads a subarray by its own offset', () => {
    const whole = bytesOf(`GARBAGE${SAMPLE}`);
    const out = latin1(editStreams(whole.subarray(7), new Set([4]), () => 'q Q'));
    expectConsistent(out);
    expect(streamContent(out, 4)).toBe('q Q');
    expect(out.startsWith('%PDF-1.4\n')).toBe(true);
  });

  it('gives a file pdf.js reads with the new text', async () => {
    expect(await pdfText(bytesOf(SAMPLE))).toBe('Hello');
    const out = editStreams(bytesOf(SAMPLE), new Set([4]), ({ text }) =>
      text.replace('(Hello)', '(Goodbye)'),
    );
    expect(await pdfText(out)).toBe('Goodbye');
  });

  it.skipIf(!pdfinfo)('gives a file poppler reads without complaint', () => {
    expect(pdfinfoErrors(bytesOf(SAMPLE))).toBe('');
    const out = editStreams(bytesOf(SAMPLE), new Set([4, 6, 9]), ({ text }) => `${text} % edited`);
    expect(pdfinfoErrors(out)).toBe('');
  });
});

// --- ToUnicode CMaps ----------------------------------------------------------------------------

// What Skia writes around the mappings (header and footer must come back byte for byte).
const HEAD =
  '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n' +
  '<<  /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n' +
  '/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n';
const TAIL = '\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n';

const bfchar = (pairs: [string, string][]): string =>
  `${pairs.length} beginbfchar\n${pairs.map(([c, u]) => `<${c}> <${u}>`).join('\n')}\nendbfchar`;
const bfrange = (entries: string[]): string =>
  `${entries.length} beginbfrange\n${entries.join('\n')}\nendbfrange`;
const cmapOf = (...blocks: string[]): string => `${HEAD}${blocks.join('\n')}${TAIL}`;
const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** Code → destination hex, from every bfchar entry of a CMap. */
const charMap = (cmap: string): Map<string, string> =>
  new Map(
    [...cmap.matchAll(/beginbfchar\n([\s\S]*?)\nendbfchar/g)].flatMap((block) =>
      block[1]!.split('\n').map((line): [string, string] => {
        const [, code, dst] = /^<([0-9A-F]+)> <([0-9A-F]+)>$/.exec(line)!;
        return [code!, dst!];
      }),
    ),
  );

describe('fixToUnicode', () => {
  it('maps Kangxi and supplement radicals in bfchar to the unified ideographs', () => {
    const cmap = cmapOf(
      bfchar([
        ['0001', '2F08'], // ⼈ → 人
        ['0002', '2EA0'], // ⺠ → 民
        ['0003', '653F'], // 政, already right
        ['0004', '2F74'], // ⽴ → 立
        ['0005', '2F00'], // ⼀ → 一
      ]),
    );
    expect(needsFix(cmap)).toBe(true);
    expect(fixToUnicode(cmap)).toBe(
      cmapOf(
        bfchar([
          ['0001', '4EBA'],
          ['0002', '6C11'],
          ['0003', '653F'],
          ['0004', '7ACB'],
          ['0005', '4E00'],
        ]),
      ),
    );
  });

  it('maps strokes that have an equivalent and keeps those that have none', () => {
    const cmap = cmapOf(
      bfchar([
        ['0001', '31D0'], // ㇐ → 一
        ['0002', '31C0'], // ㇀: no equivalent
        ['0003', '31E1'], // → U+2010E, outside the BMP
      ]),
    );
    expect(fixToUnicode(cmap)).toBe(
      cmapOf(
        bfchar([
          ['0001', '4E00'],
          ['0002', '31C0'],
          ['0003', 'D840DD0E'],
        ]),
      ),
    );
  });

  it('writes a destination outside the BMP as a UTF-16 surrogate pair', () => {
    const fixed = fixToUnicode(cmapOf(bfchar([['0042', '2E87']])));
    expect(fixed).toBe(cmapOf(bfchar([['0042', 'D841DE28']])));
    expect(String.fromCharCode(0xd841, 0xde28).codePointAt(0)).toBe(0x20628);
  });

  it('keeps radicals without an equivalent (U+2E80, U+2E9A) and everything that is no radical', () => {
    const pairs: [string, string][] = [
      ['0001', '2E80'],
      ['0002', '2E9A'],
      ['0003', '4EBA'],
      ['0004', '0041'],
      ['0005', '00660069'], // "fi": two code units
      ['0006', 'D841DE28'],
      ['0007', '2FD6'], // just past the Kangxi block
      ['0008', '2EFF'],
    ];
    const cmap = cmapOf(bfchar(pairs));
    expect(needsFix(cmap)).toBe(false);
    expect(fixToUnicode(cmap)).toBe(cmap);
  });

  it('splits a bfrange that covers a radical into bfchar and keeps the others as ranges', () => {
    const cmap = cmapOf(
      bfchar([['0001', '2F08']]),
      bfrange([
        '<0010> <0012> <2F00>', // ⼀⼁⼂ → 一丨丶
        '<0020> <0025> <0041>', // A–F
        '<0030> <0031> <2E80>', // 2E80 has no equivalent, 2E81 has
        '<0040> <0042> <4E00>',
      ]),
    );
    expect(needsFix(cmap)).toBe(true);
    expect(fixToUnicode(cmap)).toBe(
      cmapOf(
        bfchar([
          ['0001', '4EBA'],
          ['0010', '4E00'],
          ['0011', '4E28'],
          ['0012', '4E36'],
          ['0030', '2E80'],
          ['0031', '5382'],
        ]),
        bfrange(['<0020> <0025> <0041>', '<0040> <0042> <4E00>']),
      ),
    );
  });

  it('keeps the width of one-byte codes when it splits a range', () => {
    const cmap = cmapOf(bfrange(['<0E> <10> <2F07>']));
    expect(fixToUnicode(cmap)).toBe(
      cmapOf(
        bfchar([
          ['0E', '4EA0'],
          ['0F', '4EBA'],
          ['10', '513F'],
        ]),
      ),
    );
  });

  it('maps radicals in a bfrange destination array and keeps it a range', () => {
    const cmap = cmapOf(bfrange(['<0050> <0052> [<2F08> <0042> <00660069>]', '<0060> <0061> <0030>']));
    expect(needsFix(cmap)).toBe(true);
    expect(fixToUnicode(cmap)).toBe(
      cmapOf(bfrange(['<0050> <0052> [<4EBA> <0042> <00660069>]', '<0060> <0061> <0030>'])),
    );
  });

  it('writes at most 100 entries to a block', () => {
    // 250 single radicals and one range of 150 Kangxi radicals: 400 bfchar entries, 4 blocks.
    const pairs = Array.from({ length: 250 }, (_, i): [string, string] => [
      hex4(0x100 + i),
      hex4(0x2f00 + (i % 214)),
    ]);
    const cmap = cmapOf(
      bfchar(pairs.slice(0, 100)),
      bfchar(pairs.slice(100)),
      bfrange(['<1000> <1095> <2F00>']),
    );
    const fixed = fixToUnicode(cmap);
    const blocks = [...fixed.matchAll(/(\d+) beginbfchar\n([\s\S]*?)\nendbfchar/g)];
    expect(blocks.map((b) => Number(b[1]))).toEqual([100, 100, 100, 100]);
    for (const block of blocks) expect(block[2]!.split('\n')).toHaveLength(Number(block[1]));
    expect(fixed).not.toContain('beginbfrange');
    const map = charMap(fixed);
    expect(map.size).toBe(400);
    expect(map.get('0100')).toBe('4E00');
    expect(map.get('01F9')).toBe('5915'); // 249th: U+2F23 ⼣ → 夕
    expect(map.get('1000')).toBe('4E00');
    expect(map.get('1095')).toBe('8C37'); // U+2F95 ⾕ → 谷
    expect(fixed.startsWith(HEAD)).toBe(true);
    expect(fixed.endsWith(TAIL)).toBe(true);
  });

  it('maps every Kangxi radical and every listed supplement radical to a unified ideograph', () => {
    const kangxi = Array.from({ length: 0x2fd6 - 0x2f00 }, (_, i) => 0x2f00 + i);
    const supplement = Array.from({ length: 0x2ef4 - 0x2e81 }, (_, i) => 0x2e81 + i).filter(
      (c) => c !== 0x2e9a,
    );
    const codes = [...kangxi, ...supplement];
    const cmap = cmapOf(bfchar(codes.map((c, i): [string, string] => [hex4(i), hex4(c)])));
    const map = charMap(fixToUnicode(cmap));
    expect(map.size).toBe(codes.length);
    for (const [code, dst] of map) {
      const units = dst.match(/.{4}/g)!.map((u) => parseInt(u, 16));
      const ch = String.fromCharCode(...units);
      expect([...ch], `code ${code}`).toHaveLength(1);
      const cp = ch.codePointAt(0)!;
      const unified = (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0x20000 && cp <= 0x2ffff);
      expect(unified, `code ${code} → U+${cp.toString(16)}`).toBe(true);
    }
  });

  it('keeps header and footer text byte for byte, whatever they hold', () => {
    const head =
      '%!PS-Adobe-3.0 Resource-CMap\r\n%%Title: (x)\r\n/CMapName /Custom-UCS def\r\n1 begincodespacerange <00> <FF> endcodespacerange\r\n';
    const tail = '\r\nendcmap\r\n% trailing comment \u00e9\r\nend end  \r\n\r\n';
    const cmap = `${head}1 beginbfchar <41> <2F08> endbfchar\r\n1 beginbfrange <50> <51> <2F00> endbfrange${tail}`;
    expect(fixToUnicode(cmap)).toBe(
      `${head}3 beginbfchar\n<41> <4EBA>\n<50> <4E00>\n<51> <4E28>\nendbfchar${tail}`,
    );
  });

  it('returns a CMap without mapping blocks as it is', () => {
    const cmap = `${HEAD}${TAIL}`;
    expect(needsFix(cmap)).toBe(false);
    expect(fixToUnicode(cmap)).toBe(cmap);
  });
});

describe('needsFix', () => {
  it('looks at destinations only, not at the codes', () => {
    // Code 0x2F08 (a glyph number in a large font) mapped to 人 is fine.
    expect(needsFix(cmapOf(bfchar([['2F08', '4EBA']])))).toBe(false);
    expect(needsFix(cmapOf(bfrange(['<2F00> <2F10> <0041>'])))).toBe(false);
    expect(needsFix(cmapOf(bfchar([['4EBA', '2F08']])))).toBe(true);
  });

  it('sees a radical inside a range whose first destination is none', () => {
    expect(needsFix(cmapOf(bfrange(['<0001> <0002> <2E80>'])))).toBe(true);
    expect(needsFix(cmapOf(bfrange(['<0001> <0007> <31C0>'])))).toBe(true); // reaches 31C6
    expect(needsFix(cmapOf(bfrange(['<0001> <0006> <31C0>'])))).toBe(false); // 31C0–31C5: none
    expect(needsFix(cmapOf(bfrange(['<0001> <0003> <2FD3>'])))).toBe(true);
    expect(needsFix(cmapOf(bfrange(['<0001> <0003> <2FD6>'])))).toBe(false);
  });
});

// --- fixPdfText ---------------------------------------------------------------------------------

describe('fixPdfText', () => {
  const broken = cmapOf(
    bfchar([
      ['01', '2F08'],
      ['02', '2EA0'],
      ['03', '653F'],
    ]),
  );
  const clean = cmapOf(bfchar([['01', '0041']]));
  const fonts = (first: string, second: string): string =>
    buildPdf([
      [1, '<</Type /Catalog>>'],
      [2, '<</Type /Font\n/Subtype /Type3\n/ToUnicode 4 0 R>>'],
      [3, '<</Type /Font\n/Subtype /Type3\n/ToUnicode 5 0 R>>'],
      [4, flateStream(first)],
      [5, flateStream(second)],
      [6, flateStream('BT (not a CMap: \u2f08 stays) Tj ET')],
    ]);

  it('rewrites the ToUnicode CMaps that name radicals, and only those', () => {
    const pdf = fonts(broken, clean);
    const out = latin1(fixPdfText(bytesOf(pdf)));
    expectConsistent(out);
    expect(streamContent(out, 4)).toBe(
      cmapOf(
        bfchar([
          ['01', '4EBA'],
          ['02', '6C11'],
          ['03', '653F'],
        ]),
      ),
    );
    for (const id of [1, 2, 3, 5, 6]) expect(objectText(out, id)).toBe(objectText(pdf, id));
  });

  it('returns the very same bytes when no CMap names a radical', () => {
    const input = bytesOf(fonts(clean, clean));
    expect(fixPdfText(input)).toBe(input);
  });
});

// --- a real Chromium PDF ------------------------------------------------------------------------

const CHROMIUM = '/usr/lib/chromium/chromium';
const RADICAL = /[\u2E80-\u2FDF\u31C0-\u31EF]/u;

const tree: DocumentTree = {
  type: 'document',
  version: 1,
  kind: 'notice',
  numbering: 'outline',
  meta: { title: '关于开展测试的通知', date: '2020-05-20', author: '云溪县人民政府' },
  children: [
    { type: 'title', lines: ['关于开展测试的通知'] },
    {
      type: 'paragraph',
      children: [{ type: 'text', value: '人民政府立即一二三' }],
      indent: 'first-line',
      align: 'justify',
    },
  ],
};

describe.skipIf(!existsSync(CHROMIUM))('a Chromium PDF (end to end)', () => {
  let renderer: PdfRenderer | undefined;
  let pdf: Uint8Array;

  beforeAll(async () => {
    renderer = await createPdfRenderer({ executablePath: CHROMIUM, concurrency: 1 });
    pdf = (await renderer.render(tree)).pdf;
  }, 120_000);

  afterAll(async () => {
    await renderer?.close();
  });

  it('has a text layer of unified ideographs, no radicals', async () => {
    const text = await pdfText(pdf);
    expect(text).toContain('人民政府立即一二三');
    expect(text).toContain('关于开展测试的通知');
    expect(text).not.toMatch(RADICAL);
  });

  it('stays a consistent classic-xref file after the rewrite', () => {
    const text = latin1(pdf);
    const xref = expectConsistent(text);
    expect(xref.offsets.size).toBeGreaterThan(3);
    // Every ToUnicode CMap left in the file is one needsFix accepts.
    const ids = [...text.matchAll(/\/ToUnicode (\d+) 0 R/g)].map((m) => Number(m[1]));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(needsFix(streamContent(text, id)), `CMap ${id}`).toBe(false);
    // Running the fix again changes nothing.
    expect(fixPdfText(pdf)).toBe(pdf);
  });

  it.skipIf(!pdfinfo)('is read by poppler without complaint', () => {
    const out = execFileSync('pdfinfo', ['-'], { input: pdf, stdio: ['pipe', 'pipe', 'pipe'] }).toString(
      'utf8',
    );
    expect(out).toMatch(/Pages:\s+1\n/);
    expect(out).toMatch(/CreationDate:\s+Wed May 20 00:00:00 2020 UTC/);
  });
});
