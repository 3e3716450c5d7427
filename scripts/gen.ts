// Writes the files derived from schemas/*.schema.json and src/style/font-chains.ts, or with --check reports which of them are stale.
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { schemaToMarkdown } from './lib/schema-to-markdown.js';
import { schemaToTypeScript } from './lib/schema-to-ts.js';
import { fontconfigXml } from '../src/style/fontconfig.js';

export const TYPES_PATH = 'src/plan/types.generated.ts';
export const REFERENCE_PATH = 'docs/plan-reference.md';
export const FONTCONFIG_PATH = 'fonts/fontconfig.xml';

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  readonly path: string;
  readonly content: string;
}

/** The repository root, found by walking up because this runs both from scripts/ and from dist/scripts/. */
export function findRepoRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schemas'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json with a schemas/ folder above ${start}`);
  }
}

export async function generateFiles(root: string): Promise<GeneratedFile[]> {
  const readSchema = async (name: string): Promise<unknown> =>
    JSON.parse(await readFile(join(root, 'schemas', name), 'utf8'));
  const plan = await readSchema('plan.schema.json');
  const units = await readSchema('units.schema.json');
  const prettierConfig = (await resolveConfig(join(root, TYPES_PATH), { editorconfig: true })) ?? {};
  const types = await format(schemaToTypeScript(plan, units), { ...prettierConfig, parser: 'typescript' });
  return [
    { path: TYPES_PATH, content: types },
    { path: REFERENCE_PATH, content: schemaToMarkdown(plan, units) },
    { path: FONTCONFIG_PATH, content: fontconfigXml() },
  ];
}

async function readIfExists(path: string): Promise<string | null> {
  return existsSync(path) ? readFile(path, 'utf8') : null;
}

async function main(args: readonly string[]): Promise<number> {
  const check = args.includes('--check');
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.log(`usage: node dist/scripts/gen.js [--check]  (unknown: ${unknown.join(' ')})`);
    return 2;
  }
  const root = findRepoRoot();
  let stale = 0;
  for (const file of await generateFiles(root)) {
    const target = join(root, file.path);
    if ((await readIfExists(target)) === file.content) {
      console.log(`up to date  ${file.path}`);
    } else if (check) {
      stale += 1;
      console.log(`stale       ${file.path}`);
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
      console.log(`wrote       ${file.path}`);
    }
  }
  if (stale > 0) console.log('Generated files are out of date with schemas/; run `npm run gen`.');
  return stale > 0 ? 1 : 0;
}

// Only run when executed directly, so tests can import generateFiles without side effects.
const entry = process.argv[1];
if (entry !== undefined && pathToFileURL(realpathSync(entry)).href === import.meta.url) {
  process.exitCode = await main(process.argv.slice(2));
}
