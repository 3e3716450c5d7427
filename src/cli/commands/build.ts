/**
 * `gongwen build [paths…] [--out DIR] [--format docx,pdf,html,xlsx] [--only KINDS] [--as-of DATE]
 * [--require pdf] [--browser PATH] [--fonts DIR] [--jobs N] [--templates DIR]`: check, then write
 * each plan's documents.
 */
import { existsSync } from 'node:fs';
import { formatHuman, formatSummary } from '../../diagnostics/format-human.js';
import {
  buildPaths,
  DEFAULT_FORMATS,
  OUTPUT_FORMATS,
  UsageError,
  type OutputFormat,
} from '../../pipeline.js';
import type { SourceFile } from '../../source/source-file.js';
import type { PdfRenderer } from '../../writers/pdf/index.js';
import { canPrepare, fallbackList, fontDirs, openRenderer } from '../browser.js';
import { Usage, type CommandContext } from '../main.js';
import { parseAsOf, parseOnly } from '../options.js';
import { exitCleanlyOnSignals } from '../signals.js';
import { cliText } from '../text.js';

/** Exit code when a required format could not be made: the machine, not the plan, is at fault. */
export const EXIT_ENVIRONMENT = 4;

function parseFormats(value: string | undefined, bad: (v: string) => string): Set<OutputFormat> {
  if (value === undefined) return new Set(DEFAULT_FORMATS);
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  for (const format of formats)
    if (!OUTPUT_FORMATS.includes(format as OutputFormat)) throw new Usage(bad(format || value));
  return new Set(formats as OutputFormat[]);
}

export async function build(context: CommandContext): Promise<number> {
  const { io, lang, values, positionals } = context;
  const text = cliText(lang);
  const formats = parseFormats(
    typeof values['format'] === 'string' ? values['format'] : undefined,
    text.badFormats,
  );
  const required = typeof values['require'] === 'string' ? values['require'] : undefined;
  if (required !== undefined && required !== 'pdf' && required !== 'html')
    throw new Usage(text.badRequire(required));
  if (required !== undefined && !formats.has(required)) throw new Usage(text.requireNotBuilt(required));
  const jobsOption = values['jobs'];
  const jobs = typeof jobsOption === 'string' ? Number(jobsOption) : undefined;
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
    throw new Usage(text.badJobs(String(jobsOption)));
  let paths = positionals;
  if (paths.length === 0) {
    if (!existsSync('plans')) throw new Usage(text.noDefaultPath);
    paths = ['plans'];
  }
  const outDir = typeof values['out'] === 'string' ? values['out'] : 'output';
  const templatesDir = typeof values['templates'] === 'string' ? values['templates'] : undefined;
  if (templatesDir !== undefined && !existsSync(templatesDir)) throw new Usage(text.noSuchPath(templatesDir));
  const asOf = parseAsOf(values['as-of'], text);
  const only = parseOnly(values['only'], text);
  const dirs = fontDirs(context);

  const stopHandling = exitCleanlyOnSignals(io.err, text.interrupted);
  let renderer: PdfRenderer | undefined;
  let browserProblem: string | undefined;
  try {
    if (formats.has('pdf') || formats.has('html')) {
      const opened = await openRenderer(context, { fontDirs: dirs, ...(jobs ? { concurrency: jobs } : {}) });
      if (opened.ok) renderer = opened.renderer;
      else browserProblem = opened.message;
    }
    let result;
    try {
      result = await buildPaths(paths, {
        outDir,
        formats,
        ...(templatesDir ? { templatesDir } : {}),
        ...(renderer ? { renderer } : {}),
        ...(asOf ? { asOf } : {}),
        ...(only ? { only } : {}),
      });
    } catch (error) {
      if (error instanceof UsageError) throw new Usage(text.noSuchPath(error.message));
      throw error;
    }
    if (result.files.length === 0) throw new Usage(text.noFiles(paths.join(' ')));

    const sources = new Map<string, SourceFile>();
    for (const loaded of result.loaded) if (loaded.file) sources.set(loaded.file.path, loaded.file);
    for (const source of result.sources) sources.set(source.path, source);
    const shown = result.diagnostics.slice(0, 100);
    for (const d of shown) io.err(`${formatHuman(d, { lang, color: io.color.err, sources })}\n`);
    for (const written of result.written) io.out(text.wroteDocument(written.path));
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0 || result.diagnostics.length > 0) {
      const counts = {
        errors,
        warnings: result.diagnostics.length - errors,
        files: result.files.length,
        hidden: result.diagnostics.length - shown.length,
      };
      io.err(formatSummary(counts, lang, io.color.err));
    }
    if (result.skipped.length > 0) io.err(text.skipped(result.skipped));
    // `--only reminder` on a day nothing is late writes nothing: say so rather than stay silent.
    if (only) {
      const made = new Set(
        result.composed.filter((plan) => plan.ok).flatMap((plan) => plan.documents.map((d) => d.tree.kind)),
      );
      const missing = [...only].filter((kind) => !made.has(kind));
      if (missing.length > 0 && result.composed.some((plan) => plan.ok)) io.err(text.onlyNothing(missing));
    }

    // Problems of the machine, after the plans' own: the PDFs that could not be made and why.
    const printed = result.written.length > 0 || result.composed.some((plan) => plan.ok);
    if (browserProblem && formats.has('pdf') && printed) io.err(browserProblem);
    for (const failure of result.renderFailures) io.err(text.renderFailed(failure.document, failure.message));
    if (renderer && formats.has('pdf') && printed) {
      const used = await renderer.fonts();
      const list = fallbackList(used);
      if (list) io.err(text.fallbackFonts(list));
      // Noto CJK is CFF, which Chromium embeds as Type 3: `gongwen fonts` makes TrueType copies.
      if (canPrepare(used)) io.err(text.doctorPrepareHint);
    }
    const pdfMissing = browserProblem !== undefined || result.renderFailures.length > 0;
    if (required === 'pdf' && pdfMissing && printed) {
      io.err(text.requireFailed('pdf'));
      return EXIT_ENVIRONMENT;
    }
    if (errors > 0) return 1;
    return result.renderFailures.length > 0 ? EXIT_ENVIRONMENT : 0;
  } finally {
    await renderer?.close();
    stopHandling();
  }
}
