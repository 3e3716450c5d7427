/**
 * Dates are real calendar days; deadlines and phase windows fall on or after the document date
 * and inside the campaign; ranges run forward; phases are listed in time order.
 */
import type { Path } from '../../source/locate.js';
import { isRealDate } from '../dates.js';
import { deadlineBounds, deadlines } from '../walk.js';
import { report, type Check, type CheckContext } from './context.js';

const DATE_KEYS = new Set([
  'date',
  'start',
  'end',
  'on',
  'from',
  'to',
  'completed',
  'printedOn',
  'deadline',
  'window',
]);

export const checkDates: Check = (context) => {
  const invalid = new Set<string>();
  visitDates(context.plan, [], (value, path) => {
    if (isRealDate(value)) return;
    invalid.add(value);
    const [year, month] = value.split('-').map(Number);
    const days =
      year && month && month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
    report(context, 'plan/invalid-date', path, {
      value,
      hintZh: days ? `${year}年${month}月只有${days}天` : '月份应在 1 至 12 之间',
      hintEn: days
        ? `${year}-${String(month).padStart(2, '0')} has ${days} days`
        : 'the month must be 1 to 12',
    });
  });

  const valid = (date: string | undefined): date is string =>
    typeof date === 'string' && !invalid.has(date) && isRealDate(date);
  const planDate = valid(context.plan.date) ? context.plan.date : undefined;
  const campaign = context.plan.campaign;
  const start = valid(campaign?.start) ? campaign.start : undefined;
  const end = valid(campaign?.end) ? campaign.end : undefined;
  if (start && end && start > end)
    report(context, 'plan/range-reversed', ['campaign'], { from: start, to: end });

  for (const deadline of deadlines(context.plan)) {
    const bounds = deadlineBounds(deadline.value);
    const subPath = (key: 'start' | 'end'): Path => {
      if (typeof deadline.value === 'string') return deadline.path;
      if ('on' in deadline.value) return [...deadline.path, 'on'];
      return [...deadline.path, key === 'start' ? 'from' : 'to'];
    };
    if (valid(bounds.start) && valid(bounds.end) && bounds.start > bounds.end) {
      report(context, 'plan/range-reversed', deadline.path, { from: bounds.start, to: bounds.end });
      continue;
    }
    for (const key of ['start', 'end'] as const) {
      const date = bounds[key];
      if (!valid(date)) continue;
      if (key === 'end' && planDate && date < planDate) {
        report(context, 'plan/deadline-before-date', subPath(key), { value: date, date: planDate });
      } else if (start && end && (date < start || date > end)) {
        report(context, 'plan/outside-campaign', subPath(key), { value: date, start, end });
      }
      if (key === 'end' && bounds.start === bounds.end) break;
    }
  }
  checkPhaseOrder(context, valid);
};

function checkPhaseOrder(context: CheckContext, valid: (date: string | undefined) => date is string) {
  let previous: { name: string; start: string } | undefined;
  (Array.isArray(context.plan.phases) ? context.plan.phases : []).forEach((phase, index) => {
    const window = phase?.window;
    if (window === undefined) return;
    const bounds = deadlineBounds(window);
    const begin = bounds.start ?? bounds.end;
    if (!valid(begin)) return;
    if (previous && begin < previous.start) {
      report(context, 'plan/phase-order', ['phases', index, 'window'], {
        name: String(phase.name ?? ''),
        start: begin,
        previous: previous.name,
        previousStart: previous.start,
      });
    }
    previous = { name: String(phase.name ?? ''), start: begin };
  });
}

function visitDates(
  value: unknown,
  path: Path,
  visit: (date: string, path: Path) => void,
  key?: string,
): void {
  if (typeof value === 'string') {
    if (key !== undefined && DATE_KEYS.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(value)) visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((entry, index) => visitDates(entry, [...path, index], visit, key));
  } else if (value && typeof value === 'object') {
    for (const [child, entry] of Object.entries(value)) visitDates(entry, [...path, child], visit, child);
  }
}
