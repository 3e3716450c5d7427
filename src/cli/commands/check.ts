/** `gongwen check [paths…]`: validate plans and print every problem, sorted by place. */
import { existsSync } from 'node:fs';
import { formatHuman, formatSummary } from '../../diagnostics/format-human.js';
import { formatGithub, toJson } from '../../diagnostics/format-machine.js';
import { checkPaths, UsageError } from '../../pipeline.js';
import type { SourceFile } from '../../source/source-file.js';
import { Usage, type CommandContext } from '../main.js';
import { parseAsOf } from '../options.js';
import { cliText } from '../text.js';

const DEFAULT_MAX = 100;

export async function check({ io, lang, values, positionals }: CommandContext): Promise<number> {
  const text = cliText(lang);
  const format = typeof values['format'] === 'string' ? values['format'] : 'human';
  if (!['human', 'json', 'github'].includes(format)) throw new Usage(text.badFormat(format));
  const maxOption = values['max-diagnostics'];
  const max = typeof maxOption === 'string' ? Number(maxOption) : DEFAULT_MAX;
  if (!Number.isInteger(max) || max < 1) throw new Usage(text.badMax(String(maxOption)));

  let paths = positionals;
  if (paths.length === 0) {
    if (!existsSync('plans')) throw new Usage(text.noDefaultPath);
    paths = ['plans'];
  }
  const templatesDir = typeof values['templates'] === 'string' ? values['templates'] : undefined;
  if (templatesDir !== undefined && !existsSync(templatesDir)) throw new Usage(text.noSuchPath(templatesDir));
  let result;
  try {
    const asOf = parseAsOf(values['as-of'], text);
    result = await checkPaths(paths, {
      ...(templatesDir ? { templatesDir } : {}),
      ...(asOf ? { asOf } : {}),
    });
  } catch (error) {
    if (error instanceof UsageError) throw new Usage(text.noSuchPath(error.message));
    throw error;
  }
  if (result.files.length === 0) throw new Usage(text.noFiles(paths.join(' ')));

  const { diagnostics } = result;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (format === 'json') {
    io.out(
      JSON.stringify(
        diagnostics.map((d) => toJson(d, lang)),
        null,
        2,
      ),
    );
  } else {
    const shown = diagnostics.slice(0, max);
    if (format === 'github') {
      for (const d of shown) io.out(formatGithub(d, lang));
    } else {
      const sources = new Map<string, SourceFile>();
      for (const loaded of result.loaded) if (loaded.file) sources.set(loaded.file.path, loaded.file);
      for (const source of result.sources) sources.set(source.path, source);
      for (const d of shown) io.out(`${formatHuman(d, { lang, color: io.color.out, sources })}\n`);
    }
    const counts = {
      errors,
      warnings,
      files: result.files.length,
      hidden: diagnostics.length - shown.length,
    };
    (format === 'github' ? io.err : io.out)(formatSummary(counts, lang, format === 'human' && io.color.out));
  }
  return errors > 0 ? 1 : 0;
}
