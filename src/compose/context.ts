/**
 * What every composer receives: the plan, its units, the prose templates, and a way to turn a
 * Markdown field into blocks whose diagnostics point at that field's YAML scalar.
 */
import type { Document } from 'yaml';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { markdownToBlocks } from '../markdown/index.js';
import { yearOf } from '../plan/dates.js';
import type { Plan, Unit } from '../plan/types.generated.js';
import { locate, type Path } from '../source/locate.js';
import { nodeRange } from '../source/parse-yaml.js';
import type { SourceFile } from '../source/source-file.js';
import type { Block } from '../tree/types.js';
import { createProse, type Prose } from './prose/render.js';
import type { TemplateSet } from './prose/templates.js';

/** A plan as the loader returns it (Loaded of kind 'plan'). */
export interface ComposeInput {
  plan: Plan;
  units: ReadonlyMap<string, Unit>;
  file: SourceFile;
  doc: Document.Parsed;
}

export interface Context {
  plan: Plan;
  units: ReadonlyMap<string, Unit>;
  prose: Prose;
  diagnostics: Diagnostic[];
  /** Which `include`s the sections used: contacts included in a section are not repeated at the end. */
  included: Set<string>;
  /** The Markdown field at `path` of the plan, as blocks. */
  markdown(value: string, path: Path): Block[];
}

export function createContext(input: ComposeInput, templates: TemplateSet): Context {
  const { plan, units, file, doc } = input;
  const diagnostics: Diagnostic[] = [];
  return {
    plan,
    units,
    diagnostics,
    included: new Set(),
    prose: createProse({ templates, units, year: yearOf(plan.date), diagnostics }),
    markdown: (value, path) =>
      markdownToBlocks(value, (code, params) =>
        diagnostics.push(createDiagnostic(code, file.path, nodeRange(file, locate(doc, path).node), params)),
      ),
  };
}
