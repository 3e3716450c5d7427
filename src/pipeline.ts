/**
 * The one module that knows every stage: source → schema → plan (check), then compose → tree →
 * writers (build). Writers return bytes; only this module writes files, atomically.
 */
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { compose, type ComposeResult } from './compose/index.js';
import { loadTemplates } from './compose/prose/templates.js';
import { writeFileAtomic } from './io/atomic-write.js';
import { safeFileName } from './io/file-name.js';
import { writeDocx } from './writers/docx/index.js';
import { compareDiagnostics, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { loadFile, type Loaded } from './plan/load.js';
import { createRegistryLoader } from './plan/registry.js';
import { readSource } from './source/read.js';
import type { SourceFile } from './source/source-file.js';

export interface CheckResult {
  /** Every diagnostic of every file, sorted by file and place. */
  diagnostics: Diagnostic[];
  /** The files that were checked, in order. */
  files: string[];
  loaded: Loaded[];
  /** Registries that plans named and user templates with problems, for code frames. */
  sources: SourceFile[];
  /** The documents of every plan that passed its checks. */
  composed: ComposedPlan[];
}

const YAML_FILE = /\.ya?ml$/i;
const SKIPPED_DIRS = new Set(['node_modules', 'output', 'dist']);

export class UsageError extends Error {}

/** Expands files and folders into the YAML files to check; a path that does not exist is a usage error. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = async (path: string) => {
    const real = await realpath(path);
    if (seen.has(real)) return;
    seen.add(real);
    out.push(path);
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(path);
    if (info.isDirectory()) for (const file of await walk(path)) await add(file);
    else await add(path);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // Symlinked folders are not followed: a loop or a link out of the project must not be walked.
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) out.push(...(await walk(path)));
    else if (YAML_FILE.test(entry.name) && (entry.isFile() || (await isLinkToFile(path)))) out.push(path);
  }
  return out;
}

async function isLinkToFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ?? false;
}

export interface CheckOptions {
  /** A folder of the user's templates overriding bundled ones of the same name. */
  templatesDir?: string;
}

/** A plan that passed its checks, with the documents composed from it. */
export interface ComposedPlan {
  path: string;
  documents: ComposeResult['documents'];
  /** False when composing reported an error (raw HTML in prose, a template that fails). */
  ok: boolean;
}

/**
 * Loads and checks every file, then composes each clean plan with the templates: the problems
 * only composing can find (raw HTML in a Markdown field, a user template that fails) are part of
 * `check` too, so that `build` never reports what `check` passed.
 */
export async function checkFiles(files: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const registries = createRegistryLoader((path) => loadFile(path, registries, 'units'));
  const loaded: Loaded[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const result = await loadFile(file, registries);
    loaded.push(result);
    diagnostics.push(...result.diagnostics);
  }
  // A registry that was not among the checked files still reports its own problems, once.
  const checked = new Set(files.map((file) => relative(process.cwd(), file)));
  for (const [path, registry] of registries.loaded()) {
    if (!checked.has(relative(process.cwd(), path))) diagnostics.push(...registry.diagnostics);
  }
  const sources = [...registries.loaded().values()].flatMap((registry) =>
    registry.file ? [registry.file] : [],
  );

  const templates = await loadTemplates(options.templatesDir);
  diagnostics.push(...templates.diagnostics);
  // The user's templates that have problems, for code frames of their diagnostics.
  for (const path of new Set(templates.diagnostics.map((d) => d.file))) {
    const read = await readSource(path);
    if (read.ok) sources.push(read.file);
  }
  const composed: ComposedPlan[] = [];
  for (const plan of loaded) {
    if (plan.kind !== 'plan') continue;
    const result = compose(
      { plan: plan.plan, units: plan.units, file: plan.file, doc: plan.doc },
      templates.templates,
    );
    diagnostics.push(...result.diagnostics);
    composed.push({
      path: plan.file.path,
      documents: result.documents,
      ok: !hasErrors(result.diagnostics) && !hasErrors(templates.diagnostics),
    });
  }
  return { diagnostics: diagnostics.sort(compareDiagnostics), files: [...files], loaded, sources, composed };
}

export async function checkPaths(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  return checkFiles(await expandPaths(paths), options);
}

export interface BuildOptions extends CheckOptions {
  outDir: string;
}

export interface BuildResult extends CheckResult {
  written: { plan: string; path: string }[];
  /** Plans that were not built because they (or their documents) have errors. */
  skipped: string[];
}

/**
 * Checks every path, then writes the documents of each plan without errors under
 * `outDir/<plan file name>/`. A plan with an error gets nothing written: its documents are
 * rendered in memory first, and written only when all of them succeeded.
 */
export async function buildPaths(paths: readonly string[], options: BuildOptions): Promise<BuildResult> {
  const checked = await checkPaths(paths, options);
  const written: BuildResult['written'] = [];
  const built = new Set<string>();
  for (const plan of checked.composed) {
    if (!plan.ok) continue;
    const folder = join(options.outDir, safeFileName(basename(plan.path, extname(plan.path))));
    const files: { path: string; bytes: Uint8Array }[] = [];
    for (const document of plan.documents) {
      files.push({
        path: join(folder, `${safeFileName(document.tree.meta.title)}.docx`),
        bytes: await writeDocx(document.tree),
      });
    }
    await mkdir(folder, { recursive: true });
    for (const file of files) {
      await writeFileAtomic(file.path, file.bytes);
      written.push({ plan: plan.path, path: file.path });
    }
    built.add(plan.path);
  }
  // Every file that is not a units registry and was not built had errors.
  const skipped = checked.loaded.flatMap((loaded) =>
    loaded.kind === 'units' || !loaded.file || built.has(loaded.file.path) ? [] : [loaded.file.path],
  );
  return { ...checked, written, skipped };
}
