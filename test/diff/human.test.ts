/** The terminal rendering: colours only when asked, word edits marked, plan text unable to drive the terminal. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHuman } from '../../src/diff/format-human.js';
import { diffPlans } from '../../src/diff/plan-diff.js';
import type { PlanDiff } from '../../src/diff/types.js';
import { displayWidth } from '../../src/diagnostics/text-width.js';
import { diffFixtures, loadPlan } from './load.js';

async function diffCase(name: string): Promise<PlanDiff> {
  const folder = join(diffFixtures, name);
  return diffPlans(await loadPlan(join(folder, 'old.yaml')), await loadPlan(join(folder, 'new.yaml')));
}

const ESC = '\u001b';

describe('formatHuman', () => {
  it('has no escape sequences without colour, and marks words like git --word-diff', async () => {
    const text = formatHuman(await diffCase('prose-edited'), { color: false });
    expect(text).not.toContain(ESC);
    expect(text).toContain('随访频次[-达不到-]{+明显低于规范+}要求。');
  });

  it('colours deleted words red (struck) and inserted ones green (underlined) when asked', async () => {
    const text = formatHuman(await diffCase('prose-edited'), { color: true });
    expect(text).toContain(`随访频次${ESC}[31;9m达不到${ESC}[0m${ESC}[32;4m明显低于规范${ESC}[0m要求。`);
    expect(text).not.toContain('[-');
  });

  it('aligns the values of an entry in one column, Chinese counted two columns wide', async () => {
    const text = formatHuman(await diffCase('rich'), { color: false });
    const lines = text.split('\n');
    const start = lines.findIndex((line) => line.includes('~ 问题 iss-visit'));
    const rows = lines.slice(start + 1, start + 8);
    const prefixes = rows.map((line) => /^ {6}\S+ {2,}/.exec(line)?.[0]);
    expect(prefixes.every((prefix) => prefix !== undefined)).toBe(true);
    expect(new Set(prefixes.map((prefix) => displayWidth(prefix!)))).toEqual(new Set([16]));
  });

  it('shows control characters and bidi overrides from the plan as code points', async () => {
    const old = await loadPlan(join(diffFixtures, 'identical', 'old.yaml'));
    const plan = structuredClone(old.plan);
    plan.sections[0]!.title = `工作任务${ESC}[2J${ESC}]0;pwned\u0007\u202E反转`;
    const text = formatHuman(diffPlans(old, { plan, units: old.units }), { color: true });
    expect(text).toContain('⟨U+001B⟩[2J⟨U+001B⟩]0;pwned⟨U+0007⟩⟨U+202E⟩反转');
    // The only escapes are our own colour codes.
    expect(text.replaceAll(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '')).not.toContain(ESC);
  });

  it('speaks English frame words with lang en', async () => {
    const text = formatHuman(await diffCase('item-moved-section'), { color: false, lang: 'en' });
    expect(text).toBe(
      [
        'Plan revision: 0 added, 0 removed, 1 moved, 0 changed',
        'deadlines: 0 later, 0 earlier',
        '',
        'Moved 1',
        '  > item it-check  督导检查',
        '      at  sec-tasks #3 → sec-requirements #1',
        '',
      ].join('\n'),
    );
  });

  it('says when the versions are the same', async () => {
    expect(formatHuman(await diffCase('identical'), { color: true })).toBe('两个版本内容相同。\n');
  });
});
