/**
 * Field titles for the diff, read from the plan schema (the titles editors show on hover), so that
 * the diff calls a field what the reference and the diagnostics call it: an issue's deadline is
 * 整改时限, an item's 时限, a measure's 措施时限.
 */
import { fieldAt } from '../plan/schema-nav.js';
import { loadSchemas } from '../plan/schemas.js';
import type { Path } from '../source/locate.js';
import type { EntityKind } from './types.js';

/** Where an entity of each kind sits in the schema; any index does. */
export const ENTITY_SCHEMA_PATH: Record<EntityKind, Path> = {
  plan: [],
  section: ['sections', 0],
  item: ['sections', 0, 'items', 0],
  issueGroup: ['issues', 0],
  issue: ['issues', 0, 'items', 0],
  measure: ['issues', 0, 'items', 0, 'measures', 0],
  phase: ['phases', 0],
  target: ['targets', 0],
  attachment: ['attachments', 0],
};

const cache = new Map<string, string>();

/** The schema title at `path` (under the plan schema), or `fallback` when it has none. */
export function schemaTitle(path: Path, fallback: string): string {
  const key = JSON.stringify(path);
  let title = cache.get(key);
  if (title === undefined) {
    const schemas = loadSchemas();
    title = fieldAt(schemas, schemas.plan, path)?.title ?? fallback;
    cache.set(key, title);
  }
  return title;
}

/**
 * A plan-level field nested in an object is named with its parent (印发通知·发文字号, 整改报告·成文日期):
 * both have a 发文字号. A parenthesised gloss on the parent's title (组织领导（领导小组）) is dropped.
 */
export function planFieldTitle(path: readonly string[]): string {
  const own = schemaTitle(path, path.join('.'));
  if (path.length < 2) return own;
  const parent = schemaTitle(path.slice(0, -1), '').replace(/（[^（）]*）$/, '');
  return parent ? `${parent}·${own}` : own;
}
