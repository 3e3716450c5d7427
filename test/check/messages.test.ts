/** The message catalogue: every code renders in both languages, and every code src/ uses is in it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultSeverity,
  diagnosticCodes,
  renderHint,
  renderMessage,
  type Lang,
} from '../../src/diagnostics/messages.js';
import { repoRoot } from '../helpers/diagnostics.js';

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
const LANGS: Lang[] = ['zh', 'en'];

describe('every catalogue entry renders', () => {
  it.each(diagnosticCodes)('%s', (code) => {
    for (const lang of LANGS) {
      const message = renderMessage(code, {}, lang);
      expect(message.trim(), `${code} ${lang}`).not.toBe('');
      // Undefined parameters must never leak into the words.
      expect(message).not.toMatch(/undefined|\[object /);
      expect(() => renderHint(code, {}, lang)).not.toThrow();
    }
    const zh = renderMessage(code, {}, 'zh');
    expect(zh, `the zh message of ${code} has no Chinese`).toMatch(CJK);
    expect(zh).not.toBe(renderMessage(code, {}, 'en'));
    expect(['error', 'warning']).toContain(defaultSeverity(code));
  });

  it('has unique, well-formed codes', () => {
    expect(new Set(diagnosticCodes).size).toBe(diagnosticCodes.length);
    for (const code of diagnosticCodes)
      expect(code).toMatch(/^(source|yaml|schema|plan|status|markdown|template)\/[a-z-]+$/);
  });
});

/** Every .ts file under a folder, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('codes used in src/', () => {
  const files = sourceFiles(join(repoRoot, 'src')).filter((file) => !file.endsWith('messages.ts'));
  const used = new Map<string, string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /['"`]((?:source|yaml|schema|plan|status|markdown|template)\/[a-z-]+)['"`]/g,
    )) {
      const code = match[1];
      if (code !== undefined && !used.has(code)) used.set(code, file.slice(repoRoot.length + 1));
    }
  }

  it('finds the codes the checks report', () => {
    expect(used.size).toBeGreaterThanOrEqual(20);
    expect([...used.keys()]).toContain('plan/unknown-unit');
  });

  it('are all in the catalogue', () => {
    const known = new Set<string>(diagnosticCodes);
    const missing = [...used].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });
});
