/**
 * diffPlans: what changed in substance between two versions of a plan. Entities (sections, items,
 * issue groups, issues, measures, phases, targets, attachments) are matched by id (unnamed
 * sections by title under their matched parent, see entities.ts) and reported as added, removed,
 * moved or changed; the plan's own fields as one change of entity 'plan'.
 *
 * Moves: an entity moved when its parent changed, or when its order among the siblings common to
 * both versions changed (order.ts); inserting or deleting a sibling renumbers the rest in the
 * documents but moves nothing here. An entity that moved and changed is one 'moved' entry with
 * its fields, so every count in the summary counts entities once.
 */
import { yearOf } from '../plan/dates.js';
import { unitName } from '../compose/prose/helpers.js';
import { collect, type Collected, type Entity } from './entities.js';
import { DUTY_KEYS, ENTITY_FIELDS } from './fields.js';
import { ENTITY_SCHEMA_PATH, schemaTitle } from './labels.js';
import { movedWithin } from './order.js';
import { PLAN_FIELDS, planFieldLabel, unitRenames } from './plan-fields.js';
import type { Change, ChangeKind, DiffInput, FieldChange, PlanDiff, UnitTally } from './types.js';
import type { Side, Value, ValueKind } from './values.js';
import { diffWords } from './words.js';

export function diffPlans(before: DiffInput, after: DiffInput): PlanDiff {
  const sides = { old: sideOf(before), new: sideOf(after) };
  const a = collect(before.plan);
  const b = collect(after.plan);
  const changes: (Change & { order: number })[] = [];

  const planFields = [
    ...PLAN_FIELDS.flatMap((spec) =>
      compareField(
        spec.path.join('.'),
        planFieldLabel(spec),
        spec.kind,
        spec.read(before.plan, sides.old),
        spec.read(after.plan, sides.new),
      ),
    ),
    ...unitRenames({ plan: before.plan, side: sides.old }, { plan: after.plan, side: sides.new }),
  ];
  if (planFields.length > 0)
    changes.push({
      change: 'changed',
      entity: 'plan',
      id: '',
      label: after.plan.title,
      path: {},
      fields: planFields,
      order: -1,
    });

  const moved = movedEntities(a, b);
  for (const entity of b.all) {
    const old = a.byKey.get(entity.key);
    if (!old) {
      changes.push({ ...base('added', entity), path: { new: pathOf(entity) }, ...within(entity, b, a) });
      continue;
    }
    const fields = entityFields(old, entity, sides.old, sides.new);
    if (moved.has(entity.key)) {
      changes.push({
        ...base('moved', entity),
        path: { old: pathOf(old), new: pathOf(entity) },
        from: { parent: old.parentRef, index: old.index },
        to: { parent: entity.parentRef, index: entity.index },
        ...(fields.length > 0 ? { fields } : {}),
      });
    } else if (fields.length > 0) {
      changes.push({ ...base('changed', entity), path: { old: pathOf(old), new: pathOf(entity) }, fields });
    }
  }
  for (const entity of a.all)
    if (!b.byKey.has(entity.key))
      changes.push({ ...base('removed', entity), path: { old: pathOf(entity) }, ...within(entity, a, b) });

  const rank: Record<ChangeKind, number> = { added: 0, removed: 1, moved: 2, changed: 3 };
  changes.sort((x, y) => rank[x.change] - rank[y.change] || x.order - y.order);
  const out: Change[] = changes.map(({ order: _order, ...change }) => change);
  return { version: 1, same: out.length === 0, summary: summarize(out, a, b, sides), changes: out };
}

const sideOf = (input: DiffInput): Side => ({ units: input.units, year: yearOf(input.plan.date) });

const base = (change: ChangeKind, entity: Entity) => ({
  change,
  entity: entity.kind,
  id: entity.ref,
  label: entity.label,
  order: entity.order,
});

const pathOf = (entity: Entity) => entity.chain.join(' › ');

