/** What a build wrote: every file below a folder, relative to it, sorted (none if it does not exist). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
        .sort()
    : [];
