/**
 * Attachment pages (7.3.7): each attachment starts a new page with its label and title, numbered
 * as in the 附件说明; a single attachment is 附件 without a number. An attachment without content
 * still gets its page (label and title), so that every entry of the 附件说明 can be found and the
 * form can be printed or pasted there.
 */
import { splitTitle } from '../tree/title-lines.js';
import type { Block } from '../tree/types.js';
import type { Context } from './context.js';

export function attachmentPages(ctx: Context): Block[] {
  const attachments = ctx.plan.attachments ?? [];
  return attachments.flatMap((attachment, i): Block[] => [
    { type: 'pageBreak' },
    {
      type: 'attachmentHeading',
      label: attachments.length === 1 ? '附件' : `附件${i + 1}`,
      lines: splitTitle(attachment.title),
    },
    ...(attachment.content === undefined
      ? []
      : ctx.markdown(attachment.content, ['attachments', i, 'content'])),
  ]);
}
