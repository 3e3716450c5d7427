/** Unit references resolve to the registry or the plan's own units, with a suggestion when they do not. */
import { closest } from '../../diagnostics/suggest.js';
import type { Unit } from '../types.generated.js';
import { unitRefs } from '../walk.js';
import { report, type Check } from './context.js';

export const checkUnitRefs: Check = (context) => {
  const units = context.units;
  if (!units) return; // the registry itself failed; its own diagnostics say why
  const byName = new Map<string, Unit>();
  for (const unit of units.values()) {
    for (const name of [unit.name, unit.short, ...(unit.aliases ?? [])]) if (name) byName.set(name, unit);
  }
  for (const ref of unitRefs(context.plan)) {
    if (units.has(ref.value)) continue;
    const named = byName.get(ref.value);
    if (named) {
      report(context, 'plan/unknown-unit', ref.path, {
        ref: ref.value,
        id: named.id,
        name: named.name,
        exact: 1,
      });
      continue;
    }
    const id = closest(ref.value, units.keys());
    const nameMatch = id ? undefined : closest(ref.value, byName.keys());
    const unit = id ? units.get(id) : nameMatch ? byName.get(nameMatch) : undefined;
    report(context, 'plan/unknown-unit', ref.path, {
      ref: ref.value,
      ...(unit ? { id: unit.id, name: unit.name } : {}),
    });
  }
};
