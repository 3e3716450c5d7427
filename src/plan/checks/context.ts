/** What every semantic check receives: the plan value, its source for places, and the known units. */
import type { Document } from 'yaml';
import { createDiagnostic, type Diagnostic, type Params } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/messages.js';
import { locate, locateKey, type Path } from '../../source/locate.js';
import { nodeRange } from '../../source/parse-yaml.js';
import { rangeAt, type SourceFile } from '../../source/source-file.js';
import type { Plan, Unit } from '../types.generated.js';

export interface CheckContext {
  plan: Plan;
  file: SourceFile;
  doc: Document.Parsed;
  /** Registry units and the plan's own, by id; undefined when the registry could not be read. */
  units: ReadonlyMap<string, Unit> | undefined;
  diagnostics: Diagnostic[];
}

export type Check = (context: CheckContext) => void;

export interface ReportOptions {
  /** Report at the key `key` of the mapping at `path` instead of at the value. */
  key?: string;
  related?: { path: Path; code: DiagnosticCode; params?: Params };
}

export function report(
  context: CheckContext,
  code: DiagnosticCode,
  path: Path,
  params: Params = {},
  options: ReportOptions = {},
): void {
  const { file, doc } = context;
  const node = options.key ? locateKey(doc, path, options.key) : locate(doc, path).node;
  const related = options.related
    ? {
        file: file.path,
        range: nodeRange(file, locate(doc, options.related.path).node),
        code: options.related.code,
        ...(options.related.params ? { params: options.related.params } : {}),
      }
    : undefined;
  context.diagnostics.push(createDiagnostic(code, file.path, nodeRange(file, node), params, related));
}

/** Report at raw offsets of the source text (for a character inside a scalar). */
export function reportAt(
  context: CheckContext,
  code: DiagnosticCode,
  start: number,
  end: number,
  params: Params,
) {
  context.diagnostics.push(
    createDiagnostic(code, context.file.path, rangeAt(context.file, start, end), params),
  );
}

/** The source offsets [start, end) of the node at `path`, if it exists. */
export function sourceSpan(context: CheckContext, path: Path): [number, number] | undefined {
  const { node, exact } = locate(context.doc, path);
  return exact && node?.range ? [node.range[0], node.range[1]] : undefined;
}
