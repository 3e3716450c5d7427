/**
 * 督办通知 (seed 003: "下达督办通知"): one notice per unit with overdue rows as of the date — the
 * 版头 of the reminders' issuer (发文字号 optional, {n} numbered unit by unit), 主送 the unit, the
 * overdue rows in a table with their time limits and days overdue, a reply deadline, 署名 and date.
 */
import { formatDate } from '../plan/dates.js';
import type { Issuer, Plan } from '../plan/types.generated.js';
import { splitTitle } from '../tree/title-lines.js';
import type { Block, Table } from '../tree/types.js';
import { addDays } from '../tracking/dates.js';
import type { Reminder } from '../tracking/owners.js';
import type { Ledger } from '../tracking/types.js';
import type { Context } from './context.js';
import { reminderTitle } from './family-titles.js';
import { versionHead } from './head.js';
import { colophon, recipientsText } from './notice.js';
import { unitName } from './prose/helpers.js';
import { escapeMarkdown as line } from './prose/escape.js';
import { cellOf, cellsOf } from './table-cells.js';

/** Days a unit is given to reply when the plan does not say (a week, the common 督办 practice). */
export const REPLY_DAYS = 7;

export const reminderIssuer = (plan: Plan): Issuer => plan.reminders?.issuer ?? plan.issuers[0]!;

/** The reminders' 发文字号: {n} replaced by the running number of this unit's reminder. */
export function reminderNumber(plan: Plan, index: number): string | undefined {
  const pattern = plan.reminders?.number;
  if (pattern === undefined) return undefined;
  return pattern.replaceAll('{n}', String((plan.reminders?.start ?? 1) + index));
}

function overdueTable(ledger: Ledger, reminder: Reminder): Table {
  return {
    type: 'table',
    widths: [3.2, 10, 6, 3.2, 11.6],
    header: cellsOf([
      '台账\n序号',
      ledger.kind === 'issues' ? '问题' : '工作事项',
      '时限',
      '逾期\n天数',
      '目前进展',
    ]),
    rows: reminder.rows.map((row) => [
      cellOf(String(row.number)),
      cellOf(row.summary),
      cellOf(row.deadline.text),
      cellOf(String(row.daysOverdue)),
      cellOf(row.note || row.status),
    ]),
  };
}

export function reminderBlocks(ctx: Context, ledger: Ledger, reminder: Reminder, index: number): Block[] {
  const { plan } = ctx;
  const issuer = reminderIssuer(plan);
  const number = reminderNumber(plan, index);
  const date = plan.reminders?.date ?? ledger.asOf;
  const replyBy = plan.reminders?.replyBy ?? addDays(date, REPLY_DAYS);
  const issues = ledger.kind === 'issues';
  const record = colophon({ ...(plan.reminders?.copyTo ? { copyTo: plan.reminders.copyTo } : {}) });
  return [
    ...versionHead([issuer], number !== undefined ? { number } : {}),
    {
      type: 'title',
      lines: splitTitle(reminderTitle(issuer.name, unitName(ctx.units, reminder.unit), ledger.kind)),
    },
    { type: 'recipients', text: recipientsText([ctx.units.get(reminder.unit)?.name ?? reminder.unit]) },
    ...ctx.prose.blocks('reminder-body', {
      planTitle: line(plan.title),
      number: plan.notice?.number !== undefined ? line(plan.notice.number) : null,
      issues,
      // The reminder goes to the first 牵头单位, or to the first 责任单位 of a row without one.
      leads: reminder.rows.every((row) => row.lead[0] === reminder.unit),
      count: reminder.rows.length,
      asOf: ledger.asOf,
    }),
    overdueTable(ledger, reminder),
    ...ctx.prose.blocks('reminder-closing', { issues, replyBy, office: line(issuer.name) }),
    { type: 'signature', names: [issuer.name], date: formatDate(date), seal: true },
    ...(record ? [record] : []),
  ];
}
