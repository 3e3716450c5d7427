/**
 * The day statuses are read for (issue 5): never the wall clock, so that CI output is
 * reproducible. `--as-of` first, then the report's date (a report states progress as of the day it
 * is dated), then the last progress entry of the plan (the last 调度), then the plan's own date.
 */
import type { Plan } from '../plan/types.generated.js';
import { histories } from './history.js';

export type AsOfSource = 'option' | 'report' | 'history' | 'plan';

export interface AsOf {
  date: string;
  source: AsOfSource;
}

export function resolveAsOf(plan: Plan, option?: string): AsOf {
  if (option !== undefined) return { date: option, source: 'option' };
  if (plan.report?.date) return { date: plan.report.date, source: 'report' };
  let last: string | undefined;
  for (const { history } of histories(plan))
    for (const entry of history) if (!last || entry.date > last) last = entry.date;
  return last ? { date: last, source: 'history' } : { date: plan.date, source: 'plan' };
}
