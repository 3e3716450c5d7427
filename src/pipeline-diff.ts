/**
 * The pipeline of `gongwen diff` (issue 6): each side of the comparison — a plan file, or a plan at
 * a git revision — is loaded through the same loader as `check`, then compared with diffPlans. A
 * revision's plan and the registry it names are written to a private temporary folder at their
 * repository paths (no checkout, the working tree untouched) and loaded from there; diagnostics
 * name them as REV:path.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { diffPlans, type PlanDiff } from './diff/index.js';
import { loadFile, type Loaded } from './plan/load.js';
import { createRegistryLoader } from './plan/registry.js';
import { showFile } from './source/git.js';
import { parseYaml } from './source/parse-yaml.js';
import { createSourceFile, type SourceFile } from './source/source-file.js';

/** One side of the comparison for one plan. */
export type Side =
  { kind: 'file'; path: string } | { kind: 'revision'; root: string; revision: string; path: string };

export type LoadedPlan = Extract<Loaded, { kind: 'plan' }>;

export interface Version {
  /** How diagnostics and output name it: the file path, or REV:path. */
  label: string;
  /** Undefined when the side has no such file (a plan added or removed between the revisions). */
  plan?: LoadedPlan;
  diagnostics: Diagnostic[];
  sources: SourceFile[];
  /** A units registry, not a plan: nothing to compare. */
  registry?: boolean;
}

const labelOf = (side: Side) => (side.kind === 'file' ? side.path : `${side.revision}:${side.path}`);

let sideCount = 0;

/** Loads one side; a revision's files go to `scratch`, which the caller removes. */
export async function loadSide(side: Side, scratch: string): Promise<Version> {
  const label = labelOf(side);
  let path = side.path;
  let rename = (p: string) => p;
  // A plan deleted from the working tree is a removed plan, as between two revisions.
  if (side.kind === 'file' && !existsSync(side.path)) return { label, diagnostics: [], sources: [] };
  if (side.kind === 'revision') {
    const text = await showFile(side.root, side.revision, side.path);
    if (text === undefined) return { label, diagnostics: [], sources: [] };
    const base = join(scratch, String(++sideCount));
    path = join(base, ...side.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    // The registry it names, from the same revision, at its place beside the plan.
    const registry = registryOf(text);
    if (registry !== undefined) {
      const at = posix.normalize(posix.join(posix.dirname(side.path), registry));
      const registryText = at.startsWith('..') ? undefined : await showFile(side.root, side.revision, at);
      if (registryText !== undefined) {
        const target = join(base, ...at.split('/'));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, registryText);
      }
    }
    rename = (p) =>
      p.startsWith(base)
        ? `${side.revision}:${p
            .slice(base.length + 1)
            .split(/[\\/]/)
            .join('/')}`
        : p;
  }
  const registries = createRegistryLoader((p) => loadFile(p, registries, 'units'));
  const loaded = await loadFile(path, registries);
  const diagnostics = [...loaded.diagnostics];
  for (const [, registry] of registries.loaded()) diagnostics.push(...registry.diagnostics);
  const sources = [loaded.file, ...[...registries.loaded().values()].map((r) => r.file)].flatMap((f) =>
    f ? [{ ...f, path: rename(f.path) }] : [],
  );
  const named = diagnostics.map((d) => ({ ...d, file: rename(d.file) }));
  if (loaded.kind === 'units') return { label, diagnostics: named, sources, registry: true };
  return loaded.kind === 'plan'
    ? { label, plan: loaded, diagnostics: named, sources }
    : { label, diagnostics: named, sources };
}

/** The `registry:` a plan names, read leniently: the loader reports what is wrong with the file. */
function registryOf(text: string): string | undefined {
  // The hardened parser (no aliases, tags or deep nesting): the text comes from any commit.
  const parsed = parseYaml(createSourceFile('registry-probe.yaml', text));
  if (!parsed.usable) return undefined;
  const value: unknown = parsed.doc.toJS({ maxAliasCount: 0 });
  const registry = (value as { registry?: unknown } | null)?.registry;
  return typeof registry === 'string' ? registry : undefined;
}

export interface PlanComparison {
  /** The NEW side's label (the OLD's when the plan was removed). */
  path: string;
  /** Where the NEW version was read from (the redline signs with its commit). */
  newSide: Side;
  old: Version;
  new: Version;
  /** Absent when a side could not be loaded, or the plan exists on one side only. */
  diff?: PlanDiff;
  /** `missing`: neither version has the file (a mistyped path). */
  status: 'compared' | 'added' | 'removed' | 'invalid' | 'registry' | 'missing';
}

export async function comparePlans(pairs: readonly { old: Side; new: Side }[]): Promise<PlanComparison[]> {
  const scratch = await mkdtemp(join(tmpdir(), 'gongwen-diff-'));
  try {
    const out: PlanComparison[] = [];
    for (const pair of pairs) {
      const [older, newer] = [await loadSide(pair.old, scratch), await loadSide(pair.new, scratch)];
      const path = newer.plan || newer.diagnostics.length ? newer.label : older.label;
      const newSide = pair.new;
      const invalid = [older, newer].some((v) => v.diagnostics.some((d) => d.severity === 'error'));
      if (older.registry || newer.registry)
        out.push({ path, newSide, old: older, new: newer, status: 'registry' });
      else if (invalid) out.push({ path, newSide, old: older, new: newer, status: 'invalid' });
      else if (!older.plan && newer.plan)
        out.push({ path, newSide, old: older, new: newer, status: 'added' });
      else if (older.plan && !newer.plan)
        out.push({ path, newSide, old: older, new: newer, status: 'removed' });
      else if (!older.plan && !newer.plan)
        out.push({ path: older.label, newSide, old: older, new: newer, status: 'missing' });
      else if (older.plan && newer.plan)
        out.push({
          path,
          newSide,
          old: older,
          new: newer,
          diff: diffPlans(older.plan, newer.plan),
          status: 'compared',
        });
    }
    return out;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
