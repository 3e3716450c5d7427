import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Hermetic fonts: TrueType copies made by `gongwen fonts` on this machine must not change what
    // the tests measure; the tests of that command set their own folder.
    env: { GONGWEN_FONT_CACHE: join(tmpdir(), 'gongwen-tests-no-font-cache') },
  },
});
