/**
 * The HTML of every hand-made tree (test/fixtures/trees) and of every document of the example plans
 * compared byte for byte with test/fixtures/html-golden/<name>.html. `UPDATE=1 npx vitest run
 * test/writers/html/golden.test.ts` rewrites them (and removes goldens no document produces any
 * more); read the diff before committing: the HTML is what Chromium prints to PDF.
 *
 * A golden file is the page as writeHtml returns it, with a `<!-- prettier-ignore -->` line before
 * the doctype and before <html>: the repository's formatter leaves it byte for byte as it is, so
 * `prettier --check .` stays clean and the comparison stays exact.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../../src/pipeline.js';
import type { DocumentTree } from '../../../src/tree/types.js';
import { stylesheet } from '../../../src/writers/html/css.js';
import { writeHtml } from '../../../src/writers/html/index.js';
import { plansDir, repoRoot } from '../../helpers/diagnostics.js';

const goldenDir = join(repoRoot, 'test', 'fixtures', 'html-golden');
const treesDir = join(repoRoot, 'test', 'fixtures', 'trees');
const update = process.env['UPDATE'] === '1';

const IGNORE = '<!-- prettier-ignore -->\n';
const DOCTYPE = '<!DOCTYPE html>\n';

/** Every page carries the whole stylesheet; css.test.ts tests it, the goldens hold a marker instead. */
const STYLE = `<style>\n${stylesheet}</style>`;
const STYLE_MARKER = '<style>/* src/writers/html/css.ts, tested in css.test.ts */</style>';

/**
 * The golden file's text for a page: the stylesheet (exactly ours, checked here) replaced by a
 * marker, and the formatter told to keep both top-level nodes.
 */
function framed(html: string): string {
  if (!html.startsWith(DOCTYPE)) throw new Error(`writeHtml output does not start with ${DOCTYPE}`);
  expect(html.split(STYLE)).toHaveLength(2);
  return `${IGNORE}${DOCTYPE}${IGNORE}${html.slice(DOCTYPE.length).replace(STYLE, STYLE_MARKER)}`;
}

const fixtures = readdirSync(treesDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    name: basename(file, '.json'),
    tree: JSON.parse(readFileSync(join(treesDir, file), 'utf8')) as DocumentTree,
  }));

/** Every document of every example plan, as `gongwen build` composes them. */
async function composedDocuments(): Promise<{ name: string; tree: DocumentTree }[]> {
  const checked = await checkPaths([plansDir]);
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  expect(errors).toEqual([]);
  expect(checked.composed.length).toBeGreaterThan(0);
  return checked.composed.flatMap((plan) => {
    expect(plan.ok, plan.path).toBe(true);
    return plan.documents.map((document) => ({
      name: `${basename(plan.path, '.yaml')}.${document.name}`,
      tree: document.tree,
    }));
  });
}

async function compareWithGolden(name: string, tree: DocumentTree): Promise<void> {
  const path = join(goldenDir, `${name}.html`);
  const actual = framed(writeHtml(tree));
  if (update) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} is missing; run with UPDATE=1`).toBe(true);
  const golden = readFileSync(path, 'utf8');
  // toBe on 20 kB strings prints a useless diff: compare line by line first.
  expect(actual.split('\n')).toEqual(golden.split('\n'));
  expect(actual).toBe(golden);
}

describe('golden HTML of the hand-made trees', () => {
  it('has the three fixtures', () => {
    expect(fixtures.map((f) => f.name)).toEqual(['joint-upward-report', 'notice-scheme', 'table-bulletin']);
  });

  it.each(fixtures)('$name', async ({ name, tree }) => {
    await compareWithGolden(name, tree);
  });
});

describe('golden HTML of the example plans', () => {
  it('matches every composed document, and no golden is left over', async () => {
    const documents = await composedDocuments();
    // Three plans with a notice give 印发通知 and 工作方案 each, the plan without one its 工作方案;
    // every plan tracks issues or dated items (台账, 责任清单); the rectification plan has overdue
    // issues as of its report's date (督办通知 to three units) and a report.
    expect(documents.map((d) => d.name).sort()).toEqual([
      'inspection-cross-check.印发通知',
      'inspection-cross-check.台账',
      'inspection-cross-check.工作方案',
      'inspection-cross-check.责任清单',
      'rectification.印发通知',
      'rectification.台账',
      'rectification.工作方案',
      'rectification.报告',
      'rectification.督办通知-agri-center',
      'rectification.督办通知-finance',
      'rectification.督办通知-planning',
      'rectification.责任清单',
      'self-assessment.印发通知',
      'self-assessment.台账',
      'self-assessment.工作方案',
      'self-assessment.责任清单',
      'special-action.台账',
      'special-action.工作方案',
      'special-action.责任清单',
    ]);
    for (const { name, tree } of documents) await compareWithGolden(name, tree);

    const expected = [...fixtures.map((f) => f.name), ...documents.map((d) => d.name)]
      .map((name) => `${name}.html`)
      .sort();
    const present = () =>
      readdirSync(goldenDir)
        .filter((file) => file.endsWith('.html'))
        .sort();
    if (update) {
      for (const file of present()) if (!expected.includes(file)) rmSync(join(goldenDir, file));
    }
    expect(present()).toEqual(expected);
  });
});

describe('golden files', () => {
  it('are left as they are by the repository formatter (prettier --check .)', async () => {
    const files = readdirSync(goldenDir).filter((file) => file.endsWith('.html'));
    expect(files.length).toBe(22);
    for (const file of files) {
      const path = join(goldenDir, file);
      const text = readFileSync(path, 'utf8');
      const options = { ...(await resolveConfig(path)), filepath: path };
      expect(await format(text, options), file).toBe(text);
    }
  });
});

describe('determinism', () => {
  it.each(fixtures)('$name: two calls give the same string and leave the tree unchanged', ({ tree }) => {
    const before = structuredClone(tree);
    const a = writeHtml(tree);
    const b = writeHtml(tree);
    expect(b).toBe(a);
    expect(tree).toEqual(before);
    // A copy of the tree (other object identities, same JSON) gives the same page as well.
    expect(writeHtml(JSON.parse(JSON.stringify(tree)) as DocumentTree)).toBe(a);
  });
});
