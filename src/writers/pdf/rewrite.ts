/**
 * Rewrites chosen objects of a Chromium PDF and rebuilds its cross-reference table. Skia writes a
 * plain PDF (one xref table, no object streams, no incremental updates), so objects can be cut out
 * by the offsets the xref lists, replaced, and the file put back together with new offsets.
 */
import { unzlibSync, zlibSync } from 'fflate';

const latin1 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

export interface PdfStream {
  /** The object number. */
  id: number;
  /** The stream's decoded content, as latin1 text. */
  text: string;
}

/**
 * Calls `edit` with the decoded content of each stream object in `ids`; where it returns new text,
 * the object is rewritten (Flate-compressed again). Returns the input unchanged when nothing changed
 * or the file is not laid out as expected.
 */
export function editStreams(
  pdf: Uint8Array,
  ids: ReadonlySet<number>,
  edit: (stream: PdfStream) => string | undefined,
): Uint8Array {
  const text = latin1(pdf);
  const xrefAt = text.lastIndexOf('\nxref\n');
  const table = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt + 1));
  if (xrefAt < 0 || !table) return pdf;
  const count = Number(table[1]);
  const entriesAt = xrefAt + 1 + table[0].length;
  const offsets: { id: number; offset: number }[] = [];
  for (let id = 1; id < count; id++) {
    const entry = text.slice(entriesAt + id * 20, entriesAt + id * 20 + 18);
    const match = /^(\d{10}) (\d{5}) n$/.exec(entry);
    if (match) offsets.push({ id, offset: Number(match[1]) });
  }
  offsets.sort((a, b) => a.offset - b.offset);
  const replaced = new Map<number, string>();
  offsets.forEach(({ id, offset }, i) => {
    if (!ids.has(id)) return;
    const end = offsets[i + 1]?.offset ?? xrefAt + 1;
    const object = text.slice(offset, end);
    const head = /^\d+ 0 obj\s*<<([\s\S]*?)>>\s*stream\r?\n/.exec(object);
    // A direct length only: "/Length 12 0 R" names the object that holds it, not the length.
    const length = head ? /\/Length (\d+)(?!\d|\s+\d+\s+R)/.exec(head[1]!) : null;
    if (!head || !length) return;
    const start = offset + head[0].length;
    const raw = pdf.subarray(start, start + Number(length[1]));
    // The data must end where the object says: otherwise the length is not the one we think.
    if (!/^\r?\n?endstream/.test(text.slice(start + raw.length, start + raw.length + 11))) return;
    const flate = /\/Filter\s*\/FlateDecode/.test(head[1]!);
    if (!flate && /\/Filter/.test(head[1]!)) return;
    let decoded: string;
    try {
      decoded = latin1(flate ? unzlibSync(raw) : raw);
    } catch {
      return; // damaged data: leave the object as it is
    }
    const edited = edit({ id, text: decoded });
    if (edited === undefined || edited === decoded) return;
    const body = latin1(zlibSync(bytesOf(edited), { level: 9 }));
    replaced.set(
      id,
      `${id} 0 obj\n<</Filter /FlateDecode\n/Length ${body.length}>> stream\n${body}\nendstream\nendobj\n`,
    );
  });
  if (replaced.size === 0) return pdf;
  // Put the file back together: header, every object (replaced or as it was), then a new xref.
  const first = offsets[0]?.offset ?? xrefAt + 1;
  const parts: string[] = [text.slice(0, first)];
  let position = first;
  const newOffsets = new Map<number, number>();
  offsets.forEach(({ id, offset }, i) => {
    const end = offsets[i + 1]?.offset ?? xrefAt + 1;
    const object = replaced.get(id) ?? text.slice(offset, end);
    newOffsets.set(id, position);
    parts.push(object);
    position += object.length;
  });
  const entries = [text.slice(entriesAt, entriesAt + 20)];
  for (let id = 1; id < count; id++) {
    const at = newOffsets.get(id);
    entries.push(
      at === undefined
        ? text.slice(entriesAt + id * 20, entriesAt + id * 20 + 20)
        : `${String(at).padStart(10, '0')} 00000 n \n`,
    );
  }
  const trailerAt = entriesAt + count * 20;
  const trailer = text.slice(trailerAt).replace(/startxref\s+\d+/, `startxref\n${position}`);
  parts.push(`xref\n0 ${count}\n`, entries.join(''), trailer);
  return bytesOf(parts.join(''));
}
