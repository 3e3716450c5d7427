/**
 * The fields compared for each kind of entity, in the order a reviewer reads them. Children
 * (a section's items, an issue's measures) are entities of their own, never fields: their changes
 * are reported where they are, and a parent does not change when a child does.
 */
import type {
  Attachment,
  History,
  Issue,
  IssueGroup,
  Item,
  Measure,
  Phase,
  Section,
  Target,
} from '../plan/types.generated.js';
import { formatDate } from '../plan/dates.js';
import { currentEntry } from '../tracking/history.js';
import type { Path } from '../source/locate.js';
import type { EntityKind } from './types.js';
import {
  dateValue,
  deadlineValue,
  enumValue,
  linesValue,
  listValue,
  numberValue,
  personValue,
  textValue,
  unitsValue,
  type Side,
  type Value,
  type ValueKind,
} from './values.js';

export interface FieldSpec {
  field: string;
  kind: ValueKind;
  /** Where the field's title is in the schema, below the entity (history fields are deeper). */
  schema: Path;
  read(entity: never, side: Side): Value | null;
}

type Spec<T> = Omit<FieldSpec, 'read'> & { read(entity: T, side: Side): Value | null };

const spec = <T>(field: string, kind: ValueKind, read: Spec<T>['read'], schema: Path = [field]): FieldSpec =>
  ({ field, kind, schema, read }) as FieldSpec;

export const HEADING_NAMES: Record<string, string> = { standalone: '标题单独成行', 'run-in': '标题后接正文' };

export const INCLUDE_NAMES: Record<string, string> = {
  targets: '目标指标',
  organization: '领导小组',
  phases: '方法步骤',
  problems: '存在的问题',
  measures: '整改措施',
  issues: '问题及整改措施',
  contacts: '联系人',
};

export const COMPARATOR_NAMES: Record<string, string> = {
  '>=': '不低于',
  '>': '超过',
  '=': '达到',
  '<=': '不高于',
  '<': '低于',
};

/**
 * The current state is the last history entry (a plan's history is in date order, checked on
 * load); its note is the last one written, as the ledger shows it.
 */
const last = (history: History | undefined) => currentEntry(history, '9999-12-31');

/**
 * The record as a whole, so that an edit to an earlier entry (which reports as of an earlier day
 * still print) is not lost: its count and the date of its last entry; the fields after it show
 * what the last entry says.
 */
function historyValue(history: History | undefined): Value | null {
  if (!history || history.length === 0) return null;
  const latest = history[history.length - 1]!;
  return {
    key: JSON.stringify(history),
    text: `${history.length}条，最近一条记于${formatDate(latest.date)}`,
  };
}

function progressSpecs<T extends { history?: History }>(): FieldSpec[] {
  return [
    spec<T>('history', 'value', (e) => historyValue(e.history)),
    spec<T>('status', 'value', (e) => textValue(last(e.history)?.entry.status), ['history', 0, 'status']),
    spec<T>('completed', 'value', (e) => dateValue(last(e.history)?.entry.completed), [
      'history',
      0,
      'completed',
    ]),
    spec<T>('note', 'text', (e) => textValue(last(e.history)?.note?.value), ['history', 0, 'note']),
    spec<T>('reason', 'text', (e) => textValue(last(e.history)?.entry.reason), ['history', 0, 'reason']),
    spec<T>('evidence', 'value', (e) => listValue(last(e.history)?.entry.evidence), [
      'history',
      0,
      'evidence',
    ]),
  ];
}

function roleSpecs<T extends { lead?: string[]; responsible?: string[]; support?: string[] }>(): FieldSpec[] {
  return [
    spec<T>('lead', 'units', (e, side) => unitsValue(e.lead, side)),
    spec<T>('responsible', 'units', (e, side) => unitsValue(e.responsible, side)),
    spec<T>('support', 'units', (e, side) => unitsValue(e.support, side)),
  ];
}

export const ENTITY_FIELDS: Record<Exclude<EntityKind, 'plan'>, FieldSpec[]> = {
  section: [
    spec<Section>('title', 'text', (e) => textValue(e.title)),
    spec<Section>('heading', 'value', (e) => enumValue(e.heading, HEADING_NAMES)),
    spec<Section>('text', 'text', (e) => textValue(e.text)),
    spec<Section>('points', 'text', (e) => linesValue(e.points)),
    spec<Section>('include', 'value', (e) => enumValue(e.include, INCLUDE_NAMES)),
  ],
  item: [
    spec<Item>('title', 'text', (e) => textValue(e.title)),
    spec<Item>('text', 'text', (e) => textValue(e.text)),
    ...roleSpecs<Item>(),
    spec<Item>('deadline', 'deadline', (e, side) => deadlineValue(e.deadline, side)),
    ...progressSpecs<Item>(),
  ],
  issueGroup: [spec<IssueGroup>('category', 'text', (e) => textValue(e.category))],
  issue: [
    spec<Issue>('summary', 'text', (e) => textValue(e.summary)),
    spec<Issue>('problem', 'text', (e) => textValue(e.problem)),
    spec<Issue>('leader', 'value', (e, side) => personValue(e.leader, side)),
    ...roleSpecs<Issue>(),
    spec<Issue>('deadline', 'deadline', (e, side) => deadlineValue(e.deadline, side)),
    ...progressSpecs<Issue>(),
  ],
  measure: [
    spec<Measure>('text', 'text', (e) => textValue(e.text)),
    spec<Measure>('deadline', 'deadline', (e, side) => deadlineValue(e.deadline, side)),
  ],
  phase: [
    spec<Phase>('name', 'text', (e) => textValue(e.name)),
    spec<Phase>('window', 'deadline', (e, side) => deadlineValue(e.window, side)),
    spec<Phase>('text', 'text', (e) => textValue(e.text)),
    spec<Phase>('owners', 'units', (e, side) => unitsValue(e.owners, side)),
  ],
  target: [
    spec<Target>('text', 'text', (e) => textValue(e.text)),
    spec<Target>('indicator', 'text', (e) => textValue(e.indicator)),
    spec<Target>('comparator', 'value', (e) => enumValue(e.comparator, COMPARATOR_NAMES)),
    spec<Target>('value', 'value', (e) => numberValue(e.value)),
    spec<Target>('unit', 'value', (e) => textValue(e.unit)),
  ],
  attachment: [
    spec<Attachment>('title', 'text', (e) => textValue(e.title)),
    spec<Attachment>('content', 'text', (e) => textValue(e.content)),
  ],
};

/** The unit roles whose changes count as a unit gaining or losing a duty. */
export const DUTY_KEYS = ['lead', 'responsible', 'support', 'owners'] as const;
