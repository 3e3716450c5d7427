/** Diagnostics about a template name the template's file and the line in it. */
import { basename } from 'node:path';
import { createDiagnostic, type Diagnostic, type Params } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/messages.js';
import { createSourceFile, rangeAt, type SourceFile } from '../../source/source-file.js';

export interface TemplateText {
  /** Where the template was read from (a user's folder or the bundled templates). */
  path: string;
  text: string;
}

const files = new WeakMap<TemplateText, SourceFile>();

function sourceOf(template: TemplateText): SourceFile {
  let file = files.get(template);
  if (!file) files.set(template, (file = createSourceFile(template.path, template.text)));
  return file;
}

/** `line` is 1-based and `column` 0-based, as Handlebars counts them; both are clamped into the file. */
export function templateDiagnostic(
  template: TemplateText,
  code: DiagnosticCode,
  params: Params,
  line = 1,
  column = 0,
): Diagnostic {
  const file = sourceOf(template);
  const start = (file.lineStarts[Math.max(0, line - 1)] ?? file.text.length) + Math.max(0, column);
  const end = file.text.indexOf('\n', start);
  return createDiagnostic(code, template.path, rangeAt(file, start, end === -1 ? file.text.length : end), {
    template: basename(template.path),
    ...params,
  });
}

/** The 1-based line of the first occurrence of `needle` in the template, or 1. */
export function lineOf(template: TemplateText, needle: string): number {
  const at = needle === '' ? -1 : template.text.indexOf(needle);
  if (at < 0) return 1;
  let line = 1;
  for (let i = 0; i < at; i++) if (template.text.charCodeAt(i) === 10) line++;
  return line;
}
