/**
 * 整改报告/总结报告 (seed 002, part 3): 版头 (上行文 by default), title, 主送, opening, then 一、基本情况
 * (counts and rates), 二、整改完成情况 (by category, each row's state and last progress note),
 * 三、存在的不足 (what is open or late, and why where the plan says), 四、下步工作打算, 署名 and date,
 * and the ledger as 附件1 on landscape pages. Every figure is computed from the ledger rows.
 */
import type { Report } from '../plan/types.generated.js';
import { heading, paragraph } from '../tree/build.js';
import { text } from '../tree/inlines.js';
import { splitTitle } from '../tree/title-lines.js';
import type { Block, Inline } from '../tree/types.js';
import { daysBetween } from '../tracking/dates.js';
import { figures } from '../tracking/figures.js';
import { isDone } from '../tracking/track.js';
import type { Ledger, TrackedRow } from '../tracking/types.js';
import type { Context } from './context.js';
import { enumerate, headed } from './flow.js';
import { versionHead } from './head.js';
import { ledgerTable } from './ledger.js';
import { colophon, recipientsText, signature } from './notice.js';
import { escapeMarkdown as line } from './prose/escape.js';
import { Slots } from './prose/slots.js';

const SECTION_TITLES = {
  issues: ['基本情况', '整改完成情况', '存在的不足', '下步工作打算'],
  items: ['基本情况', '工作完成情况', '存在的不足', '下步工作打算'],
} as const;

const lateDays = (row: TrackedRow): number =>
  row.late && row.completed && row.deadline.due ? daysBetween(row.deadline.due, row.completed) : 0;

function rowBlocks(ctx: Context, row: TrackedRow): Block[] {
  const slots = new Slots();
  const done = isDone(row.status);
  const note = row.note ? slots.put([paragraph([text(row.note)])]) : '';
  const body = ctx.prose.inlines(
    'report-row',
    {
      done,
      closed: row.status === '已销号',
      late: row.late,
      lateDays: lateDays(row),
      overdue: row.overdue,
      days: row.daysOverdue,
      status: row.status,
      ongoing: row.deadline.text === '长期坚持',
      limit: line(row.deadline.text),
      note,
    },
    slots,
  );
  return headed(3, [text(row.summary)], 'run-in', [paragraph(body)]);
}

function shortfalls(ctx: Context, ledger: Ledger): Block[] {
  const issues = ledger.kind === 'issues';
  // Work to be kept up (长期坚持) that is under way is not a shortfall; everything else open is.
  const open = ledger.rows.filter(
    (row) =>
      row.late || (!isDone(row.status) && !(row.deadline.text === '长期坚持' && row.status === '推进中')),
  );
  if (open.length === 0) return ctx.prose.blocks('report-no-shortfall', { issues });
  const parts: Inline[][] = open.map((row) =>
    ctx.prose.inlines('report-shortfall', {
      summary: line(row.summary),
      done: isDone(row.status),
      lateDays: lateDays(row),
      overdue: row.overdue,
      days: row.daysOverdue,
      started: row.status !== '未启动',
      ongoing: row.deadline.text === '长期坚持',
      limit: line(row.deadline.text),
      reason: row.reason !== null ? line(row.reason) : null,
    }),
  );
  return [paragraph(enumerate(parts))];
}

export function reportBlocks(
  ctx: Context,
  report: Report,
  title: string,
  ledger: Ledger,
  ledgerName: string,
): Block[] {
  const { plan } = ctx;
  const issues = ledger.kind === 'issues';
  const data = figures(ledger);
  const { counts } = data;
  const titles = SECTION_TITLES[ledger.kind];
  const out: Block[] = [
    ...versionHead(plan.issuers, {
      ...(report.number !== undefined ? { number: report.number } : {}),
      direction: report.direction ?? 'up',
      ...(report.signers ? { signers: report.signers } : {}),
    }),
    { type: 'title', lines: splitTitle(title) },
    { type: 'recipients', text: recipientsText(report.recipients) },
    ...(report.opening !== undefined
      ? ctx.markdown(report.opening, ['report', 'opening'])
      : ctx.prose.blocks('report-opening', {
          title: line(plan.title),
          number: plan.notice?.number !== undefined ? line(plan.notice.number) : null,
          issuer: line(plan.issuers.map((issuer) => issuer.name).join('、')),
          issues,
          asOf: ledger.asOf,
        })),
    heading(1, [text(titles[0])]),
    ...ctx.prose.blocks('report-summary', {
      issues,
      asOf: ledger.asOf,
      categories: data.categories.length,
      ...counts,
      completionRate: data.completionRate,
      closureRate: data.closureRate,
    }),
    heading(1, [text(titles[1])]),
  ];
  for (const category of data.categories) {
    out.push(
      ...headed(2, [text(category.category)], 'run-in', [
        paragraph(ctx.prose.inlines('report-category', { issues, ...category.counts })),
      ]),
    );
    for (const row of category.rows) out.push(...rowBlocks(ctx, row));
  }
  out.push(heading(1, [text(titles[2])]), ...shortfalls(ctx, ledger));
  out.push(heading(1, [text(titles[3])]));
  out.push(
    ...(report.nextSteps !== undefined
      ? ctx.markdown(report.nextSteps, ['report', 'nextSteps'])
      : ctx.prose.blocks('report-next', {
          issues,
          open: counts.total - counts.done,
          overdue: counts.overdue,
          done: counts.done,
        })),
  );
  out.push({ type: 'attachmentNote', titles: [ledgerName] });
  out.push(signature(plan, report.date));
  out.push({ type: 'pageBreak' });
  out.push({ type: 'attachmentHeading', label: '附件', lines: splitTitle(ledgerName) });
  out.push(ledgerTable(ledger));
  const record = colophon(report);
  if (record) out.push(record);
  return out;
}
