/**
 * The one module that knows every stage. Today: source → schema → plan (check). Later issues add
 * compose → tree → writers behind the same entry points.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compareDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { loadFile, type Loaded } from './plan/load.js';
import { createRegistryLoader } from './plan/registry.js';
import type { SourceFile } from './source/source-file.js';

export interface CheckResult {
  /** Every diagnostic of every file, sorted by file and place. */
  diagnostics: Diagnostic[];
  /** The files that were checked, in order. */
  files: string[];
  loaded: Loaded[];
  /** Registries that plans named, for code frames of their diagnostics. */
  sources: SourceFile[];
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

export async function checkFiles(files: readonly string[]): Promise<CheckResult> {
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
  return { diagnostics: diagnostics.sort(compareDiagnostics), files: [...files], loaded, sources };
}

export async function checkPaths(paths: readonly string[]): Promise<CheckResult> {
  return checkFiles(await expandPaths(paths));
}
