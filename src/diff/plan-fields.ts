/**
 * The plan's own fields (entity 'plan', id ''): 发文 information, the notice, the report and
 * reminder headers, the leading group, contacts. Nested objects are compared field by field, so a
 * changed 发文字号 is one line, not "the notice changed". Also the units whose printed name changed
 * (a rename in the registry or in the plan's own units): reported once here, as `units.<id>`,
 * instead of on every entity that names the unit.
 */
import { formatDate } from '../plan/dates.js';
import type { Citation, Contact, Issuer, Plan, Unit } from '../plan/types.generated.js';
import { unitRefs } from '../plan/walk.js';
import { unitName } from '../compose/prose/helpers.js';
import { planFieldTitle } from './labels.js';
import type { FieldChange } from './types.js';
import {
  dateValue,
  enumValue,
  listValue,
  numberValue,
  peopleValue,
  personValue,
  textValue,
  unitsValue,
  unitValue,
  type Side,
  type Value,
  type ValueKind,
} from './values.js';

export interface PlanFieldSpec {
  /** Dotted path in the plan: notice.number. */
  path: readonly string[];
  kind: ValueKind;
  read(plan: Plan, side: Side): Value | null;
}

const KIND_NAMES: Record<string, string> = {
  scheme: '工作方案',
  rectification: '整改方案',
  'self-assessment': '自查评估方案',
  inspection: '督导检查方案',
};
const DIRECTION_NAMES: Record<string, string> = { down: '下行文', up: '上行文' };
const SEAL_NAMES: Record<string, string> = { true: '加盖印章', false: '不加盖印章' };

const issuerText = (issuer: Issuer) => (issuer.mark ? `${issuer.name}（${issuer.mark}）` : issuer.name);
const citationText = (citation: Citation) =>
  `《${citation.title}》${citation.number ? `（${citation.number}）` : ''}`;
const contactText = (contact: Contact, side: Side) =>
  `${contact.name}${contact.unit ? `（${unitName(side.units, contact.unit)}）` : ''} ${contact.phone}`;

function records<T>(
  list: readonly T[] | undefined,
  text: (entry: T) => string,
  key: (entry: T) => unknown = (entry) => entry,
): Value | null {
  if (!Array.isArray(list)) return null;
  return { key: JSON.stringify(list.map(key)), text: list.map(text).join('、') };
}

const f = (path: string, kind: ValueKind, read: PlanFieldSpec['read']): PlanFieldSpec => ({
  path: path.split('.'),
  kind,
  read,
});

