/**
 * Fixture pairs under test/fixtures/diff/<case>/{old,new}.yaml, loaded through the real loader,
 * diffed and compared with expected.json. The `rich` case also holds the Markdown and plain terminal
 * renderings (expected.md.txt, expected.human.txt: .txt so that prettier leaves them byte-exact).
 * `UPDATE=1 npx vitest run test/diff` rewrites them; read the diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatHuman } from '../../src/diff/format-human.js';
import { formatJson } from '../../src/diff/format-json.js';
import { formatMarkdown } from '../../src/diff/format-markdown.js';
import { diffPlans } from '../../src/diff/plan-diff.js';
import type { PlanDiff } from '../../src/diff/types.js';
import { diffFixtures, loadPlan } from './load.js';

const update = process.env['UPDATE'] === '1';
const cases = readdirSync(diffFixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function diffCase(name: string): Promise<PlanDiff> {
  const folder = join(diffFixtures, name);
  return diffPlans(await loadPlan(join(folder, 'old.yaml')), await loadPlan(join(folder, 'new.yaml')));
}

async function golden(path: string, actual: string, parser?: 'json'): Promise<void> {
  if (update) {
    // JSON as the repository's formatter writes it, so `prettier --check .` stays clean.
    const text = parser ? await format(actual, { ...(await resolveConfig(path)), parser }) : actual;
    writeFileSync(path, text);
    return;
  }
  expect(existsSync(path), `${path} is missing; run with UPDATE=1`).toBe(true);
  const expected = readFileSync(path, 'utf8');
  if (parser === 'json') expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
  else expect(actual).toBe(expected);
}

describe.each(cases)('%s', (name) => {
  it('diffs to its expected.json', async () => {
    const diff = await diffCase(name);
    await golden(join(diffFixtures, name, 'expected.json'), formatJson(diff), 'json');
  });
});

describe('rich case renderings', () => {
  it('Markdown matches its golden file', async () => {
    await golden(join(diffFixtures, 'rich', 'expected.md.txt'), formatMarkdown(await diffCase('rich')));
  });

  it('terminal text without colour matches its golden file', async () => {
    await golden(
      join(diffFixtures, 'rich', 'expected.human.txt'),
      formatHuman(await diffCase('rich'), { color: false }),
    );
  });
});
