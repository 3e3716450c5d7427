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

/** One leaf of the ID tree: `/Names [(node00000001) 140 0 R …]`. */
const ID_NAMES = /\/Names \[((?:\s*\(node\d{8}\) \d+ 0 R)+)\s*\]/g;
const ID_PAIR = /\(node(\d{8})\) (\d+) 0 R/g;

/**
 * Structure element IDs numbered from 1 in the order of the elements they name. Chromium's IDs are
 * DOM node numbers, which depend on what the tab did before and, under load, on the order in which
 * nodes got their numbers (a repeated table header's cells swapped places): the object numbers do
 * not. The ID tree's leaf is rewritten in the new order, so its keys stay sorted; the file keeps its
 * length, so the xref stays true. With several leaves, the IDs keep their original order.
 */
export function normalizeStructureIds(pdf: Uint8Array): Uint8Array {
  const text = latin1(pdf);
  const leaves = [...text.matchAll(ID_NAMES)];
  let order: string[];
  if (leaves.length === 1) {
    const pairs = [...leaves[0]![1]!.matchAll(ID_PAIR)].map((m) => ({ id: m[1]!, object: Number(m[2]) }));
    order = pairs.sort((a, b) => a.object - b.object).map((pair) => pair.id);
  } else {
    order = [...new Set([...text.matchAll(NODE_ID)].map((m) => m[2]!))].sort();
  }
  if (order.length === 0) return pdf;
  const renumbered = new Map(order.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  // An ID only in a structure element and not in the tree (none seen) keeps a number after the others.
  for (const m of text.matchAll(NODE_ID))
    if (!renumbered.has(m[2]!))
      renumbered.set(m[2]!, String(renumbered.size + 1).padStart(m[2]!.length, '0'));
  let out = text.replace(NODE_ID, (whole, node: string, id: string) => `(${node}${renumbered.get(id)!})`);
  if (leaves.length === 1) {
    // The leaf's limits are its first and last key: after renumbering, the first and the last ID.
    const last = String(renumbered.size).padStart(8, '0');
    out = out.replace(/\/Limits \[\(node\d{8}\) \(node\d{8}\)\]/g, `/Limits [(node00000001) (node${last})]`);
    out = out.replace(ID_NAMES, (whole, body: string) => {
      const pairs = [...body.matchAll(ID_PAIR)].sort((a, b) => Number(a[1]) - Number(b[1]));
      // Same tokens, same separators: the leaf keeps its length.
      const separators = body.split(ID_PAIR).filter((_, i) => i % 3 === 0);
      const rebuilt = pairs.map((m, i) => `${separators[i]}${m[0]}`).join('') + separators.at(-1)!;
      return whole.replace(body, rebuilt);
    });
  }
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
