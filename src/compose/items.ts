/**
 * Checklist items (检查内容/工作事项): each a run-in heading one level below its section, its title
 * (①教育方面。) then its text, ended by the unit and deadline annotation (seed 001:
 * 【责任单位：乡学区、原扶贫办、各村(社区)】).
 */
import type { Item } from '../plan/types.generated.js';
import type { Path } from '../source/locate.js';
import { text } from '../tree/inlines.js';
import type { Block } from '../tree/types.js';
import type { Context } from './context.js';
import { appendToLast, headed } from './flow.js';

export function itemBlocks(ctx: Context, items: readonly Item[], path: Path, depth: number): Block[] {
  return items.flatMap((item, i) => {
    let content = ctx.markdown(item.text, [...path, i, 'text']);
    if (item.lead?.length || item.responsible?.length || item.support?.length || item.deadline !== undefined)
      content = appendToLast(
        content,
        ctx.prose.inlines('item-units', {
          lead: item.lead ?? null,
          responsible: item.responsible ?? null,
          support: item.support ?? null,
          deadline: item.deadline ?? null,
        }),
      );
    return headed(depth, item.title ? [text(item.title)] : [], 'run-in', content);
  });
}
