/**
 * What only the as-of day reveals (issue 5), as values the composer reports at their place: a
 * completion recorded after the day but dated on or before it (the row was done that day, yet the
 * documents, which know only what was recorded by then, say it was not), a done row without a
 * completion date (on time or late cannot be told), an overdue row that names no unit (no reminder
 * can reach it), and an as-of day after the report's date or before the plan's.
 */
import type { DiagnosticCode } from '../diagnostics/messages.js';
import type { Plan } from '../plan/types.generated.js';
import type { Path } from '../source/locate.js';
import type { AsOf } from './as-of.js';
import { currentEntry, histories } from './history.js';
import { owner } from './owners.js';
import type { Ledger } from './types.js';

export interface Finding {
  code: DiagnosticCode;
  path: Path;
  params: Record<string, string | number>;
}

const isDoneStatus = (status: string): boolean => status === '已完成' || status === '已销号';

export function statusFindings(plan: Plan, ledger: Ledger | undefined, asOf: AsOf): Finding[] {
  const out: Finding[] = [];
  const day = asOf.date;
  for (const { history, path } of histories(plan)) {
    const current = currentEntry(history, day);
    if (current) {
      const { entry, index } = current;
      if (isDoneStatus(entry.status) && entry.completed === undefined)
        out.push({
          code: 'status/done-without-date',
          path: [...path, index, 'status'],
          params: { status: entry.status },
        });
    }
    if (current && isDoneStatus(current.entry.status)) continue;
    const late = history.findIndex(
      (entry) =>
        entry.date > day &&
        isDoneStatus(entry.status) &&
        entry.completed !== undefined &&
        entry.completed <= day,
    );
    if (late >= 0)
      out.push({
        code: 'status/recorded-after-as-of',
        path: [...path, late, 'date'],
        params: { date: history[late]!.date, completed: history[late]!.completed!, asOf: day },
      });
  }
  for (const row of ledger?.rows ?? [])
    if (row.overdue && owner(row) === null)
      out.push({ code: 'status/overdue-without-unit', path: [...row.path, 'id'], params: { id: row.id } });
  if (asOf.source === 'option' && plan.report && day > plan.report.date)
    out.push({
      code: 'status/as-of-after-report',
      path: ['report', 'date'],
      params: { asOf: day, date: plan.report.date },
    });
  if (day < plan.date)
    out.push({ code: 'status/as-of-before-plan', path: ['date'], params: { asOf: day, date: plan.date } });
  return out;
}
