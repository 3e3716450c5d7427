/**
 * The leading group (组织领导): 组长、副组长、成员 and 成员单位 one paragraph each, the plan's
 * own words about the group, then its office (…下设办公室，办公室设在…). There is no opening
 * "组成人员如下" line: the section's text introduces the group in its own words.
 */
import type { IncludeHandler } from './index.js';
import { openEnded } from '../flow.js';
import { escapeMarkdown as line } from '../prose/escape.js';
import { Slots } from '../prose/slots.js';
import { personValue } from './people.js';

export const organizationInclude: IncludeHandler = (ctx, _depth, out) => {
  const org = ctx.plan.organization;
  if (!org) return;
  const slots = new Slots();
  const office = org.office;
  const context = {
    name: line(org.name),
    text: org.text !== undefined ? slots.put(ctx.markdown(org.text, ['organization', 'text'])) : null,
    heads: (org.heads ?? []).map(personValue),
    deputies: (org.deputies ?? []).map(personValue),
    members: (org.members ?? []).map(personValue),
    memberUnits: org.memberUnits ?? null,
    office: office
      ? {
          unit: office.unit,
          director: office.director ? personValue(office.director) : null,
          // The template continues the duties with its own full stop.
          duties:
            office.duties !== undefined
              ? slots.put(openEnded(ctx.markdown(office.duties, ['organization', 'office', 'duties'])))
              : null,
        }
      : null,
  };
  out.push(...ctx.prose.blocks('organization', context, slots));
};
