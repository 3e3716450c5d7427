/**
 * `include:` puts the plan's structured content into a section, one level below it. One handler per
 * kind; each appends to the section's blocks (contacts may continue its last sentence).
 */
import type { Section } from '../../plan/types.generated.js';
import type { Block } from '../../tree/types.js';
import type { Context } from '../context.js';
import { contactsInclude } from './contacts.js';
import { issuesInclude, measuresInclude, problemsInclude } from './issues.js';
import { organizationInclude } from './organization.js';
import { phasesInclude } from './phases.js';
import { targetsInclude } from './targets.js';

export type Include = NonNullable<Section['include']>;
export type IncludeHandler = (ctx: Context, depth: number, out: Block[]) => void;

const handlers: Record<Include, IncludeHandler> = {
  targets: targetsInclude,
  organization: organizationInclude,
  phases: phasesInclude,
  problems: problemsInclude,
  measures: measuresInclude,
  issues: issuesInclude,
  contacts: contactsInclude,
};

export function includeBlocks(ctx: Context, include: Include, depth: number, out: Block[]): void {
  ctx.included.add(include);
  handlers[include](ctx, depth, out);
}
