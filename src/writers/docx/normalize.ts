/**
 * Byte-identical output for the same tree (engineering-notes.md §1 "Determinism"). docx stamps
 * docProps/core.xml with `new Date()` and fflate writes zip entry times from the local clock, so
 * the packed file is reopened: the core dates become the document's date (or SOURCE_DATE_EPOCH,
 * the reproducible-builds convention) and every entry gets one fixed time, in the original order.
 */
import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import { zipTime } from '../layout/instant.js';

const W3CDTF = /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g;

export function normalizeDocx(packed: Uint8Array, instant: Date): Uint8Array {
  const entries = unzipSync(packed);
  const stamp = instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const mtime = zipTime(instant);
  const files: Zippable = {};
  // Object key order is insertion order for these non-numeric names: the packer's order is kept.
  for (const [name, data] of Object.entries(entries)) {
    const content =
      name === 'docProps/core.xml' ? strToU8(strFromU8(data).replace(W3CDTF, `$1${stamp}$3`)) : data;
    files[name] = [content, { mtime }];
  }
  return zipSync(files, { level: 6, mtime });
}
