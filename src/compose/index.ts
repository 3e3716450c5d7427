/**
 * Plan → document trees. A plan with a notice gives two documents: 印发通知 (the notice, then the
 * scheme on a new page, its attachments, the 版记 last) and 工作方案 (the scheme and attachments
 * alone, exactly as they stand under the notice: the notice carries the signature and date, so a
 * standalone copy has none, like the scheme pages of seed 003). A plan without a notice gives
 * 工作方案 only, signed and dated itself (seed 001). Names are stable output base names; the build
 * puts them in a folder named after the plan file. Deterministic: no clock, no randomness.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { documentTree } from '../tree/build.js';
import { numberTree } from '../tree/numbering.js';
import type { Block, DocumentTree } from '../tree/types.js';
import { attachmentPages } from './attachments.js';
import { createContext, type ComposeInput, type Context } from './context.js';
import { ledgerTitle, reportTitle, responsibilitiesTitle } from './family-titles.js';
import { ledgerBlocks } from './ledger.js';
import { reminderBlocks } from './reminder.js';
import { reportBlocks } from './report.js';
import { responsibilitiesBlocks } from './responsibilities.js';
import { resolveAsOf, type AsOf } from '../tracking/as-of.js';
import { statusFindings } from '../tracking/checks.js';
import { reminders, responsibilities } from '../tracking/owners.js';
import { buildLedger } from '../tracking/track.js';
import type { Ledger } from '../tracking/types.js';
import { colophon, noticeBlocks, noticeTitle, signature } from './notice.js';
import type { TemplateSet } from './prose/templates.js';
import { schemeBlocks } from './scheme.js';

export type { ComposeInput } from './context.js';

export interface ComposedDocument {
  /** A stable name within the plan (golden files): 印发通知, 工作方案, 台账, 责任清单, 督办通知-<unit>, 报告. */
  name: string;
  tree: DocumentTree;
  /** The ledger's rows, for its XLSX beside the DOCX (the ledger document only). */
  ledger?: Ledger;
}

export interface ComposeResult {
  documents: ComposedDocument[];
  diagnostics: Diagnostic[];
  /** The day statuses were read for, and where it came from (absent: the plan tracks nothing). */
  asOf?: AsOf;
}

export interface ComposeOptions {
  /** `--as-of`: read statuses for this ISO date instead of the report's (issue 5). */
  asOf?: string;
}

/** The document kinds `build --only` selects (tree.kind). */
export const DOCUMENT_KINDS = [
  'notice',
  'scheme',
  'ledger',
  'responsibilities',
  'reminder',
  'report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const NOTICE_DOCUMENT = '印发通知';
export const SCHEME_DOCUMENT = '工作方案';
export const LEDGER_DOCUMENT = '台账';
export const RESPONSIBILITIES_DOCUMENT = '责任清单';
/** One per unit: 督办通知-<unit id>. */
export const REMINDER_DOCUMENT = '督办通知';
export const REPORT_DOCUMENT = '报告';

export function compose(
  input: ComposeInput,
  templates: TemplateSet,
  options: ComposeOptions = {},
): ComposeResult {
  const ctx = createContext(input, templates);
  const { plan } = ctx;
  const author = plan.issuers.map((issuer) => issuer.name).join('、');
  const scheme = schemeBlocks(ctx);
  const attachments = attachmentPages(ctx);
  const documents: ComposedDocument[] = [];
  const tree = (kind: DocumentKind, title: string, children: Block[], date = plan.date) =>
    numberTree(documentTree(kind, { title, date, author }, structuredClone(children)));

  if (plan.notice) {
    const notice = noticeBlocks(ctx, plan.notice);
    const record = colophon(plan.notice);
    documents.push({
      name: NOTICE_DOCUMENT,
      tree: tree('notice', noticeTitle(plan, plan.notice), [
        ...notice,
        { type: 'pageBreak' },
        ...scheme,
        ...attachments,
        ...(record ? [record] : []),
      ]),
    });
    documents.push({ name: SCHEME_DOCUMENT, tree: tree('scheme', plan.title, [...scheme, ...attachments]) });
  } else {
    const note: Block[] = plan.note !== undefined ? [{ type: 'note', text: plan.note }] : [];
    documents.push({
      name: SCHEME_DOCUMENT,
      tree: tree('scheme', plan.title, [...scheme, signature(plan), ...note, ...attachments]),
    });
  }
  const tracked = trackingDocuments(ctx, options, tree);
  documents.push(...tracked.documents);
  return { documents, diagnostics: ctx.diagnostics, ...(tracked.asOf ? { asOf: tracked.asOf } : {}) };
}

/**
 * The documents read from the plan's statuses, all from one ledger (issue 5): the ledger itself,
 * the responsibility list, a reminder per unit with overdue rows, and the report when the plan
 * has one. A plan that tracks nothing (no issues, no dated items) has none of them.
 */
function trackingDocuments(
  ctx: Context,
  options: ComposeOptions,
  tree: (kind: DocumentKind, title: string, children: Block[], date?: string) => DocumentTree,
): { documents: ComposedDocument[]; asOf?: AsOf } {
  const { plan } = ctx;
  const asOf = resolveAsOf(plan, options.asOf);
  const ledger = buildLedger(plan, ctx.units, asOf.date, ctx.plain);
  for (const finding of statusFindings(plan, ledger, asOf))
    ctx.report(finding.code, finding.path, finding.params);
  if (!ledger) return { documents: [] };
  const order = [...ctx.units.keys()];
  const documents: ComposedDocument[] = [];
  const ledgerName = ledgerTitle(plan, ledger.kind);
  documents.push({
    name: LEDGER_DOCUMENT,
    tree: tree('ledger', ledgerName, ledgerBlocks(ledgerName, ledger), asOf.date),
    ledger,
  });
  const duties = responsibilities(ledger, order);
  if (duties.length > 0) {
    const title = responsibilitiesTitle(plan);
    documents.push({
      name: RESPONSIBILITIES_DOCUMENT,
      tree: tree('responsibilities', title, responsibilitiesBlocks(ctx, title, ledger, duties), asOf.date),
    });
  }
  reminders(ledger, order).forEach((reminder, i) => {
    const blocks = reminderBlocks(ctx, ledger, reminder, i);
    const title = blocks.find((block) => block.type === 'title')!.lines.join('');
    documents.push({
      name: `${REMINDER_DOCUMENT}-${reminder.unit}`,
      tree: tree('reminder', title, blocks, plan.reminders?.date ?? asOf.date),
    });
  });
  if (plan.report) {
    const title = reportTitle(plan);
    documents.push({
      name: REPORT_DOCUMENT,
      tree: tree(
        'report',
        title,
        reportBlocks(ctx, plan.report, title, ledger, ledgerName),
        plan.report.date,
      ),
    });
  }
  return { documents, asOf };
}
