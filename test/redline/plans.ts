/**
 * The example plans, loaded once and composed as the golden tests compose them, with a way to
 * compose an edited copy of a plan (the loaded plan object changed, its source left as it was).
 */
import { join } from 'node:path';
import { compose, type ComposedDocument, type ComposeInput } from '../../src/compose/index.js';
import { loadTemplates, type TemplateSet } from '../../src/compose/prose/templates.js';
import type { Plan, Unit } from '../../src/plan/types.generated.js';
import { checkFiles } from '../../src/pipeline.js';
import { plansDir } from '../helpers/diagnostics.js';

export const PLAN_FILES = ['rectification', 'special-action', 'self-assessment', 'inspection-cross-check'];

export interface ExamplePlan {
  name: string;
  input: ComposeInput;
  documents: ComposedDocument[];
}

let templates: TemplateSet | undefined;

export async function loadExamples(names: readonly string[] = PLAN_FILES): Promise<ExamplePlan[]> {
  templates ??= (await loadTemplates()).templates;
  const checked = await checkFiles(names.map((name) => join(plansDir, `${name}.yaml`)));
  return checked.loaded.map((loaded, i) => {
    if (loaded.kind !== 'plan') throw new Error(`${names[i]} did not load as a plan`);
    const input: ComposeInput = {
      plan: loaded.plan,
      units: loaded.units,
      file: loaded.file,
      doc: loaded.doc,
    };
    return { name: names[i]!, input, documents: compose(input, templates!).documents };
  });
}

/** The documents of the plan after `edit` (given a copy of the plan and of its units). */
export function composeEdited(
  example: ExamplePlan,
  edit: (plan: Plan, units: Map<string, Unit>) => void,
): ComposedDocument[] {
  const plan = structuredClone(example.input.plan);
  const units = new Map([...example.input.units].map(([id, unit]) => [id, structuredClone(unit)]));
  edit(plan, units);
  return compose({ ...example.input, plan, units }, templates!).documents;
}
