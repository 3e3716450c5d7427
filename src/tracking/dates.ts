/** Calendar arithmetic on ISO dates, in UTC so that no time zone moves a day. */
import type { Deadline } from '../plan/types.generated.js';

const epochDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round(epochDay(to) - epochDay(from));

export function addDays(iso: string, days: number): string {
  return new Date((epochDay(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last day a time limit allows: a "by" date (6月10日前) includes the day itself, as does a
 * window's end. 长期坚持 has no end and 立行立改 no calendar date: neither is ever overdue.
 */
export function dueDate(deadline: Deadline): string | null {
  if (typeof deadline === 'string')
    return deadline === '长期坚持' || deadline === '立行立改' ? null : deadline;
  return 'on' in deadline ? deadline.on : deadline.to;
}