export const PLAN_FIELDS: PlanFieldSpec[] = [
  f('kind', 'value', (p) => enumValue(p.kind, KIND_NAMES)),
  f('title', 'text', (p) => textValue(p.title)),
  f('date', 'value', (p) => dateValue(p.date)),
  f('campaign', 'value', (p) =>
    p.campaign
      ? {
          key: `${p.campaign.start} ${p.campaign.end}`,
          text: `${formatDate(p.campaign.start)}至${formatDate(p.campaign.end)}`,
        }
      : null,
  ),
  f('issuers', 'value', (p) => records(p.issuers, issuerText)),
  f('registry', 'value', (p) => textValue(p.registry)),
  f('notice.number', 'value', (p) => textValue(p.notice?.number)),
  f('notice.direction', 'value', (p) => enumValue(p.notice?.direction, DIRECTION_NAMES)),
  f('notice.signers', 'value', (p) => listValue(p.notice?.signers)),
  f('notice.copyNumber', 'value', (p) => textValue(p.notice?.copyNumber)),
  f('notice.secrecy', 'value', (p) => textValue(p.notice?.secrecy)),
  f('notice.urgency', 'value', (p) => textValue(p.notice?.urgency)),
  f('notice.title', 'text', (p) => textValue(p.notice?.title)),
  f('notice.recipients', 'value', (p) => listValue(p.notice?.recipients)),
  f('notice.approvedBy', 'text', (p) => textValue(p.notice?.approvedBy)),
  f('notice.body', 'text', (p) => textValue(p.notice?.body)),
  f('notice.copyTo', 'value', (p) => listValue(p.notice?.copyTo)),
  f('notice.printedBy', 'value', (p) => textValue(p.notice?.printedBy)),
  f('notice.printedOn', 'value', (p) => dateValue(p.notice?.printedOn)),
  f('signature.seal', 'value', (p) => enumValue(p.signature?.seal, SEAL_NAMES)),
  f('signature.names', 'value', (p) => listValue(p.signature?.names)),
  f('note', 'text', (p) => textValue(p.note)),
  f('basis', 'value', (p) => records(p.basis, citationText)),
  f('preamble', 'text', (p) => textValue(p.preamble)),
  f('organization.name', 'text', (p) => textValue(p.organization?.name)),
  f('organization.text', 'text', (p) => textValue(p.organization?.text)),
  f('organization.heads', 'value', (p, s) => peopleValue(p.organization?.heads, s)),
  f('organization.deputies', 'value', (p, s) => peopleValue(p.organization?.deputies, s)),
  f('organization.members', 'value', (p, s) => peopleValue(p.organization?.members, s)),
  f('organization.memberUnits', 'units', (p, s) => unitsValue(p.organization?.memberUnits, s)),
  f('organization.office.unit', 'value', (p, s) => unitValue(p.organization?.office?.unit, s)),
  f('organization.office.director', 'value', (p, s) => personValue(p.organization?.office?.director, s)),
  f('organization.office.duties', 'text', (p) => textValue(p.organization?.office?.duties)),
  f('contacts', 'value', (p, s) => records(p.contacts, (c) => contactText(c, s))),
  f('report.date', 'value', (p) => dateValue(p.report?.date)),
  f('report.number', 'value', (p) => textValue(p.report?.number)),
  f('report.direction', 'value', (p) => enumValue(p.report?.direction, DIRECTION_NAMES)),
  f('report.signers', 'value', (p) => listValue(p.report?.signers)),
  f('report.title', 'text', (p) => textValue(p.report?.title)),
  f('report.recipients', 'value', (p) => listValue(p.report?.recipients)),
  f('report.opening', 'text', (p) => textValue(p.report?.opening)),
  f('report.nextSteps', 'text', (p) => textValue(p.report?.nextSteps)),
  f('report.copyTo', 'value', (p) => listValue(p.report?.copyTo)),
  f('report.printedBy', 'value', (p) => textValue(p.report?.printedBy)),
  f('report.printedOn', 'value', (p) => dateValue(p.report?.printedOn)),
  f('reminders.issuer', 'value', (p) =>
    p.reminders?.issuer ? records([p.reminders.issuer], issuerText) : null,
  ),
  f('reminders.number', 'value', (p) => textValue(p.reminders?.number)),
  f('reminders.start', 'value', (p) => numberValue(p.reminders?.start)),
  f('reminders.date', 'value', (p) => dateValue(p.reminders?.date)),
  f('reminders.replyBy', 'value', (p) => dateValue(p.reminders?.replyBy)),
  f('reminders.copyTo', 'value', (p) => listValue(p.reminders?.copyTo)),
];

export const planFieldLabel = (spec: PlanFieldSpec): string => planFieldTitle(spec.path);

/** 青石镇卫生院（镇卫生院）: both names, since the 督办通知 and 责任清单 print the full one. */
const unitText = (unit: Unit) =>
  unit.short && unit.short !== unit.name ? `${unit.name}（${unit.short}）` : unit.name;

/**
 * Units the plans refer to whose names changed between the versions. Registry units neither
 * version names are left out: they print nowhere.
 */
export function unitRenames(
  before: { plan: Plan; side: Side },
  after: { plan: Plan; side: Side },
): FieldChange[] {
  const ids = new Set([...unitRefs(before.plan), ...unitRefs(after.plan)].map((ref) => ref.value));
  const out: FieldChange[] = [];
  for (const id of [...ids].sort()) {
    const old = before.side.units.get(id);
    const now = after.side.units.get(id);
    if (!old || !now) continue;
    if (old.name === now.name && (old.short ?? '') === (now.short ?? '')) continue;
    out.push({ field: `units.${id}`, label: '单位名称', old: unitText(old), new: unitText(now) });
  }
  return out;
}
