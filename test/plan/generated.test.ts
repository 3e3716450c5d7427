import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { findRepoRoot, generateFiles, REFERENCE_PATH, TYPES_PATH } from '../../scripts/gen.js';
import { schemaToMarkdown } from '../../scripts/lib/schema-to-markdown.js';
import { schemaToTypeScript } from '../../scripts/lib/schema-to-ts.js';

const root = findRepoRoot();
const files = await generateFiles(root);
const generated = (path: string): string => files.find((file) => file.path === path)?.content ?? '';

describe('files generated from schemas/', () => {
  it.each([TYPES_PATH, REFERENCE_PATH])('%s is up to date', (path) => {
    const target = join(root, path);
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : '(missing)';
    expect(committed, `${path} is stale: run \`npm run gen\``).toBe(generated(path));
  });

  it('lists Markdown fields such as preamble, but not plain text fields such as title', () => {
    const markdownSection = generated(REFERENCE_PATH)
      .split('## Fields that accept Markdown')[1]
      ?.split('\n## ')[0];
    expect(markdownSection).toContain('- `preamble`');
    expect(markdownSection).toContain('- `sections[].text`');
    expect(markdownSection).not.toContain('- `title`');
  });

  it('types the plan kind as a union of its literals', () => {
    expect(generated(TYPES_PATH)).toContain('export interface Plan {');
    expect(generated(TYPES_PATH)).toContain(
      "kind: 'scheme' | 'rectification' | 'self-assessment' | 'inspection';",
    );
  });
});

describe('schemas the generators cannot render', () => {
  const units = { type: 'object', additionalProperties: false, properties: {}, $defs: {} };
  const planWith = (property: object): object => ({
    type: 'object',
    additionalProperties: false,
    properties: { kind: property },
  });

  it('rejects a keyword it does not know, naming it and where it is', () => {
    const plan = planWith({ oneOf: [{ type: 'string' }, { type: 'number' }] });
    expect(() => schemaToTypeScript(plan, units)).toThrow(/plan\.schema\.json#\/properties\/kind.*"oneOf"/);
    expect(() => schemaToMarkdown(plan, units)).toThrow(/"oneOf"/);
  });

  it('rejects a known keyword where it would be ignored', () => {
    expect(() =>
      schemaToTypeScript(planWith({ type: 'array', items: { type: 'string' }, pattern: 'x' }), units),
    ).toThrow(/"pattern"/);
  });

  it('rejects a $ref that does not resolve', () => {
    expect(() => schemaToTypeScript(planWith({ $ref: '#/$defs/missing' }), units)).toThrow(
      /does not resolve/,
    );
  });
});
