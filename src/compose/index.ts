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
import { createContext, type ComposeInput } from './context.js';
import { colophon, noticeBlocks, noticeTitle, signature } from './notice.js';
import type { TemplateSet } from './prose/templates.js';
import { schemeBlocks } from './scheme.js';

export type { ComposeInput } from './context.js';

export interface ComposedDocument {
  /** Output base name without extension: 印发通知 or 工作方案. */
  name: string;
  tree: DocumentTree;
}

export interface ComposeResult {
  documents: ComposedDocument[];
  diagnostics: Diagnostic[];
}

export const NOTICE_DOCUMENT = '印发通知';
export const SCHEME_DOCUMENT = '工作方案';

export function compose(input: ComposeInput, templates: TemplateSet): ComposeResult {
  const ctx = createContext(input, templates);
  const { plan } = ctx;
  const author = plan.issuers.map((issuer) => issuer.name).join('、');
  const scheme = schemeBlocks(ctx);
  const attachments = attachmentPages(ctx);
  const documents: ComposedDocument[] = [];
  const tree = (kind: string, title: string, children: Block[]) =>
    numberTree(documentTree(kind, { title, date: plan.date, author }, structuredClone(children)));

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
  return { documents, diagnostics: ctx.diagnostics };
}
