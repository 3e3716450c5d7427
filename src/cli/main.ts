/**
 * gongwen's command line: parses arguments, runs the pipeline, prints diagnostics, sets the exit
 * code (0 clean, 1 errors in the input, 2 wrong usage, 3 a bug of ours, 4 a tool the machine lacks).
 * No document logic here.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../diagnostics/messages.js';
import { packagePath } from '../package-root.js';
import { build } from './commands/build.js';
import { check } from './commands/check.js';
import { diff } from './commands/diff.js';
import { doctor } from './commands/doctor.js';
import { fonts } from './commands/fonts.js';
import { newPlan } from './commands/new.js';
import { schema } from './commands/schema.js';
import { chooseLang, processIo, type Io } from './io.js';
import { cliText } from './text.js';

export class Usage extends Error {}

export interface CommandContext {
  io: Io;
  lang: Lang;
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** How many positionals came before a `--` (git's revisions before paths); undefined without one. */
  beforeDash?: number;
}

const common = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

const commands: Record<
  string,
  { options: ParseArgsConfig['options']; run: (c: CommandContext) => Promise<number> }
> = {
  check: {
    options: {
      format: { type: 'string' },
      'max-diagnostics': { type: 'string' },
      templates: { type: 'string' },
      'as-of': { type: 'string' },
    },
    run: check,
  },
  build: {
    options: {
      out: { type: 'string' },
      templates: { type: 'string' },
      format: { type: 'string' },
      require: { type: 'string' },
      browser: { type: 'string' },
      fonts: { type: 'string', multiple: true },
      jobs: { type: 'string' },
      'as-of': { type: 'string' },
      only: { type: 'string' },
    },
    run: build,
  },
  diff: {
    options: {
      format: { type: 'string' },
      redline: { type: 'string' },
      author: { type: 'string' },
      date: { type: 'string' },
      browser: { type: 'string' },
      fonts: { type: 'string', multiple: true },
    },
    run: diff,
  },
  doctor: {
    options: { browser: { type: 'string' }, fonts: { type: 'string', multiple: true } },
    run: doctor,
  },
  fonts: { options: {}, run: fonts },
  new: { options: { force: { type: 'boolean' } }, run: newPlan },
  schema: { options: { units: { type: 'boolean' }, out: { type: 'string' } }, run: schema },
};

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const fallbackLang = chooseLang(undefined) ?? 'zh';
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof Usage) {
      io.err(error.message);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(cliText(fallbackLang).internal(message));
    if (process.env['GONGWEN_DEBUG'] && error instanceof Error && error.stack) io.err(error.stack);
    return 3;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const name = argv[0] && !argv[0].startsWith('-') ? argv[0] : undefined;
  const command = name ? commands[name] : undefined;
  let parsed;
  const langGuess = chooseLang(undefined) ?? 'zh';
  if (name && !command) throw new Usage(cliText(langGuess).unknownCommand(name));
  try {
    parsed = parseArgs({
      args: name ? argv.slice(1) : [...argv],
      options: { ...common, ...(command?.options ?? {}) },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new Usage(cliText(langGuess).unknownOption(error instanceof Error ? error.message : String(error)));
  }
  const values = parsed.values as CommandContext['values'];
  const langOption = typeof values['lang'] === 'string' ? values['lang'] : undefined;
  const lang = chooseLang(langOption);
  if (!lang) throw new Usage(cliText(langGuess).badLang(langOption ?? ''));
  if (values['version']) {
    io.out(
      String((JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version),
    );
    return 0;
  }
  if (values['help'] || !command) {
    io.out(cliText(lang).help);
    return values['help'] ? 0 : 2;
  }
  const args = name ? argv.slice(1) : [...argv];
  const dash = args.indexOf('--');
  // parseArgs keeps the positionals after `--` in order: those before it are counted here.
  const beforeDash = dash < 0 ? undefined : parsed.positionals.length - (args.length - dash - 1);
  return command.run({
    io,
    lang,
    values,
    positionals: parsed.positionals,
    ...(beforeDash !== undefined ? { beforeDash } : {}),
  });
}
