/** Option values shared by commands (`--as-of`, `--only`): parsed once, refused with usage errors. */
import { DOCUMENT_KINDS, type DocumentKind } from '../compose/index.js';
import { isRealDate } from '../plan/dates.js';
import { Usage } from './main.js';
import type { cliText } from './text.js';

type Text = ReturnType<typeof cliText>;

/** `--as-of 2018-06-12`: a real calendar date, or a usage error (never the wall clock). */
export function parseAsOf(value: unknown, text: Text): string | undefined {
  if (value === undefined) return undefined;
  const date = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date)) throw new Usage(text.badAsOf(date));
  return date;
}

/** `--only ledger,report`: document kinds, or a usage error naming the unknown one. */
export function parseOnly(value: unknown, text: Text): Set<DocumentKind> | undefined {
  if (value === undefined) return undefined;
  const kinds = String(value)
    .split(',')
    .map((kind) => kind.trim().toLowerCase());
  for (const kind of kinds)
    if (!DOCUMENT_KINDS.includes(kind as DocumentKind)) throw new Usage(text.badOnly(kind || String(value)));
  return new Set(kinds as DocumentKind[]);
}
