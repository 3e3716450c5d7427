/**
 * The document structure a plan implies: no empty sections, at most five levels of numbering
 * (一、（一）1.（1）①, GB/T 9704 7.3.3 plus the customary ①), includes that have content.
 */
import type { Section } from '../types.generated.js';
import { sections } from '../walk.js';
import { report, type Check } from './context.js';

export const MAX_LEVELS = 5;

/** Which top-level key each `include` renders, and how many levels it adds below the section. */
const INCLUDES: Record<NonNullable<Section['include']>, { key: string; levels: number }> = {
  targets: { key: 'targets', levels: 1 },
  organization: { key: 'organization', levels: 1 },
  phases: { key: 'phases', levels: 2 },
  problems: { key: 'issues', levels: 2 },
  measures: { key: 'issues', levels: 2 },
  issues: { key: 'issues', levels: 2 },
  contacts: { key: 'contacts', levels: 1 },
};

export const checkStructure: Check = (context) => {
  const { plan } = context;
  const included = new Set<string>();
  for (const { value: section, path, depth } of sections(plan)) {
    const hasContent =
      section.text !== undefined ||
      section.points !== undefined ||
      section.items !== undefined ||
      section.include !== undefined ||
      section.sections !== undefined;
    if (!hasContent)
      report(context, 'plan/empty-section', [...path, 'title'], { title: String(section.title ?? '') });

    if (depth > MAX_LEVELS) {
      report(context, 'plan/too-deep', [...path], { depth }, { key: 'title' });
    } else if (Array.isArray(section.items) && depth + 1 > MAX_LEVELS) {
      report(context, 'plan/too-deep', [...path], { depth: depth + 1 }, { key: 'items' });
    }

    const include = section.include;
    const spec = include ? INCLUDES[include] : undefined;
    if (!include || !spec) continue;
    const value = (plan as unknown as Record<string, unknown>)[spec.key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      report(context, 'plan/include-missing', [...path, 'include'], { include, key: spec.key });
    } else if (depth + spec.levels > MAX_LEVELS) {
      report(context, 'plan/too-deep', [...path, 'include'], { depth: depth + spec.levels });
    }
    if (included.has(include)) report(context, 'plan/include-twice', [...path, 'include'], { include });
    included.add(include);
  }
  if (plan.kind === 'rectification' && !plan.issues)
    report(context, 'plan/issues-required', [], {}, { key: 'kind' });
};
