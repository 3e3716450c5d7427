/**
 * Writes a file atomically: a temporary file in the same folder, then rename over the target
 * (hardening.md §7), so an interrupted run never leaves a truncated file at the final path.
 */
import { rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;
/** Temporary files being written, for an interrupt handler to remove before the process exits. */
const pending = new Set<string>();

/** Removes the temporary files of writes still in progress (synchronous: for signal handlers). */
export function removePendingTemporaries(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  pending.add(temporary);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}
