/**
 * `gongwen fonts`: TrueType copies of the open CFF stand-ins (Noto CJK), made once into a cache
 * folder that builds then search. Chromium embeds CFF as Type 3: with the copies a PDF prints in
 * half the time and is half the size. The conversion is fontTools' (fonts/make-truetype.py); the
 * source files are found through fontconfig.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packagePath } from '../../package-root.js';
import { preparedFonts, type FontCandidate } from '../../style/font-chains.js';

const run = promisify(execFile);

/** GONGWEN_FONT_CACHE, else the platform's cache folder. */
export function preparedFontsDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env['GONGWEN_FONT_CACHE']) return env['GONGWEN_FONT_CACHE'];
  if (platform === 'win32' && env['LOCALAPPDATA']) return join(env['LOCALAPPDATA'], 'gongwen', 'fonts');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'gongwen', 'fonts');
  return join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'gongwen', 'fonts');
}

/** The cache folder when it holds at least one prepared font (builds add it to their font folders). */
export function existingPreparedDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = preparedFontsDir(env);
  return preparedFonts.some((font) => existsSync(join(dir, font.prepared!.file))) ? dir : undefined;
}

/** A Python that has fontTools: GONGWEN_PYTHON, then Debian's own (pyenv and others may shadow it). */
export async function findPython(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const candidates = [env['GONGWEN_PYTHON'], '/usr/bin/python3', 'python3', 'python'].filter(
    (c): c is string => typeof c === 'string' && c !== '',
  );
  for (const python of candidates) {
    try {
      await run(python, ['-c', 'import fontTools.subset, fontTools.pens.cu2quPen'], { timeout: 20_000 });
      return python;
    } catch {
      // Not installed, or without fontTools.
    }
  }
  return undefined;
}

/** The file and face index of an installed font, by PostScript name (fontconfig). */
async function sourceOf(postScriptName: string): Promise<{ file: string; index: string } | undefined> {
  try {
    const { stdout } = await run(
      'fc-list',
      ['-f', '%{file}|%{index}\\n', `:postscriptname=${postScriptName}`],
      {
        timeout: 20_000,
      },
    );
    const [file, index] = stdout.split('\n')[0]?.split('|') ?? [];
    return file ? { file, index: index || '0' } : undefined;
  } catch {
    return undefined;
  }
}

export type PrepareOutcome =
  | { font: FontCandidate; status: 'made'; path: string }
  | { font: FontCandidate; status: 'no-source' }
  | { font: FontCandidate; status: 'failed'; reason: string };

/** Converts every stand-in whose source is installed, in parallel; each file appears whole or not at all. */
export async function prepareFonts(dir: string, python: string): Promise<PrepareOutcome[]> {
  await mkdir(dir, { recursive: true });
  const script = packagePath('fonts/make-truetype.py');
  return Promise.all(
    preparedFonts.map(async (font): Promise<PrepareOutcome> => {
      const { from, file } = font.prepared!;
      const source = await sourceOf(from);
      if (!source) return { font, status: 'no-source' };
      const path = join(dir, file);
      const partial = `${path}.${process.pid}.partial`;
      try {
        await run(python, [script, source.file, source.index, partial, font.family, font.faces[1]!], {
          timeout: 600_000,
        });
        await rename(partial, path);
        return { font, status: 'made', path };
      } catch (error) {
        await rm(partial, { force: true });
        const reason =
          (error instanceof Error ? error.message : String(error)).trim().split('\n').at(-1) ?? '';
        return { font, status: 'failed', reason };
      }
    }),
  );
}
