/**
 * The ledger (整改台账 / 工作台账) as an XLSX workbook, the form in which units update it (issue 5):
 * the same rows and columns as the DOCX ledger, typed where a spreadsheet needs types, and the same
 * bytes for the same ledger in every process and time zone.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Ledger } from '../../tracking/types.js';
import { stripIllegalXml } from '../layout/sanitize.js';
import { documentInstant } from '../layout/instant.js';
import { nameFilterRange } from './filter-name.js';
import { unpinRowHeights } from './fit-rows.js';
import { repack } from './normalize.js';
import { quoteFormulaLike } from './quote-prefix.js';
import { addLedgerSheet, HEADER_ROWS } from './sheet.js';

export interface XlsxMeta {
  title: string;
  /** ISO date of the document: the workbook's created/modified instant (or SOURCE_DATE_EPOCH). */
  date: string;
  author: string;
}

export async function writeXlsx(ledger: Ledger, meta: XlsxMeta): Promise<Uint8Array> {
  const instant = documentInstant(meta.date);
  const workbook = new ExcelJS.Workbook();
  // exceljs defaults created/modified to the clock; lastPrinted is left unset (it is written only
  // when set, and the workbook has never been printed).
  workbook.created = instant;
  workbook.modified = instant;
  workbook.creator = stripIllegalXml(meta.author);
  workbook.lastModifiedBy = stripIllegalXml(meta.author);
  workbook.title = stripIllegalXml(meta.title);
  const sheet = addLedgerSheet(workbook, ledger, meta.title);
  const packed = new Uint8Array(await workbook.xlsx.writeBuffer());
  // What exceljs cannot express is edited into its XML before the package is made deterministic.
  let entries = unzipSync(packed);
  entries = quoteFormulaLike(entries);
  entries = unpinRowHeights(entries, HEADER_ROWS);
  entries = nameFilterRange(entries, 0, sheet.name, sheet.filterRef);
  return repack(entries, instant);
}
