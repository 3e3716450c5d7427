/** Status history reads forward in time, and a completion or closure carries what proves it. */
import type { History } from '../types.generated.js';
import { items } from '../walk.js';
import { report, type Check, type CheckContext } from './context.js';
import type { Path } from '../../source/locate.js';

export const checkHistory: Check = (context) => {
  for (const item of items(context.plan)) checkOne(context, item.value.history, [...item.path, 'history']);
  (Array.isArray(context.plan.issues) ? context.plan.issues : []).forEach((group, g) => {
    (Array.isArray(group?.items) ? group.items : []).forEach((issue, i) =>
      checkOne(context, issue?.history, ['issues', g, 'items', i, 'history']),
    );
  });
};

function checkOne(context: CheckContext, history: History | undefined, path: Path) {
  if (!Array.isArray(history)) return;
  let previous: string | undefined;
  history.forEach((entry, index) => {
    if (!entry || typeof entry !== 'object') return;
    const at = [...path, index];
    if (typeof entry.date === 'string') {
      if (previous && entry.date < previous)
        report(context, 'plan/history-order', [...at, 'date'], { date: entry.date, previous });
      previous = entry.date;
    }
    const done = entry.status === '已完成' || entry.status === '已销号';
    if (entry.completed !== undefined && !done && typeof entry.status === 'string') {
      report(context, 'plan/completed-not-done', [...at, 'completed'], {
        status: String(entry.status ?? ''),
      });
    }
    if (
      typeof entry.completed === 'string' &&
      typeof entry.date === 'string' &&
      entry.completed > entry.date
    ) {
      report(context, 'plan/completed-after-entry', [...at, 'completed'], {
        completed: entry.completed,
        date: entry.date,
      });
    }
    if (entry.status === '已销号' && !entry.evidence)
      report(context, 'plan/closed-without-evidence', [...at, 'status']);
  });
}
