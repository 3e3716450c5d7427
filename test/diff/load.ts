/** Loads a plan through the real loader (schema, checks, units) for the diff tests. */
import { join } from 'node:path';
import { loadFile } from '../../src/plan/load.js';
import { createRegistryLoader } from '../../src/plan/registry.js';
import type { DiffInput } from '../../src/diff/types.js';
import { repoRoot } from '../helpers/diagnostics.js';

export const diffFixtures = join(repoRoot, 'test', 'fixtures', 'diff');

export async function loadPlan(path: string): Promise<DiffInput> {
  const registries = createRegistryLoader((file) => loadFile(file, registries, 'units'));
  const loaded = await loadFile(path, registries);
  if (loaded.kind !== 'plan')
    throw new Error(`${path} did not load: ${loaded.diagnostics.map((d) => d.code).join(', ')}`);
  const problems = loaded.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.column}`);
  if (problems.length > 0) throw new Error(`${path}: ${problems.join('; ')}`);
  return { plan: loaded.plan, units: loaded.units };
}
