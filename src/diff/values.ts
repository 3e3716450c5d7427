/**
 * Field values as the diff compares and prints them. Each value has a `key`, what decides whether
 * the field changed (unit ids, a deadline's dates, the text's source), and a `text`, what the
 * reviewer reads (unit short names, 6月10日前, 2018年6月8日). Comparing keys keeps a unit renamed
 * in the registry from showing up as a change of every item it leads: the rename is reported once,
 * at the plan (see plan-fields.ts).
 */
import { formatDate, formatDeadline } from '../plan/dates.js';
import type { Deadline, Person, Unit } from '../plan/types.generated.js';
import { deadlineBounds } from '../plan/walk.js';
import { unitName } from '../compose/prose/helpers.js';

/** What a version's values are printed with. */
export interface Side {
  units: ReadonlyMap<string, Unit>;
  /** The plan's year: deadlines within it print without one, as the documents do. */
  year: number;
}

export interface Value {
  key: string;
  text: string;
  /** A deadline's due date (ISO), for the direction of a change. */
  due?: string;
}

/**
 * text: free text, diffed word by word; value: a code, number or name compared whole; deadline:
 * carries a due date; units: unit ids (the duty tallies read them).
 */
export type ValueKind = 'text' | 'value' | 'deadline' | 'units';

const same = (value: string): Value => ({ key: value, text: value });

export const textValue = (value: string | undefined): Value | null =>
  typeof value === 'string' ? same(value) : null;

export const numberValue = (value: number | undefined): Value | null =>
  typeof value === 'number' ? same(String(value)) : null;

export const dateValue = (value: string | undefined): Value | null =>
  typeof value === 'string' ? { key: value, text: formatDate(value) } : null;

export function enumValue(value: string | boolean | undefined, names: Record<string, string>): Value | null {
  if (value === undefined) return null;
  const key = String(value);
  return { key, text: names[key] ?? key };
}

export const listValue = (values: readonly string[] | undefined): Value | null =>
  Array.isArray(values) ? { key: JSON.stringify(values), text: values.join('、') } : null;

/** Free-text lists (a section's points): one entry per line, diffed as one text. */
export const linesValue = (values: readonly string[] | undefined): Value | null =>
  Array.isArray(values) ? same(values.join('\n')) : null;

/** The key a deadline is compared by: its dates, whatever order `{from, to}` was written in. */
export function deadlineKey(deadline: Deadline): string {
  if (typeof deadline === 'string') return deadline;
  if ('on' in deadline) return `on ${deadline.on}`;
  return `from ${deadline.from} to ${deadline.to}`;
}

export function deadlineValue(deadline: Deadline | undefined, side: Side): Value | null {
  if (deadline === undefined) return null;
  const due = deadlineBounds(deadline).end;
  return {
    key: deadlineKey(deadline),
    text: formatDeadline(deadline, side.year),
    ...(due !== undefined ? { due } : {}),
  };
}

export const unitsValue = (ids: readonly string[] | undefined, side: Side): Value | null =>
  Array.isArray(ids)
    ? { key: JSON.stringify(ids), text: ids.map((id) => unitName(side.units, id)).join('、') }
    : null;

export const unitValue = (id: string | undefined, side: Side): Value | null =>
  typeof id === 'string' ? { key: id, text: unitName(side.units, id) } : null;

/** As the templates print people: 王海燕（镇党委副书记）; the unit when there is no title; else the title. */
export function personText(person: Person, side: Side): string {
  if (person.name === undefined) return person.title ?? '';
  if (person.title !== undefined) return `${person.name}（${person.title}）`;
  if (person.unit !== undefined) return `${person.name}（${unitName(side.units, person.unit)}）`;
  return person.name;
}

const personKey = (person: Person) =>
  JSON.stringify([person.name ?? null, person.title ?? null, person.unit ?? null]);

export const personValue = (person: Person | undefined, side: Side): Value | null =>
  person ? { key: personKey(person), text: personText(person, side) } : null;

export const peopleValue = (people: readonly Person[] | undefined, side: Side): Value | null =>
  Array.isArray(people)
    ? {
        key: JSON.stringify(people.map(personKey)),
        text: people.map((person) => personText(person, side)).join('、'),
      }
    : null;
