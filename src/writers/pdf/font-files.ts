/**
 * The file behind a font Chromium used, and its outline format, through fontconfig's own lookup
 * (fc-list) with the same configuration file the browser got. Where fontconfig's tools are not
 * installed (Windows, macOS) the file is simply not known.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FontFile {
  path: string;
  /** fontconfig's fontformat: "TrueType" or "CFF" (which Chromium embeds as Type 3). */
  format: string;
}

export async function fontFileOf(
  postScriptName: string,
  fontconfigFile: string,
): Promise<FontFile | undefined> {
  try {
    const { stdout } = await run(
      'fc-list',
      ['-f', '%{file}\\t%{fontformat}\\n', `:postscriptname=${postScriptName}`],
      {
        env: { ...process.env, FONTCONFIG_FILE: fontconfigFile },
        timeout: 20_000,
      },
    );
    const [path, format] = stdout.split('\n')[0]?.split('\t') ?? [];
    return path ? { path, format: format ?? '' } : undefined;
  } catch {
    return undefined;
  }
}
