/**
 * The autofilter's defined name. Excel writes `_xlnm._FilterDatabase` beside every sheet's
 * <autoFilter>, and LibreOffice (7.4) shows no filter buttons without it; exceljs writes only the
 * element, and cannot give a defined name a sheet scope or hide it, so workbook.xml is edited.
 */
import { strFromU8, strToU8, type Unzipped } from 'fflate';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

/** A1:L8 → $A$1:$L$8. */
const absolute = (ref: string): string => ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/** The package with the filter range of sheet `localSheetId` (named `sheet`) named as Excel names it. */
export function nameFilterRange(
  entries: Unzipped,
  localSheetId: number,
  sheet: string,
  ref: string,
): Unzipped {
  const workbook = entries['xl/workbook.xml'];
  if (workbook === undefined) throw new Error('exceljs wrote no xl/workbook.xml');
  // A sheet name is quoted, its apostrophes doubled (ECMA-376 §18.17 formula grammar).
  const range = `'${sheet.replace(/'/g, "''")}'!${absolute(ref)}`;
  const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="${localSheetId}" hidden="1">${escapeXml(range)}</definedName>`;
  const xml = strFromU8(workbook);
  const edited = xml.includes('<definedNames>')
    ? xml.replace('<definedNames>', `<definedNames>${name}`)
    : xml.replace('</sheets>', `</sheets><definedNames>${name}</definedNames>`);
  if (edited === xml) throw new Error('xl/workbook.xml has no <sheets>');
  return { ...entries, 'xl/workbook.xml': strToU8(edited) };
}
