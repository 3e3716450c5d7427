/**
 * A plan as the diff sees it: every entity with a stable key, its parent, its place among its
 * siblings and its document order. Keys are `<entity kind>:<ref>`, the ref being the id; a section
 * without an id is named by its parent's ref and its title (see `Change.id` in types.ts), so it is
 * matched by title under the same matched parent, and a retitled or re-parented unnamed section is
 * one removed and one added (its items, which have ids, then show as moved into the new one).
 */
import type { Plan } from '../plan/types.generated.js';
import type { EntityKind } from './types.js';

export interface Entity {
  key: string;
  kind: Exclude<EntityKind, 'plan'>;
  /** The id, or an unnamed section's ref. */
  ref: string;
  /** The entity's own object from the plan. */
  value: Record<string, unknown>;
  parentKey: string | null;
  parentRef: string | null;
  /** The sibling list: the parent and the kind (a section's subsections and items are two lists). */
  list: string;
  index: number;
  /** Ancestors as a reader names them: ids, an unnamed section by its title. */
  chain: string[];
  /** Position in document order. */
  order: number;
  label: string;
}

export interface Collected {
  byKey: Map<string, Entity>;
  /** In document order. */
  all: Entity[];
}

/** A label from prose: its first sentence without Markdown marks, at most 40 characters. */
export function firstSentence(markdown: string): string {
  const line = markdown
    .split(/\n\s*\n/)[0]!
    .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const end = line.search(/[。！？；]/);
  const sentence = end >= 0 ? line.slice(0, end) : line;
  const chars = Array.from(sentence);
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : sentence;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function labelOf(kind: Entity['kind'], value: Record<string, unknown>): string {
  switch (kind) {
    case 'section':
    case 'attachment':
      return str(value['title']) ?? '';
    case 'item': {
      const title = str(value['title']);
      return title ?? firstSentence(str(value['text']) ?? '');
    }
    case 'issueGroup':
      return str(value['category']) ?? '';
    case 'issue':
      return str(value['summary']) ?? firstSentence(str(value['problem']) ?? '');
    case 'phase':
      return str(value['name']) ?? '';
    case 'measure':
    case 'target':
      return firstSentence(str(value['text']) ?? '');
  }
}

const objects = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
    : [];

export function collect(plan: Plan): Collected {
  const byKey = new Map<string, Entity>();
  const all: Entity[] = [];

  const add = (
    kind: Entity['kind'],
    value: Record<string, unknown>,
    ref: string,
    parent: Entity | null,
    index: number,
    unique: string = ref,
  ): Entity => {
    let key = `${kind}:${unique}`;
    // Ids are unique in a loaded plan; a repeated one (an unchecked plan) must not hide an entity.
    for (let n = 2; byKey.has(key); n++) key = `${kind}:${unique}#${n}`;
    const entity: Entity = {
      key,
      kind,
      ref,
      value,
      parentKey: parent?.key ?? null,
      parentRef: parent?.ref ?? null,
      list: `${parent?.key ?? ''}|${kind}`,
      index,
      chain: parent ? [...parent.chain, displayName(parent)] : [],
      order: all.length,
      label: labelOf(kind, value),
    };
    byKey.set(key, entity);
    all.push(entity);
    return entity;
  };

  const withIds = (kind: Entity['kind'], list: unknown, parent: Entity | null, then?: (e: Entity) => void) =>
    objects(list).forEach((value, index) => {
      const entity = add(kind, value, str(value['id']) ?? `#${index + 1}`, parent, index);
      then?.(entity);
    });

  const sections = (list: unknown, parent: Entity | null) => {
    const titles = new Map<string, number>();
    objects(list).forEach((value, index) => {
      const id = str(value['id']);
      let section: Entity;
      if (id !== undefined) section = add('section', value, id, parent, index);
      else {
        const title = str(value['title']) ?? '';
        const seen = (titles.get(title) ?? 0) + 1;
        titles.set(title, seen);
        const ref = `${parent?.ref ?? ''}/${title}${seen > 1 ? `#${seen}` : ''}`;
        // The key, unlike the ref, stays unambiguous when a title holds a '/' or '#'.
        section = add(
          'section',
          value,
          ref,
          parent,
          index,
          JSON.stringify([parent?.key ?? null, title, seen]),
        );
      }
      // Document order: a section's items are printed before its subsections.
      withIds('item', value['items'], section);
      sections(value['sections'], section);
    });
  };

  sections(plan.sections, null);
  withIds('target', plan.targets, null);
  withIds('phase', plan.phases, null, (phase) => withIds('item', phase.value['items'], phase));
  withIds('issueGroup', plan.issues, null, (group) =>
    withIds('issue', group.value['items'], group, (issue) =>
      withIds('measure', issue.value['measures'], issue),
    ),
  );
  withIds('attachment', plan.attachments, null);
  return { byKey, all };
}

/** How an ancestor appears in a path: its id, or an unnamed section's title. */
function displayName(entity: Entity): string {
  return entity.kind === 'section' && typeof entity.value['id'] !== 'string'
    ? (str(entity.value['title']) ?? '')
    : entity.ref;
}
