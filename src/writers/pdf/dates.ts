/**
 * Byte-identical PDFs: Chromium's output differs between runs only in /CreationDate and /ModDate
 * (engineering-notes.md §3). Both become the document's instant, written in the same number of
 * bytes so that every xref offset stays valid.
 */
const DATE_ENTRY = /\/(CreationDate|ModDate) \((D:[^)]*)\)/g;

/** PDF date string (ISO 32000 7.9.4) in UTC, D:YYYYMMDDHHmmSS+00'00'. */
export function pdfDate(instant: Date): string {
  const iso = instant.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

export function normalizePdfDates(pdf: Uint8Array, instant: Date): Uint8Array {
  // latin1 maps every byte to one char and back, so binary streams survive the round trip.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const date = pdfDate(instant);
  const out = text.replace(
    DATE_ENTRY,
    (whole, key: string, old: string) =>
      // A date of another length would move every object after it: pad or cut to the old length.
      `/${key} (${date.padEnd(old.length, ' ').slice(0, old.length)})`,
  );
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
