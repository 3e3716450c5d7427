/**
 * The diff as JSON for machines (the redline writer, CI bots): the PlanDiff value itself, two-space
 * indented, one trailing newline. Nothing is elided or escaped here: consumers get the full texts.
 */
import type { PlanDiff } from './types.js';

export function formatJson(diff: PlanDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
