/** Reading a row's progress history as of a date: the last entry on or before it is the status. */
import { items } from '../plan/walk.js';
import type { History, Plan, Progress } from '../plan/types.generated.js';
import type { Path } from '../source/locate.js';

/** Every history in the plan with its path (issues and checklist items). */
export function histories(plan: Plan): { history: History; path: Path }[] {
  const out: { history: History; path: Path }[] = [];
  plan.issues?.forEach((group, g) =>
    group.items.forEach((issue, i) => {
      if (issue.history) out.push({ history: issue.history, path: ['issues', g, 'items', i, 'history'] });
    }),
  );
  for (const item of items(plan))
    if (item.value.history) out.push({ history: item.value.history, path: [...item.path, 'history'] });
  return out;
}

export interface Current {
  /** The entry in force on the as-of date, and its index in the history. */
  entry: Progress;
  index: number;
  /** The last note written on or before the date (a later entry may only record evidence). */
  note: { value: string; index: number } | null;
}

/**
 * The entry in force on `asOf`. Entries dated after it are not yet known on that day and are
 * ignored: building with an earlier --as-of reproduces an earlier report exactly.
 */
export function currentEntry(history: History | undefined, asOf: string): Current | null {
  if (!history) return null;
  let index = -1;
  history.forEach((entry, i) => {
    if (entry.date <= asOf) index = i;
  });
  if (index < 0) return null;
  let note: Current['note'] = null;
  for (let i = index; i >= 0 && !note; i--) {
    const value = history[i]!.note;
    if (value !== undefined) note = { value, index: i };
  }
  return { entry: history[index]!, index, note };
}
