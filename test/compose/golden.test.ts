/**
 * Every example plan composed and compared with its golden trees in test/fixtures/trees-golden/
 * <plan>/<document>.json. `UPDATE=1 npx vitest run test/compose/golden.test.ts` rewrites them;
 * read the diff before committing (numbering, annotations, dates, title lines against the plan).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { loadTemplates, type TemplateSet } from '../../src/compose/prose/templates.js';
import { checkFiles } from '../../src/pipeline.js';
import { plansDir, repoRoot } from '../helpers/diagnostics.js';

const goldenDir = join(repoRoot, 'test', 'fixtures', 'trees-golden');
const update = process.env['UPDATE'] === '1';
const plans = readdirSync(plansDir)
  .filter((file) => file.endsWith('.yaml') && file !== 'units.yaml')
  .sort();

let templates: TemplateSet;
beforeAll(async () => {
  const loaded = await loadTemplates();
  expect(loaded.diagnostics).toEqual([]);
  templates = loaded.templates;
});

describe.each(plans)('%s', (file) => {
  it('composes to its golden trees', async () => {
    const checked = await checkFiles([join(plansDir, file)]);
    const loaded = checked.loaded[0];
    if (loaded?.kind !== 'plan') throw new Error(`${file} did not load as a plan`);
    const result = compose(loaded, templates);
    expect(result.diagnostics).toEqual([]);
    const folder = join(goldenDir, basename(file, '.yaml'));
    const expected = existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
    const names = result.documents.map((document) => `${document.name}.json`);
    for (const document of result.documents) {
      const path = join(folder, `${document.name}.json`);
      if (update) {
        mkdirSync(folder, { recursive: true });
        // Written as the repository's formatter would write it, so `prettier --check .` stays clean.
        const options = { ...(await resolveConfig(path)), parser: 'json' };
        writeFileSync(path, await format(JSON.stringify(document.tree), options));
        continue;
      }
      expect(existsSync(path), `${path} is missing; run with UPDATE=1`).toBe(true);
      expect(document.tree).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    }
    if (!update) expect(names.sort()).toEqual(expected);
  });

  it('is deterministic', async () => {
    const checked = await checkFiles([join(plansDir, file)]);
    const loaded = checked.loaded[0];
    if (loaded?.kind !== 'plan') throw new Error(`${file} did not load as a plan`);
    expect(JSON.stringify(compose(loaded, templates))).toBe(JSON.stringify(compose(loaded, templates)));
  });
});
