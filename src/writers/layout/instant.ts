/**
 * The one instant a document's metadata carries, in every format (DOCX core properties and zip
 * times, PDF /CreationDate): SOURCE_DATE_EPOCH when valid (reproducible-builds.org), else the
 * document's date at 00:00Z, so that the same plan always gives the same bytes.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EPOCH_SECONDS = /^\d+$/;

export function documentInstant(metaDate: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH']?.trim();
  // A non-negative integer of seconds; anything else is ignored.
  if (epoch !== undefined && EPOCH_SECONDS.test(epoch)) {
    const date = new Date(Number(epoch) * 1000);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const match = ISO_DATE.exec(metaDate);
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(metaDate)) return date;
  }
  return new Date(Date.UTC(1980, 0, 1));
}

/**
 * The time of every entry of a zipped package (DOCX, XLSX). DOS times have no zone and are written
 * from local fields, so the Date is built from local components of the instant's UTC calendar day:
 * the same fields in every TZ. DOS dates run from 1980 to 2107.
 */
export function zipTime(instant: Date): Date {
  const year = Math.min(Math.max(instant.getUTCFullYear(), 1980), 2107);
  return new Date(year, instant.getUTCMonth(), instant.getUTCDate());
}
