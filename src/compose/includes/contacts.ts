/**
 * Contacts (联系人). Where the section's text ends by announcing them ("工作联系人："), they continue
 * that sentence; otherwise they are a paragraph of their own beginning with 联系人：.
 */
import { paragraph } from '../../tree/build.js';
import { normalizeInlines, plainText } from '../../tree/inlines.js';
import type { Block, Inline } from '../../tree/types.js';
import type { Context } from '../context.js';
import { escapeMarkdown as line } from '../prose/escape.js';
import type { IncludeHandler } from './index.js';

const ANNOUNCES = /[：:]$/u;

export function contactsInlines(ctx: Context, continued: boolean): Inline[] {
  return ctx.prose.inlines('contacts', {
    contacts: (ctx.plan.contacts ?? []).map((contact) => ({
      name: line(contact.name),
      phone: line(contact.phone),
      unit: contact.unit ?? null,
    })),
    continued,
  });
}

/** The inlines of the last block that contacts could continue, if it announces them. */
function announcing(block: Block | undefined): Inline[] | undefined {
  if (block?.type === 'paragraph')
    return ANNOUNCES.test(plainText(block.children)) ? block.children : undefined;
  if (block?.type === 'heading' && block.form === 'run-in')
    return ANNOUNCES.test(plainText(block.body)) ? block.body : undefined;
  return undefined;
}

export const contactsInclude: IncludeHandler = (ctx, _depth, out) => {
  const last = out.at(-1);
  const lead = announcing(last);
  if (!lead || !last) {
    out.push(paragraph(contactsInlines(ctx, false)));
    return;
  }
  const joined = normalizeInlines([...lead, ...contactsInlines(ctx, true)]);
  if (last.type === 'heading') out[out.length - 1] = { ...last, body: joined };
  else if (last.type === 'paragraph') out[out.length - 1] = { ...last, children: joined };
};
