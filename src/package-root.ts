/** Locates files shipped with gongwen (schemas, templates) from source and from compiled dist alike. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('gongwen: cannot find the package root (schemas/ beside package.json)');
    dir = parent;
  }
  cached = dir;
  return dir;
}

export const packagePath = (...segments: string[]): string => join(packageRoot(), ...segments);
