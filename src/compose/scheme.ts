/**
 * The scheme itself: title, opening paragraph, numbered sections, the contacts line (unless a
 * section already included them), and the 附件说明 of the plan's attachments (7.3.4).
 */
import { splitTitle } from '../tree/title-lines.js';
import type { Block } from '../tree/types.js';
import { paragraph } from '../tree/build.js';
import type { Context } from './context.js';
import { contactsInlines } from './includes/contacts.js';
import { escapeMarkdown as line } from './prose/escape.js';
import { sectionBlocks } from './sections.js';

/** The plan's preamble; or, when it has none but cites a basis, 根据《…》（…）精神，结合实际，制定本方案。 */
function preamble(ctx: Context): Block[] {
  const { plan } = ctx;
  if (plan.preamble !== undefined) return ctx.markdown(plan.preamble, ['preamble']);
  if (!plan.basis?.length) return [];
  return ctx.prose.blocks('preamble', {
    basis: plan.basis.map((citation) => ({
      title: line(citation.title),
      number: citation.number !== undefined ? line(citation.number) : null,
    })),
  });
}

export function schemeBlocks(ctx: Context): Block[] {
  const { plan } = ctx;
  const out: Block[] = [{ type: 'title', lines: splitTitle(plan.title) }, ...preamble(ctx)];
  plan.sections.forEach((section, i) => out.push(...sectionBlocks(ctx, section, ['sections', i], 1)));
  if (plan.contacts?.length && !ctx.included.has('contacts'))
    out.push(paragraph(contactsInlines(ctx, false)));
  if (plan.attachments?.length)
    out.push({ type: 'attachmentNote', titles: plan.attachments.map((attachment) => attachment.title) });
  return out;
}
