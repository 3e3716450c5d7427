/**
 * LibreOffice converting DOCX to PDF, as the conformance tests and the benchmark both run it: a
 * given profile folder (also HOME, so the user's own configuration is neither read nor written)
 * and a fontconfig file naming the fonts the official names stand for.
 */
import { execFile } from 'node:child_process';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SofficeOptions {
  profile: string;
  fontconfigFile: string;
  timeoutMs?: number;
}

/** Converts in one soffice process; returns the PDFs' paths in `outDir` (soffice names them). */
export async function sofficeToPdf(
  docxPaths: readonly string[],
  outDir: string,
  options: SofficeOptions,
): Promise<string[]> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${options.profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...docxPaths,
    ],
    {
      env: { ...process.env, HOME: options.profile, FONTCONFIG_FILE: options.fontconfigFile },
      timeout: options.timeoutMs ?? 120_000,
    },
  );
  return docxPaths.map((path) => join(outDir, basename(path).replace(/\.docx$/i, '.pdf')));
}
