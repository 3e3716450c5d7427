/**
 * Properties of diffPlans on the example plans under random edits (remove, insert a copy with
 * fresh ids, move to another list of the same kind, swap siblings, edit text, change a deadline):
 * a plan diffed with itself is the same; added and removed ids are exactly the ids one version has
 * and the other lacks (walk.ts is the oracle); diff(A, B) and diff(B, A) mirror each other; pure
 * insertions and pure removals never report a move or a change (renumbering is no change).
 * Fixed seed, so a failure replays.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHuman } from '../../src/diff/format-human.js';
import { formatJson } from '../../src/diff/format-json.js';
import { formatMarkdown } from '../../src/diff/format-markdown.js';
import { diffPlans } from '../../src/diff/plan-diff.js';
import type { Change, DiffInput, PlanDiff } from '../../src/diff/types.js';
import type { Plan } from '../../src/plan/types.generated.js';
import { idEntries } from '../../src/plan/walk.js';
import { plansDir } from '../helpers/diagnostics.js';
import { diffFixtures, loadPlan } from './load.js';

const SEED = Number(process.env['GONGWEN_PROPERTY_SEED'] ?? 20260607);
const RUNS = Math.round(150 * Number(process.env['GONGWEN_PROPERTY_SCALE'] ?? 1));

type Obj = Record<string, unknown>;
interface List {
  kind: string;
  list: Obj[];
}

const objs = (value: unknown): Obj[] | undefined => (Array.isArray(value) ? (value as Obj[]) : undefined);

/** Every list of entities in the plan, with the kind of its entries (recomputed after each edit). */
function lists(plan: Plan): List[] {
  const out: List[] = [];
  const sections = (list: Obj[] | undefined) => {
    if (!list) return;
    out.push({ kind: 'section', list });
    for (const section of list) {
      const items = objs(section['items']);
      if (items) out.push({ kind: 'item', list: items });
      sections(objs(section['sections']));
    }
  };
  sections(plan.sections as unknown as Obj[]);
  const top = (kind: string, value: unknown) => {
    const list = objs(value);
    if (list) out.push({ kind, list });
    return list ?? [];
  };
  for (const phase of top('phase', plan.phases)) top('item', phase['items']);
  for (const group of top('issueGroup', plan.issues))
    for (const issue of top('issue', group['items'])) top('measure', issue['measures']);
  top('target', plan.targets);
  top('attachment', plan.attachments);
  return out;
}

let fresh = 0;
/** A deep copy with new ids throughout; a section copy always gets one (see entities.ts on titles). */
function copyWithFreshIds(value: Obj, kind: string): Obj {
  const copy = structuredClone(value);
  const rename = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(rename);
    else if (node && typeof node === 'object') {
      const record = node as Obj;
      if (typeof record['id'] === 'string') record['id'] = `${record['id']}-copy${++fresh}`;
      for (const [key, child] of Object.entries(record)) if (key !== 'history') rename(child);
    }
  };
  rename(copy);
  if (kind === 'section' && typeof copy['id'] !== 'string') copy['id'] = `sec-copy${++fresh}`;
  return copy;
}

const DATES = ['2018-05-20', '2018-06-30', '2018-09-01', '2019-01-15', '2024-06-10', '2024-12-31'];

