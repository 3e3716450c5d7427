/**
 * Byte-identical PDFs. Chromium's output differs between runs in /CreationDate and /ModDate
 * (engineering-notes.md §3) and, in tagged PDFs, in the structure elements' /ID strings, which
 * are the renderer's DOM node numbers and so depend on what the tab showed before. Both are
 * rewritten in the same number of bytes, so that every xref offset stays valid.
 */
const DATE_ENTRY = /\/(CreationDate|ModDate) \((D:[^)]*)\)/g;
const NODE_ID = /\((node)(\d{8})\)/g;

/** PDF date string (ISO 32000 7.9.4) in UTC, D:YYYYMMDDHHmmSS+00'00'. */
export function pdfDate(instant: Date): string {
  const iso = instant.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

const latin1 = (pdf: Uint8Array): string =>
  Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');

export function normalizePdfDates(pdf: Uint8Array, instant: Date): Uint8Array {
  // latin1 maps every byte to one char and back, so binary streams survive the round trip.
  const date = pdfDate(instant);
  const out = latin1(pdf).replace(
    DATE_ENTRY,
    (whole, key: string, old: string) =>
      // A date of another length would move every object after it: pad or cut to the old length.
      `/${key} (${date.padEnd(old.length, ' ').slice(0, old.length)})`,
  );
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * Structure element IDs numbered from 1 in their original order: the same document gets the same
 * IDs however many nodes the renderer made before it, and the ID tree's keys stay sorted.
 */
export function normalizeStructureIds(pdf: Uint8Array): Uint8Array {
  const text = latin1(pdf);
  const ids = [...new Set([...text.matchAll(NODE_ID)].map((m) => m[2]!))].sort();
  if (ids.length === 0) return pdf;
  const renumbered = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  const out = text.replace(NODE_ID, (whole, node: string, id: string) => `(${node}${renumbered.get(id)!})`);
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
