/**
 * Finds the prose templates: the bundled ones, each replaced by the file of the same name in the
 * user's templates folder when there is one. Only *.hbs files directly inside that folder are
 * read, and only when their real path stays inside it (a symlink out could read any file on the
 * machine). A user template that cannot be used is reported and the bundled one stands in, so one
 * bad file yields its diagnostic and not a cascade of others.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../diagnostics/suggest.js';
import { packagePath } from '../../package-root.js';
import { TEMPLATE_NAMES, templateFile, templateName, type TemplateName } from './names.js';
import { templateDiagnostic, type TemplateText } from './place.js';
import { validateTemplate } from './validate.js';

export interface TemplateSource extends TemplateText {
  name: TemplateName;
  /** False for a template from the user's folder. */
  bundled: boolean;
}

export type TemplateSet = ReadonlyMap<TemplateName, TemplateSource>;

export interface LoadedTemplates {
  templates: TemplateSet;
  diagnostics: Diagnostic[];
}

/** Templates are a few lines; anything larger is not a template. */
const MAX_TEMPLATE_BYTES = 64 * 1024;

let bundled: Promise<TemplateSet> | undefined;

function bundledTemplates(): Promise<TemplateSet> {
  bundled ??= (async () => {
    const out = new Map<TemplateName, TemplateSource>();
    for (const name of TEMPLATE_NAMES) {
      const path = packagePath('templates', 'prose', templateFile(name));
      out.set(name, { name, path, text: await readFile(path, 'utf8'), bundled: true });
    }
    return out;
  })();
  return bundled;
}

export async function loadTemplates(userDir?: string): Promise<LoadedTemplates> {
  const templates = new Map(await bundledTemplates());
  if (userDir === undefined) return { templates, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const folder: TemplateText = { path: userDir, text: '' };
  let root: string;
  let entries: string[];
  try {
    root = await realpath(userDir);
    entries = (await readdir(root)).filter((entry) => entry.endsWith('.hbs')).sort();
  } catch (error) {
    return {
      templates,
      diagnostics: [templateDiagnostic(folder, 'template/unreadable', { reason: reason(error) })],
    };
  }
  for (const entry of entries) {
    const path = join(userDir, entry);
    const read = await readInside(root, path);
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const name = templateName(entry);
    if (!name) {
      const suggestion = closest(entry, TEMPLATE_NAMES.map(templateFile));
      diagnostics.push(
        templateDiagnostic({ path, text: read.text }, 'template/unknown-name', {
          allowed: TEMPLATE_NAMES.map(templateFile).join('、'),
          ...(suggestion ? { suggestion } : {}),
        }),
      );
      continue;
    }
    const source: TemplateSource = { name, path, text: read.text, bundled: false };
    const validated = validateTemplate(source);
    diagnostics.push(...validated.diagnostics);
    if (validated.program) templates.set(name, source);
  }
  return { templates, diagnostics };
}

async function readInside(
  root: string,
  path: string,
): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const place: TemplateText = { path, text: '' };
  try {
    const real = await realpath(path);
    const inside = relative(root, real);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
      return { diagnostic: templateDiagnostic(place, 'template/outside', {}) };
    const info = await stat(real);
    if (!info.isFile())
      return { diagnostic: templateDiagnostic(place, 'template/unreadable', { reason: 'EISDIR' }) };
    if (info.size > MAX_TEMPLATE_BYTES)
      return { diagnostic: templateDiagnostic(place, 'template/unreadable', { reason: 'EFBIG' }) };
    return { text: await readFile(real, 'utf8') };
  } catch (error) {
    return { diagnostic: templateDiagnostic(place, 'template/unreadable', { reason: reason(error) }) };
  }
}

const reason = (error: unknown): string =>
  (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.name : 'unknown');
