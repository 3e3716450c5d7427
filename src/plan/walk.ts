/**
 * Enumerates the parts of a plan that checks (and later composers, diff and status tracking)
 * address: id-bearing entries, unit references, deadlines. Written defensively because checks also
 * run on plans that failed the schema, to report every problem at once.
 */
import type { Path } from '../source/locate.js';
import type { Deadline, Item, Plan, Section } from './types.generated.js';

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Located<T> {
  value: T;
  path: Path;
}

/** Sections in document order with their level (1 = 一、). */
export function sections(plan: Plan): (Located<Section> & { depth: number })[] {
  const out: (Located<Section> & { depth: number })[] = [];
  const visit = (children: Section[] | undefined, path: Path, depth: number) => {
    list(children).forEach((section, index) => {
      if (!isObject(section)) return;
      const at = [...path, index];
      out.push({ value: section, path: at, depth });
      visit(section.sections, [...at, 'sections'], depth + 1);
    });
  };
  visit(plan.sections, ['sections'], 1);
  return out;
}

/** Checklist items of sections and phases. */
export function items(plan: Plan): Located<Item>[] {
  const out: Located<Item>[] = [];
  for (const section of sections(plan)) {
    list(section.value.items).forEach((item, index) => {
      if (isObject(item)) out.push({ value: item, path: [...section.path, 'items', index] });
    });
  }
  list(plan.phases).forEach((phase, p) => {
    if (!isObject(phase)) return;
    list(phase.items).forEach((item, index) => {
      if (isObject(item)) out.push({ value: item, path: ['phases', p, 'items', index] });
    });
  });
  return out;
}

/** Every entry that carries a stable id, in document order. */
export function idEntries(plan: Plan): Located<string>[] {
  const out: Located<string>[] = [];
  const add = (entry: unknown, path: Path) => {
    if (isObject(entry) && typeof entry['id'] === 'string')
      out.push({ value: entry['id'], path: [...path, 'id'] });
  };
  for (const section of sections(plan)) add(section.value, section.path);
  list(plan.targets).forEach((target, i) => add(target, ['targets', i]));
  list(plan.phases).forEach((phase, i) => add(phase, ['phases', i]));
  for (const item of items(plan)) add(item.value, item.path);
  list(plan.issues).forEach((group, g) => {
    add(group, ['issues', g]);
    if (!isObject(group)) return;
    list(group.items).forEach((issue, i) => {
      add(issue, ['issues', g, 'items', i]);
      if (!isObject(issue)) return;
      list(issue.measures).forEach((measure, m) => add(measure, ['issues', g, 'items', i, 'measures', m]));
    });
  });
  list(plan.attachments).forEach((attachment, i) => add(attachment, ['attachments', i]));
  return out;
}

const UNIT_ROLES = ['lead', 'responsible', 'support'] as const;

/** Every place a unit is referenced by id. */
export function unitRefs(plan: Plan): Located<string>[] {
  const out: Located<string>[] = [];
  const refs = (value: unknown, path: Path) => {
    if (Array.isArray(value))
      value.forEach((ref, i) => typeof ref === 'string' && out.push({ value: ref, path: [...path, i] }));
  };
  const roles = (entry: unknown, path: Path) => {
    if (!isObject(entry)) return;
    for (const role of UNIT_ROLES) refs(entry[role], [...path, role]);
  };
  for (const item of items(plan)) roles(item.value, item.path);
  list(plan.phases).forEach((phase, i) => isObject(phase) && refs(phase.owners, ['phases', i, 'owners']));
  list(plan.issues).forEach((group, g) => {
    if (!isObject(group)) return;
    list(group.items).forEach((issue, i) => {
      roles(issue, ['issues', g, 'items', i]);
      if (isObject(issue) && isObject(issue.leader) && typeof issue.leader.unit === 'string')
        out.push({ value: issue.leader.unit, path: ['issues', g, 'items', i, 'leader', 'unit'] });
    });
  });
  const organization = plan.organization;
  if (isObject(organization)) {
    refs(organization.memberUnits, ['organization', 'memberUnits']);
    if (isObject(organization.office) && typeof organization.office.unit === 'string')
      out.push({ value: organization.office.unit, path: ['organization', 'office', 'unit'] });
    for (const role of ['heads', 'deputies', 'members'] as const)
      list(organization[role]).forEach((person, i) => {
        if (isObject(person) && typeof person.unit === 'string')
          out.push({ value: person.unit, path: ['organization', role, i, 'unit'] });
      });
    const director = isObject(organization.office) ? organization.office.director : undefined;
    if (isObject(director) && typeof director.unit === 'string')
      out.push({ value: director.unit, path: ['organization', 'office', 'director', 'unit'] });
  }
  list(plan.contacts).forEach((contact, i) => {
    if (isObject(contact) && typeof contact.unit === 'string')
      out.push({ value: contact.unit, path: ['contacts', i, 'unit'] });
  });
  return out;
}

/** Every deadline and phase window. */
export function deadlines(plan: Plan): Located<Deadline>[] {
  const out: Located<Deadline>[] = [];
  const add = (entry: unknown, key: string, path: Path) => {
    if (isObject(entry) && entry[key] !== undefined)
      out.push({ value: entry[key] as Deadline, path: [...path, key] });
  };
  for (const item of items(plan)) add(item.value, 'deadline', item.path);
  list(plan.phases).forEach((phase, i) => add(phase, 'window', ['phases', i]));
  list(plan.issues).forEach((group, g) => {
    if (!isObject(group)) return;
    list(group.items).forEach((issue, i) => {
      add(issue, 'deadline', ['issues', g, 'items', i]);
      if (isObject(issue))
        list(issue.measures).forEach((measure, m) =>
          add(measure, 'deadline', ['issues', g, 'items', i, 'measures', m]),
        );
    });
  });
  return out;
}

/** The dated bounds of a deadline; open deadlines (长期坚持, 立行立改) have none. */
export function deadlineBounds(deadline: Deadline): { start?: string; end?: string; key?: string } {
  if (typeof deadline === 'string') return /^\d{4}-/.test(deadline) ? { end: deadline } : {};
  if (!isObject(deadline)) return {};
  const record: Record<string, unknown> = deadline;
  if (typeof record['on'] === 'string') return { start: record['on'], end: record['on'] };
  const from = typeof record['from'] === 'string' ? record['from'] : undefined;
  const to = typeof record['to'] === 'string' ? record['to'] : undefined;
  return { ...(from ? { start: from } : {}), ...(to ? { end: to } : {}) };
}
