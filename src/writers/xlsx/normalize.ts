/**
 * Byte-identical XLSX for the same ledger. exceljs packs with JSZip, which stamps every entry with
 * the local clock, so the package is reopened and repacked with one fixed time per entry, in the
 * packer's order (as the DOCX writer's normalize.ts does). The core properties' dates are
 * already the document's instant (set on the workbook); they are checked here, not rewritten, so
 * that a change in exceljs cannot quietly bring the clock back.
 */
import { strFromU8, zipSync, type Unzipped, type Zippable } from 'fflate';
import { zipTime } from '../layout/instant.js';

const CORE_DATE = /<dcterms:(created|modified)\b[^>]*>([^<]*)<\/dcterms:\1>/g;

/** The W3CDTF form exceljs writes (ISO 8601 without milliseconds). */
const coreStamp = (instant: Date): string => instant.toISOString().replace(/\.\d{3}Z$/, 'Z');

function checkCore(entries: Unzipped, instant: Date): void {
  const core = entries['docProps/core.xml'];
  if (core === undefined) throw new Error('exceljs wrote no docProps/core.xml');
  const stamp = coreStamp(instant);
  const dates = [...strFromU8(core).matchAll(CORE_DATE)];
  if (dates.length !== 2 || dates.some((match) => match[2] !== stamp))
    throw new Error(`docProps/core.xml does not carry the document's instant ${stamp}`);
}

export function repack(entries: Unzipped, instant: Date): Uint8Array {
  checkCore(entries, instant);
  const mtime = zipTime(instant);
  const files: Zippable = {};
  // Object key order is insertion order for these non-numeric names: the packer's order is kept.
  // JSZip's folder entries are no parts of the package (Excel writes none) and are dropped.
  for (const [name, data] of Object.entries(entries))
    if (!name.endsWith('/')) files[name] = [data, { mtime }];
  return zipSync(files, { level: 6, mtime });
}
