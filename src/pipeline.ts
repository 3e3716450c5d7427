/**
 * The one module that knows every stage: source → schema → plan (check), then compose → tree →
 * writers (build). Writers return bytes; only this module writes files, atomically.
 */
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { compose, type ComposeResult, type DocumentKind } from './compose/index.js';
import { loadTemplates } from './compose/prose/templates.js';
import { writeFileAtomic } from './io/atomic-write.js';
import { safeFileName } from './io/file-name.js';
import { writeDocx } from './writers/docx/index.js';
import { writeHtml } from './writers/html/index.js';
import { writeXlsx } from './writers/xlsx/index.js';
import type { PdfRenderer } from './writers/pdf/index.js';
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
  /** Read statuses as of this ISO date (`--as-of`) instead of each plan's report date. */
  asOf?: string;
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
      options.asOf !== undefined ? { asOf: options.asOf } : {},
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

export type OutputFormat = 'docx' | 'pdf' | 'html' | 'xlsx';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['docx', 'pdf', 'html', 'xlsx'];
/** What `build` writes unless told: DOCX to edit, PDF to print, the ledger's XLSX for units to update. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['docx', 'pdf', 'xlsx'];

export interface BuildOptions extends CheckOptions {
  outDir: string;
  /** Default: DOCX and PDF (and the ledger's XLSX with them). */
  formats?: ReadonlySet<OutputFormat>;
  /** Only these document kinds (`--only ledger,report`); default all that apply. */
  only?: ReadonlySet<DocumentKind>;
  /**
   * Prints PDFs and places the HTML's 版记; without one no PDF is written and the HTML's 版记
   * follows the text.
   */
  renderer?: Pick<PdfRenderer, 'render'>;
}

export interface RenderFailure {
  plan: string;
  document: string;
  message: string;
}

export interface BuildResult extends CheckResult {
  written: { plan: string; path: string }[];
  /** Plans that were not built because they (or their documents) have errors. */
  skipped: string[];
  /** Documents whose PDF could not be printed (their DOCX and HTML are still written). */
  renderFailures: RenderFailure[];
}

interface PlannedFile {
  path: string;
  bytes: Promise<Uint8Array | string>;
}

/** A file being made; its promise is awaited later, plan by plan, so a failure must not count as unhandled. */
function planned(path: string, bytes: Promise<Uint8Array | string>): PlannedFile {
  bytes.catch(() => undefined);
  return { path, bytes };
}

/**
 * Checks every path, then writes the documents of each plan without errors under
 * `outDir/<plan file name>/`, as `<title>.docx`, `.pdf` and `.html`. A plan with an error gets
 * nothing written: its documents are rendered in memory first (PDFs of all plans concurrently, in
 * the renderer's tabs), and each file is written atomically when all of the plan's are ready.
 */
export async function buildPaths(paths: readonly string[], options: BuildOptions): Promise<BuildResult> {
  const checked = await checkPaths(paths, options);
  const formats = options.formats ?? new Set<OutputFormat>(DEFAULT_FORMATS);
  const renderer = options.renderer;
  const renderFailures: RenderFailure[] = [];
  const plans = checked.composed
    .filter((plan) => plan.ok)
    .map((plan) => {
      const folder = join(options.outDir, safeFileName(basename(plan.path, extname(plan.path))));
      const files: PlannedFile[] = [];
      for (const document of plan.documents) {
        if (options.only && !options.only.has(document.tree.kind as DocumentKind)) continue;
        const base = join(folder, safeFileName(document.tree.meta.title));
        if (formats.has('docx')) files.push(planned(`${base}.docx`, writeDocx(document.tree)));
        // The ledger's spreadsheet, under the same name as its DOCX: the form units update.
        if (formats.has('xlsx') && document.ledger)
          files.push(planned(`${base}.xlsx`, writeXlsx(document.ledger, document.tree.meta)));
        const wantsPrint = formats.has('pdf') || formats.has('html');
        const rendered = renderer && wantsPrint ? renderer.render(document.tree) : undefined;
        // A failed print loses that PDF only; the reason is reported with the document's name.
        const settled = rendered?.catch((error: unknown) => {
          renderFailures.push({
            plan: plan.path,
            document: document.tree.meta.title,
            message: error instanceof Error ? error.message : String(error),
          });
          return undefined;
        });
        if (formats.has('pdf') && settled)
          files.push(
            planned(
              `${base}.pdf`,
              settled.then((r) => r?.pdf ?? NOTHING),
            ),
          );
        if (formats.has('html')) {
          const html = settled
            ? settled.then((r) => r?.html ?? writeHtml(document.tree))
            : Promise.resolve(writeHtml(document.tree));
          files.push(planned(`${base}.html`, html));
        }
      }
      return { plan, folder, files };
    });
  const written: BuildResult['written'] = [];
  const built = new Set<string>();
  for (const { plan, folder, files } of plans) {
    const ready = await Promise.all(
      files.map(async (file) => ({ path: file.path, bytes: await file.bytes })),
    );
    await mkdir(folder, { recursive: true });
    for (const file of ready) {
      if (file.bytes === NOTHING) continue;
      await writeFileAtomic(file.path, file.bytes);
      written.push({ plan: plan.path, path: file.path });
    }
    built.add(plan.path);
  }
  // Every file that is not a units registry and was not built had errors.
  const skipped = checked.loaded.flatMap((loaded) =>
    loaded.kind === 'units' || !loaded.file || built.has(loaded.file.path) ? [] : [loaded.file.path],
  );
  return { ...checked, written, skipped, renderFailures };
}

/** Marks a file that could not be made (a failed print): nothing is written for it. */
const NOTHING = new Uint8Array(0);
