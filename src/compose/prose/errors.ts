/**
 * A template that fails while rendering becomes a diagnostic naming its file and line. Handlebars'
 * own messages are English and name internals; only the facts are kept: which field (strict mode
 * throws `"x" not defined in …` with the place), which helper, or that it failed at all.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { HELPER_USAGE, HelperError } from './helpers.js';
import { TEMPLATES } from './names.js';
import type { TemplateSource } from './templates.js';
import { lineOf, templateDiagnostic } from './place.js';

interface Located {
  lineNumber?: number;
  column?: number;
}

/** The path written at the error's place ("a.b" for `{{a.b}}`), which names the field better than the last segment. */
function pathAt(source: TemplateSource, line: number, column: number): string | undefined {
  const text = source.text.split('\n')[line - 1]?.slice(column);
  return /^[@\w./-]+/.exec(text ?? '')?.[0];
}

export function renderError(source: TemplateSource, error: unknown): Diagnostic {
  if (error instanceof HelperError) {
    const usage = HELPER_USAGE[error.helper];
    return templateDiagnostic(
      source,
      'template/helper-argument',
      { helper: error.helper, usageZh: usage?.zh ?? '', usageEn: usage?.en ?? '' },
      lineOf(source, error.helper),
    );
  }
  const { lineNumber, column } = (error ?? {}) as Located;
  const message = error instanceof Error ? error.message : '';
  const missing = /^"([^"]*)" not defined in/.exec(message);
  if (missing) {
    const field =
      (lineNumber !== undefined && column !== undefined ? pathAt(source, lineNumber, column) : undefined) ??
      missing[1] ??
      '';
    const line = lineNumber ?? lineOf(source, field);
    return templateDiagnostic(
      source,
      'template/missing-field',
      { field, allowed: TEMPLATES[source.name].join('、') },
      line,
      lineNumber !== undefined ? column : 0,
    );
  }
  return templateDiagnostic(source, 'template/runtime', {}, lineNumber ?? 1, column ?? 0);
}
