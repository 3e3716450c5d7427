/**
 * Loads one YAML file of the plan language (a plan or a units registry): read, parse, choose the
 * schema by `kind`, validate, translate errors; for a plan, resolve its units and run the
 * semantic checks. Every problem comes back as a diagnostic; nothing here throws on bad input.
 */
import { isMap } from 'yaml';
import type { Document } from 'yaml';
import { createDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import { locate } from '../source/locate.js';
import { nodeRange, parseYaml, sourceText } from '../source/parse-yaml.js';
import { readSource } from '../source/read.js';
import type { SourceFile } from '../source/source-file.js';
import { planChecks, type CheckContext } from './checks/index.js';
import { resolveRegistry, type RegistryLoader } from './registry.js';
import { translateSchemaErrors } from './schema-errors.js';
import { loadSchemas } from './schemas.js';
import type { Plan, Unit, UnitsRegistry } from './types.generated.js';

export const PLAN_KINDS = ['scheme', 'rectification', 'self-assessment', 'inspection'] as const;

export type Loaded =
  | {
      kind: 'plan';
      file: SourceFile;
      /** The parsed YAML, so that later stages can place their diagnostics on its nodes. */
      doc: Document.Parsed;
      plan: Plan;
      units: ReadonlyMap<string, Unit>;
      diagnostics: Diagnostic[];
    }
  | { kind: 'units'; file: SourceFile; registry: UnitsRegistry; diagnostics: Diagnostic[] }
  | { kind: 'invalid'; file?: SourceFile; diagnostics: Diagnostic[] };

/** Parses and validates a file as far as it can; `valid` tells whether a later stage may use it. */
export async function loadFile(
  path: string,
  registries: RegistryLoader,
  expect: 'any' | 'units' = 'any',
): Promise<Loaded> {
  const read = await readSource(path);
  if (!read.ok) return { kind: 'invalid', diagnostics: [read.diagnostic] };
  const file = read.file;
  const parsed = parseYaml(file);
  if (!parsed.usable) return { kind: 'invalid', file, diagnostics: parsed.diagnostics };
  const diagnostics = [...parsed.diagnostics];
  const doc = parsed.doc;
  if (!isMap(doc.contents)) {
    diagnostics.push(createDiagnostic('yaml/not-mapping', file.path, nodeRange(file, doc.contents)));
    return { kind: 'invalid', file, diagnostics };
  }
  const value = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  const kind = value['kind'];
  const schemas = loadSchemas();

  if (kind === 'units') {
    const valid = schemas.validateUnits(value);
    if (!valid)
      diagnostics.push(
        ...translateSchemaErrors(schemas.validateUnits.errors ?? [], file, doc, schemas, schemas.units),
      );
    diagnostics.push(...duplicateUnits(file, doc, value['units']));
    return hasErrors(diagnostics)
      ? { kind: 'invalid', file, diagnostics }
      : { kind: 'units', file, registry: value as unknown as UnitsRegistry, diagnostics };
  }
  // A registry is only ever a units file: loading it as a plan could name itself as its registry.
  if (expect === 'units') return { kind: 'invalid', file, diagnostics };
  if (typeof kind !== 'string' || !(PLAN_KINDS as readonly string[]).includes(kind)) {
    diagnostics.push(unknownKind(file, doc, kind));
    return { kind: 'invalid', file, diagnostics };
  }

  const valid = schemas.validatePlan(value);
  if (!valid)
    diagnostics.push(
      ...translateSchemaErrors(schemas.validatePlan.errors ?? [], file, doc, schemas, schemas.plan),
    );
  const plan = value as unknown as Plan;
  const resolved = await resolveRegistry(file, doc, plan, registries);
  diagnostics.push(...resolved.diagnostics);
  const context: CheckContext = { plan, file, doc, units: resolved.units, diagnostics };
  for (const check of planChecks) {
    try {
      check(context);
    } catch (error) {
      // On a plan that failed the schema a check may meet shapes it does not expect; the schema
      // errors already explain the file. On a schema-valid plan a throw is our bug: surface it.
      if (valid) throw error;
    }
  }
  dropShadowed(diagnostics);
  return hasErrors(diagnostics) || !resolved.units
    ? { kind: 'invalid', file, diagnostics }
    : { kind: 'plan', file, doc, plan, units: resolved.units, diagnostics };
}

/** A value the semantic checks explain better (a unit name where an id belongs) needs no schema error too. */
function dropShadowed(diagnostics: Diagnostic[]): void {
  const specific = new Set(
    diagnostics
      .filter((d) => d.code.startsWith('plan/'))
      .map((d) => `${d.range.start.offset}:${d.range.end.offset}`),
  );
  for (let i = diagnostics.length - 1; i >= 0; i--) {
    const d = diagnostics[i]!;
    if (d.code === 'schema/format' && specific.has(`${d.range.start.offset}:${d.range.end.offset}`))
      diagnostics.splice(i, 1);
  }
}

function unknownKind(file: SourceFile, doc: Document.Parsed, kind: unknown): Diagnostic {
  const allowed = [...PLAN_KINDS, 'units'];
  const node = kind === undefined ? doc.contents : locate(doc, ['kind']).node;
  const suggestion = typeof kind === 'string' ? closest(kind, allowed) : undefined;
  return createDiagnostic('schema/unknown-kind', file.path, nodeRange(file, node), {
    ...(kind !== undefined ? { value: sourceText(file, node) } : {}),
    allowed: suggestion ? `${allowed.join('、')}（是否应为 ${suggestion}？）` : allowed.join('、'),
  });
}

function duplicateUnits(file: SourceFile, doc: Document.Parsed, units: unknown): Diagnostic[] {
  if (!Array.isArray(units)) return [];
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  units.forEach((unit: unknown, index) => {
    const id = unit && typeof unit === 'object' ? (unit as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, index);
      return;
    }
    out.push(
      createDiagnostic(
        'plan/duplicate-id',
        file.path,
        nodeRange(file, locate(doc, ['units', index, 'id']).node),
        { id },
        {
          file: file.path,
          range: nodeRange(file, locate(doc, ['units', earlier, 'id']).node),
          code: 'plan/first-defined-here',
          params: { id },
        },
      ),
    );
  });
  return out;
}
