/**
 * Loads schemas/*.schema.json (the single source of truth for a plan's shape) and compiles them
 * once with ajv. The options are deliberate (hardening.md §5, §9 item 15): no $data, strict mode,
 * every error reported (the plan is at most 1 MiB, so allErrors cannot flood), verbose errors so
 * the translator sees the failing schema and data.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import { packagePath } from '../package-root.js';

export type JsonSchema = { [key: string]: unknown };

export interface Schemas {
  plan: JsonSchema;
  units: JsonSchema;
  validatePlan: ValidateFunction;
  validateUnits: ValidateFunction;
}

export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  // person's anyOf of `required` alternatives names properties declared on the parent object.
  strictRequired: false,
  $data: false,
  logger: false,
} as const;

let cached: Schemas | undefined;

export function loadSchemas(): Schemas {
  if (cached) return cached;
  const plan = readJson('plan.schema.json');
  const units = readJson('units.schema.json');
  // ajv ships CommonJS; createRequire avoids the default-export interop maze under NodeNext.
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020.js') as typeof Ajv2020Class;
  const ajv = new Ajv2020(AJV_OPTIONS);
  ajv.addSchema(units, 'units.schema.json');
  cached = {
    plan,
    units,
    validatePlan: ajv.compile(plan),
    validateUnits: ajv.getSchema('units.schema.json')!,
  };
  return cached;
}

export const readSchemaText = (name: 'plan' | 'units'): string =>
  readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8');

function readJson(name: string): JsonSchema {
  return JSON.parse(readFileSync(packagePath('schemas', name), 'utf8')) as JsonSchema;
}

export type { ErrorObject };