const edit = fc.record({
  op: fc.constantFrom('remove', 'insert', 'move', 'swap', 'text', 'deadline'),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  d: fc.nat(),
  words: fc.constantFrom('切实', '全面', '，并及时报告', 'new words', '@x [y](z)'),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(plan: Plan, e: Edit): void {
  const all = lists(plan).filter((l) => l.list.length > 0 || e.op === 'move');
  const from = all.filter((l) => l.list.length > 0)[
    e.a % Math.max(1, all.filter((l) => l.list.length > 0).length)
  ];
  if (!from) return;
  const list = from.list;
  const i = e.b % list.length;
  switch (e.op) {
    case 'remove':
      list.splice(i, 1);
      return;
    case 'insert':
      list.splice(e.c % (list.length + 1), 0, copyWithFreshIds(list[i]!, from.kind));
      return;
    case 'move': {
      const targets = all.filter((l) => l.kind === from.kind);
      const to = targets[e.c % targets.length]!;
      const [moved] = list.splice(i, 1);
      to.list.splice(e.d % (to.list.length + 1), 0, moved!);
      return;
    }
    case 'swap': {
      const j = e.c % list.length;
      [list[i], list[j]] = [list[j]!, list[i]!];
      return;
    }
    case 'text': {
      const entity = list[i]!;
      const key = ['text', 'problem', 'title', 'summary', 'name', 'category'].find(
        (k) => typeof entity[k] === 'string',
      );
      if (!key) return;
      const text = entity[key] as string;
      const at = e.c % (text.length + 1);
      entity[key] = text.slice(0, at) + e.words + text.slice(at);
      return;
    }
    case 'deadline': {
      const entity = list[i]!;
      const key = from.kind === 'phase' ? 'window' : 'deadline';
      if (['item', 'issue', 'measure', 'phase'].includes(from.kind)) entity[key] = DATES[e.c % DATES.length];
      return;
    }
  }
}

function mutated(input: DiffInput, edits: Edit[]): DiffInput {
  const plan = structuredClone(input.plan);
  for (const e of edits) apply(plan, e);
  return { plan, units: input.units };
}

const ids = (plan: Plan) => new Set(idEntries(plan).map((entry) => entry.value));
const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();
const idsOf = (diff: PlanDiff, kind: Change['change']) =>
  diff.changes
    .filter((c) => c.change === kind && !c.id.includes('/'))
    .map((c) => c.id)
    .sort();

/** What an entity's field changes are, in the other direction. */
function fieldsById(diff: PlanDiff, reverse = false) {
  const out = new Map<string, unknown>();
  for (const change of diff.changes) {
    if (!change.fields) continue;
    out.set(
      `${change.entity}:${change.id}`,
      change.fields.map((f) => ({
        field: f.field,
        old: reverse ? f.new : f.old,
        new: reverse ? f.old : f.new,
        direction: f.direction && reverse ? (f.direction === 'later' ? 'earlier' : 'later') : f.direction,
      })),
    );
  }
  return out;
}

const bases: [string, DiffInput][] = [];
beforeAll(async () => {
  bases.push(['rectification.yaml', await loadPlan(join(plansDir, 'rectification.yaml'))]);
  bases.push(['special-action.yaml', await loadPlan(join(plansDir, 'special-action.yaml'))]);
  bases.push(['fixture', await loadPlan(join(diffFixtures, 'identical', 'old.yaml'))]);
});

describe('diffPlans properties', () => {
  it('a plan diffed with itself (or a deep copy) is the same', () => {
    for (const [, base] of bases) {
      expect(diffPlans(base, base)).toMatchObject({ same: true, changes: [] });
      expect(diffPlans(base, { plan: structuredClone(base.plan), units: base.units }).same).toBe(true);
    }
  });

  it('added/removed ids are the set differences, and diff(A, B) mirrors diff(B, A)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }), (pick, edits) => {
        const a = bases[pick % bases.length]![1];
        const b = mutated(a, edits);
        const forward = diffPlans(a, b);
        const backward = diffPlans(b, a);
        expect(idsOf(forward, 'added')).toEqual(minus(ids(b.plan), ids(a.plan)));
        expect(idsOf(forward, 'removed')).toEqual(minus(ids(a.plan), ids(b.plan)));
        expect(idsOf(forward, 'added')).toEqual(idsOf(backward, 'removed'));
        expect(idsOf(forward, 'removed')).toEqual(idsOf(backward, 'added'));
        expect(fieldsById(forward)).toEqual(fieldsById(backward, true));
        expect(forward.same).toBe(forward.changes.length === 0);
        expect(forward.summary.deadlinesLater).toBe(backward.summary.deadlinesEarlier);
        const tallies = (d: PlanDiff) => d.summary.units.map((u) => [u.id, u.gained, u.lost]);
        expect(tallies(forward)).toEqual(tallies(backward).map(([id, g, l]) => [id, l, g]));
        expect(JSON.parse(formatJson(forward))).toEqual(forward);
        formatMarkdown(forward);
        formatHuman(forward, { color: true });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('pure insertions are only "added", pure removals only "removed": renumbering is no change', () => {
    const only = (op: 'insert' | 'remove') =>
      fc.array(
        edit.map((e) => ({ ...e, op })),
        { minLength: 1, maxLength: 5 },
      );
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom('insert' as const, 'remove' as const),
        fc.nat(),
        (pick, op, seed) => {
          const a = bases[pick % bases.length]![1];
          const [edits] = fc.sample(only(op), { seed, numRuns: 1 });
          const diff = diffPlans(a, mutated(a, edits!));
          const kinds = new Set(diff.changes.map((c) => c.change));
          expect([...kinds]).toEqual(diff.same ? [] : [op === 'insert' ? 'added' : 'removed']);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
