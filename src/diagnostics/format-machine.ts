/** Machine output: JSON (an array of diagnostics) and GitHub Actions workflow commands (annotations). */
import type { Diagnostic } from './diagnostic.js';
import { renderHint, renderMessage, type Lang } from './messages.js';

export interface DiagnosticJson {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  start: { line: number; column: number };
  end: { line: number; column: number };
  message: string;
  hint?: string;
  related?: { file: string; start: { line: number; column: number }; message: string };
}

export function toJson(diagnostic: Diagnostic, lang: Lang): DiagnosticJson {
  const hint = renderHint(diagnostic.code, diagnostic.params, lang);
  const { start, end } = diagnostic.range;
  const related = diagnostic.related;
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    file: diagnostic.file,
    start: { line: start.line, column: start.column },
    end: { line: end.line, column: end.column },
    message: renderMessage(diagnostic.code, diagnostic.params, lang),
    ...(hint ? { hint } : {}),
    ...(related
      ? {
          related: {
            file: related.file,
            start: { line: related.range.start.line, column: related.range.start.column },
            message: renderMessage(related.code, related.params ?? {}, lang),
          },
        }
      : {}),
  };
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions: data and
// property values escape %, CR and LF; property values also escape : and ,.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(diagnostic: Diagnostic, lang: Lang): string {
  const { start, end } = diagnostic.range;
  const hint = renderHint(diagnostic.code, diagnostic.params, lang);
  const message = renderMessage(diagnostic.code, diagnostic.params, lang) + (hint ? `（${hint}）` : '');
  const properties = [
    `file=${escapeProperty(diagnostic.file)}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${end.line}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(diagnostic.code)}`,
  ].join(',');
  return `::${diagnostic.severity} ${properties}::${escapeData(message)}`;
}
