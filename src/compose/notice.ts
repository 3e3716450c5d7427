/**
 * The 印发通知 part: 版头 (份号/密级/紧急程度, red mark, 发文字号 with 签发人 for 上行文), title,
 * 主送, body, 署名 and 成文日期, 附注. The scheme it carries is not listed in its 附件说明: it
 * follows the notice as the document itself (seed 003), and only the plan's own attachments are
 * listed, under the scheme.
 */
import { formatDate } from '../plan/dates.js';
import type { Notice, Plan } from '../plan/types.generated.js';
import { splitTitle } from '../tree/title-lines.js';
import type { Block, Colophon, Signature } from '../tree/types.js';
import { versionHead } from './head.js';
import type { Context } from './context.js';
import { escapeMarkdown as line } from './prose/escape.js';

/** A title names the issuer, the matter and the kind (《党政机关公文处理工作条例》第九条). */
export const noticeTitle = (plan: Plan, notice: Notice): string =>
  notice.title ?? `${plan.issuers.map((issuer) => issuer.name).join('、')}关于印发《${plan.title}》的通知`;

/**
 * 主送 (7.3.2) ends with a full-width colon. Recipients are separated by 、; when one of them is
 * itself a list (各村党支部、村民委员会), the groups are separated by ， instead (gbt9704.md §3.9),
 * as seed 002 writes "各乡(镇)党委、人民政府，县扶贫开发领导小组各成员单位：".
 */
export function recipientsText(recipients: readonly string[]): string {
  const separator = recipients.some((recipient) => recipient.includes('、')) ? '，' : '、';
  return `${recipients.join(separator)}：`;
}

/** The plan's 署名 and 成文日期; other documents of the family sign on their own date. */
export function signature(plan: Plan, date: string = plan.date): Signature {
  return {
    type: 'signature',
    names: plan.signature?.names ?? plan.issuers.map((issuer) => issuer.name),
    date: formatDate(date),
    seal: plan.signature?.seal ?? true,
  };
}

export function noticeBlocks(ctx: Context, notice: Notice): Block[] {
  const { plan } = ctx;
  const out: Block[] = versionHead(plan.issuers, notice);
  out.push({ type: 'title', lines: splitTitle(noticeTitle(plan, notice)) });
  out.push({ type: 'recipients', text: recipientsText(notice.recipients) });
  out.push(
    ...(notice.body !== undefined
      ? ctx.markdown(notice.body, ['notice', 'body'])
      : ctx.prose.blocks('notice-body', {
          title: line(plan.title),
          approvedBy: line(notice.approvedBy ?? plan.issuers[0]?.name ?? ''),
        })),
  );
  out.push(signature(plan));
  if (plan.note !== undefined) out.push({ type: 'note', text: plan.note });
  return out;
}

/** 版记 (7.4): 抄送 separated by ， and closed by 。 (7.4.2); 印发 date formatted (the writer adds 印发). */
export function colophon(notice: Pick<Notice, 'copyTo' | 'printedBy' | 'printedOn'>): Colophon | undefined {
  const copyTo = notice.copyTo?.length ? `${notice.copyTo.join('，')}。` : null;
  const printedBy = notice.printedBy ?? null;
  const printedOn = notice.printedOn !== undefined ? formatDate(notice.printedOn) : null;
  if (copyTo === null && printedBy === null && printedOn === null) return undefined;
  return { type: 'colophon', copyTo, printedBy, printedOn };
}
