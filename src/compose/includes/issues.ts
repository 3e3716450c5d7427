/**
 * The issue list (问题清单), in the three ways a rectification scheme shows it (seed 002):
 * problems — each category a heading, its problems numbered below (三、存在的主要问题);
 * measures — each category with its measures as 一是……二是…… and the issue's annotation
 *   （牵头部门：…；责任单位：…；整改时限：…） (四、整改落实措施); a category with one issue is a
 *   single run-in heading, as in the seed;
 * issues — 反馈问题 / 整改措施 / 责任领导、牵头单位、责任单位、整改时限 per issue (the seed's
 *   second part), numbered when a category has several.
 */
import { formatDeadline, yearOf } from '../../plan/dates.js';
import type { Issue } from '../../plan/types.generated.js';
import type { Path } from '../../source/locate.js';
import { depthOf, heading, paragraph } from '../../tree/build.js';
import { text } from '../../tree/inlines.js';
import type { Inline } from '../../tree/types.js';
import type { Context } from '../context.js';
import { closed, enumerate, headed, openEnded } from '../flow.js';
import { Slots } from '../prose/slots.js';
import type { IncludeHandler } from './index.js';
import { personValue } from './people.js';

/** 一是……；二是……。 with a measure's own time limit where it differs from the issue's. */
function measuresOf(ctx: Context, issue: Issue, path: Path): Inline[] {
  const year = yearOf(ctx.plan.date);
  return enumerate(
    issue.measures.map((measure, m) => {
      const slots = new Slots();
      // Compared as printed: {from, to} written in either key order is the same time limit.
      const own =
        measure.deadline !== undefined &&
        formatDeadline(measure.deadline, year) !== formatDeadline(issue.deadline, year);
      return ctx.prose.inlines(
        'measure',
        {
          text: slots.put(openEnded(ctx.markdown(measure.text, [...path, 'measures', m, 'text']))),
          deadline: own ? measure.deadline : null,
        },
        slots,
      );
    }),
  );
}

const roles = (issue: Issue) => ({
  lead: issue.lead ?? null,
  responsible: issue.responsible ?? null,
  support: issue.support ?? null,
  deadline: issue.deadline,
});

const groups = (ctx: Context) =>
  (ctx.plan.issues ?? []).map((group, g) => ({ group, path: ['issues', g, 'items'] }));

export const problemsInclude: IncludeHandler = (ctx, depth, out) => {
  for (const { group, path } of groups(ctx)) {
    out.push(heading(depthOf(depth), [text(group.category)]));
    group.items.forEach((issue, i) => {
      out.push(
        ...headed(depth + 1, [], 'run-in', closed(ctx.markdown(issue.problem, [...path, i, 'problem']))),
      );
    });
  }
};

export const measuresInclude: IncludeHandler = (ctx, depth, out) => {
  for (const { group, path } of groups(ctx)) {
    const bodies = group.items.map((issue, i) => [
      ...measuresOf(ctx, issue, [...path, i]),
      ...ctx.prose.inlines('issue-units', roles(issue)),
    ]);
    if (bodies.length === 1) {
      out.push(...headed(depth, [text(group.category)], 'run-in', [paragraph(bodies[0]!)]));
      continue;
    }
    out.push(heading(depthOf(depth), [text(group.category)]));
    for (const body of bodies) out.push(...headed(depth + 1, [], 'run-in', [paragraph(body)]));
  }
};

export const issuesInclude: IncludeHandler = (ctx, depth, out) => {
  for (const { group, path } of groups(ctx)) {
    out.push(heading(depthOf(depth), [text(group.category)]));
    group.items.forEach((issue, i) => {
      const at = [...path, i];
      const slots = new Slots();
      const blocks = ctx.prose.blocks(
        'issue',
        {
          problem: slots.put(ctx.markdown(issue.problem, [...at, 'problem'])),
          measures: slots.put([paragraph(measuresOf(ctx, issue, at))]),
          leader: issue.leader ? personValue(issue.leader) : null,
          ...roles(issue),
        },
        slots,
      );
      out.push(...(group.items.length > 1 ? headed(depth + 1, [], 'run-in', blocks) : blocks));
    });
  }
};
