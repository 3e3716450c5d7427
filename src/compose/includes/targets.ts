/** Targets (目标指标): one numbered paragraph each, ending with a full stop. */
import { depthOf, heading } from '../../tree/build.js';
import { endSentence } from '../../tree/inlines.js';
import type { IncludeHandler } from './index.js';
import { escapeMarkdown as line } from '../prose/escape.js';
import { Slots } from '../prose/slots.js';

export const targetsInclude: IncludeHandler = (ctx, depth, out) => {
  ctx.plan.targets?.forEach((target, i) => {
    const slots = new Slots();
    const body = ctx.prose.inlines(
      'target',
      {
        text: slots.put(ctx.markdown(target.text, ['targets', i, 'text'])),
        indicator: target.indicator !== undefined ? line(target.indicator) : null,
        comparator: target.comparator ?? null,
        value: target.value ?? null,
        unit: target.unit !== undefined ? line(target.unit) : null,
      },
      slots,
    );
    out.push(heading(depthOf(depth), [], 'run-in', endSentence(body)));
  });
};
