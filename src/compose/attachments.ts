/**
 * Attachment pages (7.3.7): each attachment with content starts a new page with its label and
 * title. Labels follow the 附件说明's numbering, so an attachment listed without content still
 * counts (附件1, 附件3 when 附件2 is only listed); a single attachment is 附件 without a number.
 */
import { splitTitle } from '../tree/title-lines.js';
import type { Block } from '../tree/types.js';
import type { Context } from './context.js';

export function attachmentPages(ctx: Context): Block[] {
  const attachments = ctx.plan.attachments ?? [];
  return attachments.flatMap((attachment, i): Block[] =>
    attachment.content === undefined
      ? []
      : [
          { type: 'pageBreak' },
          {
            type: 'attachmentHeading',
            label: attachments.length === 1 ? '附件' : `附件${i + 1}`,
            lines: splitTitle(attachment.title),
          },
          ...ctx.markdown(attachment.content, ['attachments', i, 'content']),
        ],
  );
}
