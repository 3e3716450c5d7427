/** `gongwen build [paths…] [--out DIR] [--templates DIR]`: check, then write each plan's documents. */
import { existsSync } from 'node:fs';
import { formatHuman, formatSummary } from '../../diagnostics/format-human.js';
import { buildPaths, UsageError } from '../../pipeline.js';
import type { SourceFile } from '../../source/source-file.js';
import { Usage, type CommandContext } from '../main.js';
import { cliText } from '../text.js';

export async function build({ io, lang, values, positionals }: CommandContext): Promise<number> {
  const text = cliText(lang);
  let paths = positionals;
  if (paths.length === 0) {
    if (!existsSync('plans')) throw new Usage(text.noDefaultPath);
    paths = ['plans'];
  }
  const outDir = typeof values['out'] === 'string' ? values['out'] : 'output';
  const templatesDir = typeof values['templates'] === 'string' ? values['templates'] : undefined;
  if (templatesDir !== undefined && !existsSync(templatesDir)) throw new Usage(text.noSuchPath(templatesDir));
  let result;
  try {
    result = await buildPaths(paths, { outDir, ...(templatesDir ? { templatesDir } : {}) });
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
  return errors > 0 ? 1 : 0;
}
