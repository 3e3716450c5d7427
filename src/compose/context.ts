/**
 * What every composer receives: the plan, its units, the prose templates, and a way to turn a
 * Markdown field into blocks whose diagnostics point at that field's YAML scalar.
 */
import type { Document } from 'yaml';
import { createDiagnostic, type Diagnostic, type Params } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/messages.js';
import { markdownToBlocks } from '../markdown/index.js';
import { yearOf } from '../plan/dates.js';
import type { Plan, Unit } from '../plan/types.generated.js';
import { locate, type Path } from '../source/locate.js';
import { nodeRange } from '../source/parse-yaml.js';
import type { SourceFile } from '../source/source-file.js';
import { blocksText } from '../tree/inlines.js';
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
  /** The Markdown field at `path` of the plan, as blocks (converted once: its problems are reported once). */
  markdown(value: string, path: Path): Block[];
  /** The same field as plain text (ledger cells, XLSX). */
  plain(value: string, path: Path): string;
  /** A diagnostic at the node at `path` of the plan. */
  report(code: DiagnosticCode, path: Path, params?: Params): void;
}

export function createContext(input: ComposeInput, templates: TemplateSet): Context {
  const { plan, units, file, doc } = input;
  const diagnostics: Diagnostic[] = [];
  const converted = new Map<string, Block[]>();
  const report = (code: DiagnosticCode, path: Path, params: Params = {}) =>
    diagnostics.push(createDiagnostic(code, file.path, nodeRange(file, locate(doc, path).node), params));
  const markdown = (value: string, path: Path): Block[] => {
    const key = `${JSON.stringify(path)}\u0000${value}`;
    let blocks = converted.get(key);
    if (!blocks) {
      blocks = markdownToBlocks(value, (code, params) => report(code, path, params));
      converted.set(key, blocks);
    }
    // Composers may reshape what they get (trim a sentence end); the cache keeps its own copy.
    return structuredClone(blocks);
  };
  return {
    plan,
    units,
    diagnostics,
    included: new Set(),
    prose: createProse({ templates, units, year: yearOf(plan.date), diagnostics }),
    markdown,
    plain: (value, path) => blocksText(markdown(value, path)),
    report,
  };
}
