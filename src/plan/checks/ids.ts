/** Ids are unique in a plan: revisions (diff) and status updates are matched by them. */
import { idEntries } from '../walk.js';
import { report, sourceSpan, type Check } from './context.js';

export const checkIds: Check = (context) => {
  const entries = idEntries(context.plan)
    .map((entry) => ({ ...entry, offset: sourceSpan(context, entry.path)?.[0] ?? 0 }))
    .sort((a, b) => a.offset - b.offset);
  const first = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    const earlier = first.get(entry.value);
    if (!earlier) {
      first.set(entry.value, entry);
      continue;
    }
    report(
      context,
      'plan/duplicate-id',
      entry.path,
      { id: entry.value },
      {
        related: { path: earlier.path, code: 'plan/first-defined-here', params: { id: entry.value } },
      },
    );
  }
};
