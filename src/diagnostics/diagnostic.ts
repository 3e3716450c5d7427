/**
 * Diagnostics are language-neutral values: a stable code, a place and parameters. Only a
 * formatter (called by the CLI) turns them into words, in the reader's language.
 */
import { defaultSeverity, type DiagnosticCode } from './messages.js';

/** A place in a source file: 1-based line and column (UTF-16 units), 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** `end` is exclusive: it points just after the last character of the node. */
export interface Range {
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning';

/** Values substituted into the message and hint templates of the catalogue. */
export type Params = Readonly<Record<string, string | number>>;

export interface Related {
  file: string;
  range: Range;
  code: DiagnosticCode;
  params?: Params;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  file: string;
  range: Range;
  params: Params;
  /** Another place that explains this one, e.g. where a duplicated id was first defined. */
  related?: Related;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.offset - b.range.start.offset ||
    a.range.end.offset - b.range.end.offset ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** A message quotes values; a 1 MB value must not become a 1 MB message. */
const MAX_PARAM = 200;

const bounded = (params: Params): Params =>
  Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'string' && value.length > MAX_PARAM ? `${value.slice(0, MAX_PARAM)}…` : value,
    ]),
  );

export function createDiagnostic(
  code: DiagnosticCode,
  file: string,
  range: Range,
  params: Params = {},
  related?: Related,
): Diagnostic {
  return {
    code,
    severity: defaultSeverity(code),
    file,
    range,
    params: bounded(params),
    ...(related ? { related } : {}),
  };
}
