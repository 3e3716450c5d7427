/** Calendar dates as the plan writes them (YYYY-MM-DD) and as documents print them (GB/T 9704 7.3.5.4). */

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

function parts(iso: string): YearMonthDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** 7.3.5.4: Arabic digits, the full year, no zero padding: 2020-05-20 → 2020年5月20日. */
export function formatDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${year}年${month}月${day}日`;
}

const monthDay = ({ month, day }: YearMonthDay): string => `${month}月${day}日`;

/** The date as body text of a document dated in `documentYear`: the year only where it differs. */
function inYear(date: YearMonthDay, documentYear: number): string {
  return date.year === documentYear ? monthDay(date) : `${date.year}年${monthDay(date)}`;
}

/**
 * A deadline as the seeds print it: a bare date is a "by" date (6月10日前), `{on}` a single day
 * (6月11日), `{from, to}` a window (5月21日至5月26日); 长期坚持 and 立行立改 stay as they are.
 * The year is printed only when it is not the document's; a window across two years names both
 * (2020年12月21日至2021年1月5日) so that neither end can be misread as the other's year.
 */
export function formatDeadline(
  deadline: string | { on: string } | { from: string; to: string },
  documentYear: number,
): string {
  if (typeof deadline === 'string') {
    if (deadline === '长期坚持' || deadline === '立行立改') return deadline;
    return `${inYear(parts(deadline), documentYear)}前`;
  }
  if ('on' in deadline) return inYear(parts(deadline.on), documentYear);
  const from = parts(deadline.from);
  const to = parts(deadline.to);
  if (from.year !== to.year) return `${formatDate(deadline.from)}至${formatDate(deadline.to)}`;
  return `${inYear(from, documentYear)}至${monthDay(to)}`;
}

/** The year of an ISO date (the document's year decides which dates print a year). */
export const yearOf = (iso: string): number => parts(iso).year;
