/** Reads a plan file as text, refusing what cannot be a plan before any parser sees it. */
import { readFile, stat } from 'node:fs/promises';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { createSourceFile, rangeAt, type SourceFile } from './source-file.js';

/** A plan is a few hundred lines; 1 MiB leaves room for long attachments and stops a 10 MB scalar early. */
export const MAX_PLAN_BYTES = 1024 * 1024;

export type ReadResult = { ok: true; file: SourceFile } | { ok: false; diagnostic: Diagnostic };

const formatSize = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;

export async function readSource(path: string): Promise<ReadResult> {
  const nowhere = rangeAt(createSourceFile(path, ''), 0);
  const fail = (diagnostic: Diagnostic): ReadResult => ({ ok: false, diagnostic });
  let bytes: Buffer;
  try {
    // stat first so that a huge file is refused without being read into memory.
    const info = await stat(path);
    if (!info.isFile())
      return fail(createDiagnostic('source/unreadable', path, nowhere, { reason: 'not a file' }));
    if (info.size > MAX_PLAN_BYTES) {
      return fail(
        createDiagnostic('source/too-large', path, nowhere, {
          size: formatSize(info.size),
          limit: formatSize(MAX_PLAN_BYTES),
        }),
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return fail(createDiagnostic('source/unreadable', path, nowhere, { reason: code }));
  }
  return decodeSource(path, bytes);
}

export function decodeSource(path: string, bytes: Uint8Array): ReadResult {
  const nowhere = rangeAt(createSourceFile(path, ''), 0);
  if (bytes.length > MAX_PLAN_BYTES) {
    return {
      ok: false,
      diagnostic: createDiagnostic('source/too-large', path, nowhere, {
        size: formatSize(bytes.length),
        limit: formatSize(MAX_PLAN_BYTES),
      }),
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, diagnostic: createDiagnostic('source/binary', path, nowhere) };
  }
  if (text.includes('\0')) {
    const file = createSourceFile(path, text);
    const at = text.indexOf('\0');
    return { ok: false, diagnostic: createDiagnostic('source/binary', path, rangeAt(file, at, at + 1)) };
  }
  return { ok: true, file: createSourceFile(path, text) };
}
