/**
 * Plan → the tracked rows as of a date: status, progress note, overdue and late, per issue (问题清单)
 * or per checklist item with a deadline (工作台账). Every document of the family reads these rows.
 */
import { formatDeadline, yearOf } from '../plan/dates.js';
import type { Deadline, History, Person, Plan, Unit } from '../plan/types.generated.js';
import { items, sections } from '../plan/walk.js';
import type { Path } from '../source/locate.js';
import { ledgerColumns } from './cells.js';
import { daysBetween, dueDate } from './dates.js';
import { currentEntry } from './history.js';
import type { Ledger, Status, TrackedRow } from './types.js';

/** A Markdown field as plain text (the caller converts, and reports its problems once). */
export type PlainText = (markdown: string, path: Path) => string;

interface RowSource {
  id: string;
  groupId: string;
  category: string;
  problem: string;
  summary: string;
  measures: string[];
  leader: Person | undefined;
  lead: string[] | undefined;
  responsible: string[] | undefined;
  support: string[] | undefined;
  deadline: Deadline;
  history: History | undefined;
  path: Path;
}

/** The text up to its first full stop or semicolon, without it (a problem's gist for a report). */
export function firstSentence(text: string): string {
  const line = text.split('\n')[0] ?? '';
  const end = line.search(/[。；！？]/u);
  return (end >= 0 ? line.slice(0, end) : line).replace(/[，、：,;:\s]+$/u, '');
}

const DONE: ReadonlySet<Status> = new Set(['已完成', '已销号']);
export const isDone = (status: Status): boolean => DONE.has(status);

function leaderText(person: Person | undefined): string | null {
  if (!person) return null;
  if (person.name && person.title) return `${person.name}（${person.title}）`;
  return person.name ?? person.title ?? null;
}

function issueSources(plan: Plan, plain: PlainText): RowSource[] {
  const year = yearOf(plan.date);
  return (plan.issues ?? []).flatMap((group, g) =>
    group.items.map((issue, i) => {
      const path: Path = ['issues', g, 'items', i];
      const own = formatDeadline(issue.deadline, year);
      const problem = plain(issue.problem, [...path, 'problem']);
      return {
        id: issue.id,
        groupId: group.id,
        category: group.category,
        problem,
        summary: issue.summary ?? firstSentence(problem),
        measures: issue.measures.map((measure, m) => {
          const text = plain(measure.text, [...path, 'measures', m, 'text']);
          const limit = measure.deadline !== undefined ? formatDeadline(measure.deadline, year) : own;
          // 标注（5月31日前）。: the time limit belongs to the measure's sentence, before its stop.
          if (limit === own) return text;
          const stop = /[。；]$/u.exec(text)?.[0] ?? '';
          return `${text.slice(0, text.length - stop.length)}（${limit}）${stop}`;
        }),
        leader: issue.leader,
        lead: issue.lead,
        responsible: issue.responsible,
        support: issue.support,
        deadline: issue.deadline,
        history: issue.history,
        path,
      };
    }),
  );
}

/** Checklist items that have a time limit, under the title of the section or phase holding them. */
function itemSources(plan: Plan, plain: PlainText): RowSource[] {
  const holders = new Map<string, { id: string; title: string }>();
  for (const section of sections(plan))
    holders.set(JSON.stringify(section.path), {
      id: section.value.id ?? section.path.join('.'),
      title: section.value.title,
    });
  (plan.phases ?? []).forEach((phase, p) =>
    holders.set(JSON.stringify(['phases', p]), { id: phase.id, title: phase.name }),
  );
  return items(plan).flatMap(({ value: item, path }) => {
    if (item.deadline === undefined) return [];
    const holder = holders.get(JSON.stringify(path.slice(0, -2)))!;
    const text = plain(item.text, [...path, 'text']);
    return [
      {
        id: item.id,
        groupId: holder.id,
        category: holder.title,
        problem: item.title ? `${item.title}。${text}` : text,
        summary: item.title ?? firstSentence(text),
        measures: [],
        leader: undefined,
        lead: item.lead,
        responsible: item.responsible,
        support: item.support,
        deadline: item.deadline,
        history: item.history,
        path,
      },
    ];
  });
}

function track(source: RowSource, number: number, asOf: string, year: number, plain: PlainText): TrackedRow {
  const current = currentEntry(source.history, asOf);
  const status: Status = current?.entry.status ?? '未启动';
  const done = isDone(status);
  const due = dueDate(source.deadline);
  const completed = done ? (current?.entry.completed ?? null) : null;
  const overdue = !done && due !== null && asOf > due;
  const historyPath: Path = [...source.path, 'history'];
  return {
    id: source.id,
    number,
    groupId: source.groupId,
    category: source.category,
    problem: source.problem,
    summary: source.summary,
    measures: source.measures,
    leader: leaderText(source.leader),
    lead: source.lead ?? [],
    responsible: source.responsible ?? [],
    support: source.support ?? [],
    deadline: { text: formatDeadline(source.deadline, year), due },
    status,
    completed,
    note: current?.note ? plain(current.note.value, [...historyPath, current.note.index, 'note']) : '',
    reason: current?.entry.reason ?? null,
    evidence: current?.entry.evidence ?? [],
    overdue,
    daysOverdue: overdue ? daysBetween(due, asOf) : 0,
    late: done && due !== null && completed !== null && completed > due,
    path: source.path,
  };
}

/** The ledger of a plan as of `asOf`; undefined when the plan tracks nothing (no issues, no dated items). */
export function buildLedger(
  plan: Plan,
  units: ReadonlyMap<string, Unit>,
  asOf: string,
  plain: PlainText,
): Ledger | undefined {
  const kind = plan.issues?.length ? 'issues' : 'items';
  const sources = kind === 'issues' ? issueSources(plan, plain) : itemSources(plan, plain);
  if (sources.length === 0) return undefined;
  const year = yearOf(plan.date);
  const rows = sources.map((source, i) => track(source, i + 1, asOf, year, plain));
  const unitNames: Record<string, string> = {};
  for (const row of rows)
    for (const id of [...row.lead, ...row.responsible, ...row.support]) {
      const unit = units.get(id);
      unitNames[id] = unit?.short ?? unit?.name ?? id;
    }
  return { kind, asOf, columns: ledgerColumns(kind), rows, unitNames };
}
