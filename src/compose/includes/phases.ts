/**
 * Phases (方法步骤): each a run-in heading with its window, as seed 001 prints them
 * ("（一）全面排查摸底（9月26日前）。…"), its tasks, its owners, and its items one level below.
 */
import type { IncludeHandler } from './index.js';
import { appendToLast, headed } from '../flow.js';
import { itemBlocks } from '../items.js';
import { escapeMarkdown as line } from '../prose/escape.js';

export const phasesInclude: IncludeHandler = (ctx, depth, out) => {
  ctx.plan.phases?.forEach((phase, i) => {
    const at = ['phases', i];
    const title = ctx.prose.inlines('phase-heading', { name: line(phase.name), window: phase.window });
    let content = phase.text !== undefined ? ctx.markdown(phase.text, [...at, 'text']) : [];
    if (phase.owners?.length)
      content = appendToLast(content, ctx.prose.inlines('phase-units', { owners: phase.owners }));
    out.push(...headed(depth, title, 'run-in', content));
    if (phase.items) out.push(...itemBlocks(ctx, phase.items, [...at, 'items'], depth + 1));
  });
};
