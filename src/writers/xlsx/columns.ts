/**
 * The columns of the XLSX ledger and what each cell holds. The ledger's own columns print the same
 * text as the DOCX ledger (cellText); 序号 is a number and dated time limits are real dates, so that
 * units can sort and filter them; 完成日期 and 编号 are added for the units' updates (编号 matches an
 * updated sheet back to the plan).
 */
import { formatDate } from '../../plan/dates.js';
import { cellText } from '../../tracking/cells.js';
import type { ColumnKey, Ledger, TrackedRow } from '../../tracking/types.js';
import { textWidth } from '../../tree/text-width.js';
import { tableRules } from '../../style/gbt9704.js';
import { cellString } from './text.js';

/**
 * A cell's value: text, a number, or a date (UTC midnight) with the format that prints it; `text`
 * is what the cell shows, for the row heights.
 */
export type CellValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'date'; date: Date; numFmt: string; text: string }
  | { kind: 'blank'; numFmt: string; text: '' };

export interface SheetColumn {
  header: string;
  /** In 字 of the cells' font. */
  width: number;
  /** Short entries are centred, as in the DOCX ledger. */
  centred: boolean;
  value: (row: TrackedRow) => CellValue;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Excel date of an ISO day. exceljs stores 25569 + getTime()/86400000, the UTC value, so UTC
 * midnight gives the whole serial of that day in every time zone.
 */
export function excelDate(iso: string): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** formatDate's form (2020年6月10日) as an Excel number format. */
export const FULL_DATE_FORMAT = 'yyyy"年"m"月"d"日"';

// formatDeadline's single dates: 6月10日前 (a "by" date), 6月11日 (one day), with the year when it
// is not the document's. Windows (至) and 长期坚持/立行立改 do not match and stay text.
const PRINTED_DATE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(前)?$/;

/**
 * A time limit as a date cell whose format prints exactly the ledger's text, when the text is one
 * date and that date is the row's due day; otherwise the text. A window prints as text because one
 * cell value cannot hold both ends, and sorting by it would silently mean its end.
 */
export function deadlineValue(row: TrackedRow): CellValue {
  const { text, due } = row.deadline;
  const printed = PRINTED_DATE.exec(text);
  const day = due === null ? null : ISO_DATE.exec(due);
  if (printed && day) {
    const [, year, month, date, by] = printed;
    const same =
      (year === undefined || Number(year) === Number(day[1])) &&
      Number(month) === Number(day[2]) &&
      Number(date) === Number(day[3]);
    if (same) {
      const numFmt = `${year === undefined ? '' : 'yyyy"年"'}m"月"d"日${by ?? ''}"`;
      return { kind: 'date', date: excelDate(day[0]), numFmt, text };
    }
  }
  return { kind: 'text', text: cellString(text) };
}

function ledgerValue(ledger: Ledger, key: ColumnKey): (row: TrackedRow) => CellValue {
  if (key === 'number') return (row) => ({ kind: 'number', value: row.number, text: String(row.number) });
  if (key === 'deadline') return deadlineValue;
  return (row) => ({ kind: 'text', text: cellString(cellText(ledger, row, key)) });
}

/** Centred when every entry is short: layout/table.ts's rule for the DOCX tables, on the same text. */
function isShort(texts: readonly string[]): boolean {
  return texts.every((text) => textWidth(text.replace(/\n/g, '')) <= tableRules.shortCellChars);
}

/** The sheet's columns: the ledger's, then 完成日期 and 编号. */
export function sheetColumns(ledger: Ledger): SheetColumn[] {
  const own = ledger.columns.map((column): SheetColumn => ({
    header: cellString(column.header),
    width: column.width,
    centred: isShort(ledger.rows.map((row) => cellText(ledger, row, column.key))),
    value: ledgerValue(ledger, column.key),
  }));
  const completed: SheetColumn = {
    header: '完成日期',
    // 2020年12月31日 is 7 字 with half-width digits.
    width: 7,
    centred: true,
    value: (row) =>
      row.completed === null
        ? { kind: 'blank', numFmt: FULL_DATE_FORMAT, text: '' }
        : {
            kind: 'date',
            date: excelDate(row.completed),
            numFmt: FULL_DATE_FORMAT,
            text: formatDate(row.completed),
          },
  };
  const id: SheetColumn = {
    header: '编号',
    width: Math.min(Math.max(4, ...ledger.rows.map((row) => textWidth(row.id) + 1)), 16),
    centred: false,
    value: (row) => ({ kind: 'text', text: cellString(row.id) }),
  };
  return [...own, completed, id];
}
