/**
 * Sections → numbered headings, one level per nesting level. A section's text follows its heading
 * (or runs into it); its points continue the last paragraph of the text as 一是……；二是……。 (seed
 * 002: "（一）端正思想认识……。一是……"); then its items, its included content, its sub-sections.
 */
import type { Section } from '../plan/types.generated.js';
import type { Path } from '../source/locate.js';
import { text } from '../tree/inlines.js';
import type { Block } from '../tree/types.js';
import type { Context } from './context.js';
import { appendToLast, enumerate, headed, inlinesOf } from './flow.js';
import { includeBlocks } from './includes/index.js';
import { itemBlocks } from './items.js';

export function sectionBlocks(ctx: Context, section: Section, path: Path, depth: number): Block[] {
  let content = section.text !== undefined ? ctx.markdown(section.text, [...path, 'text']) : [];
  if (section.points?.length)
    content = appendToLast(
      content,
      enumerate(section.points.map((point, i) => inlinesOf(ctx.markdown(point, [...path, 'points', i])))),
    );
  const out = headed(depth, [text(section.title)], section.heading ?? 'standalone', content);
  if (section.items) out.push(...itemBlocks(ctx, section.items, [...path, 'items'], depth + 1));
  if (section.include) includeBlocks(ctx, section.include, depth + 1, out);
  section.sections?.forEach((child, i) =>
    out.push(...sectionBlocks(ctx, child, [...path, 'sections', i], depth + 1)),
  );
  return out;
}