/** For an entity inside an added (removed) one: the outermost such ancestor's ref. */
function within(entity: Entity, mine: Collected, other: Collected): { within?: string } {
  let outer: Entity | undefined;
  for (let key = entity.parentKey; key !== null;) {
    const parent = mine.byKey.get(key);
    if (!parent || other.byKey.has(key)) break;
    outer = parent;
    key = parent.parentKey;
  }
  return outer ? { within: outer.ref } : {};
}

function movedEntities(a: Collected, b: Collected): Set<string> {
  const moved = new Set<string>();
  // Shared siblings per list, in each version's order (both `all`s are in document order, and a
  // list's entries appear in it by index).
  const lists = new Map<string, { old: string[]; new: string[] }>();
  for (const entity of b.all) {
    const old = a.byKey.get(entity.key);
    if (!old) continue;
    if (old.list !== entity.list) {
      moved.add(entity.key);
      continue;
    }
    let list = lists.get(entity.list);
    if (!list) lists.set(entity.list, (list = { old: [], new: [] }));
    list.new.push(entity.key);
  }
  for (const entity of a.all) {
    const now = b.byKey.get(entity.key);
    if (now && now.list === entity.list) lists.get(entity.list)!.old.push(entity.key);
  }
  for (const list of lists.values()) for (const key of movedWithin(list.old, list.new)) moved.add(key);
  return moved;
}

function entityFields(old: Entity, now: Entity, sideOld: Side, sideNew: Side): FieldChange[] {
  const schema = ENTITY_SCHEMA_PATH[now.kind];
  return ENTITY_FIELDS[now.kind].flatMap((spec) =>
    compareField(
      spec.field,
      schemaTitle([...schema, ...spec.schema], spec.field),
      spec.kind,
      spec.read(old.value as never, sideOld),
      spec.read(now.value as never, sideNew),
    ),
  );
}

function compareField(
  field: string,
  label: string,
  kind: ValueKind,
  old: Value | null,
  now: Value | null,
): FieldChange[] {
  if ((old?.key ?? null) === (now?.key ?? null)) return [];
  const change: FieldChange = { field, label, old: old?.text ?? null, new: now?.text ?? null };
  if (kind === 'text') change.words = diffWords(old?.text ?? '', now?.text ?? '');
  if (kind === 'deadline' && old?.due !== undefined && now?.due !== undefined && old.due !== now.due)
    change.direction = now.due > old.due ? 'later' : 'earlier';
  return [change];
}

/** The units an entity gives a duty to (牵头, 责任, 配合, 负责). */
function duties(entity: Entity | undefined): Set<string> {
  const out = new Set<string>();
  if (!entity) return out;
  for (const key of DUTY_KEYS) {
    const ids = entity.value[key];
    if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') out.add(id);
  }
  return out;
}

function summarize(
  changes: Change[],
  a: Collected,
  b: Collected,
  sides: { old: Side; new: Side },
): PlanDiff['summary'] {
  const count = (kind: ChangeKind) => changes.filter((c) => c.change === kind).length;
  const directions = changes.flatMap((c) => c.fields ?? []).map((f) => f.direction);
  const tallies = new Map<string, { gained: number; lost: number }>();
  const tally = (id: string) => {
    let t = tallies.get(id);
    if (!t) tallies.set(id, (t = { gained: 0, lost: 0 }));
    return t;
  };
  for (const key of new Set([...a.byKey.keys(), ...b.byKey.keys()])) {
    const old = duties(a.byKey.get(key));
    const now = duties(b.byKey.get(key));
    for (const id of now) if (!old.has(id)) tally(id).gained++;
    for (const id of old) if (!now.has(id)) tally(id).lost++;
  }
  const units: UnitTally[] = [...tallies.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([id, t]) => ({
      id,
      name: sides.new.units.has(id) ? unitName(sides.new.units, id) : unitName(sides.old.units, id),
      ...t,
    }));
  return {
    added: count('added'),
    removed: count('removed'),
    moved: count('moved'),
    changed: count('changed'),
    deadlinesLater: directions.filter((d) => d === 'later').length,
    deadlinesEarlier: directions.filter((d) => d === 'earlier').length,
    units,
  };
}
