/**
 * The Markdown output is posted as a pull-request comment, so plan text in it must stay text:
 * parsed back with a GFM parser (remark, autolink literals on, as GitHub's), it must hold no link,
 * image, definition or HTML but our own <del>/<ins>/<br>, and no @mention, #123 reference or bare
 * URL that GitHub would pick out of the rendered text.
 */
import { join } from 'node:path';
import type { Node, Parent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownInline, visible } from '../../src/diff/inert.js';
import { formatMarkdown } from '../../src/diff/format-markdown.js';
import { diffPlans } from '../../src/diff/plan-diff.js';
import type { DiffInput } from '../../src/diff/types.js';
import fc from 'fast-check';
import { diffFixtures, loadPlan } from './load.js';

const OUR_HTML = new Set(['<del>', '</del>', '<ins>', '</ins>', '<br>']);
const gfm = unified().use(remarkParse).use(remarkGfm).freeze();

function nodes(tree: Root): Node[] {
  const out: Node[] = [];
  const visit = (node: Node) => {
    out.push(node);
    for (const child of (node as Parent).children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/** The problems a GitHub comment would have with this Markdown; none expected. */
function activeParts(markdown: string): string[] {
  const problems: string[] = [];
  for (const node of nodes(gfm.parse(markdown))) {
    if (
      ['link', 'image', 'linkReference', 'imageReference', 'definition', 'footnoteReference'].includes(
        node.type,
      )
    )
      problems.push(node.type);
    const value = 'value' in node && typeof node.value === 'string' ? node.value : '';
    if (node.type === 'html' && !OUR_HTML.has(value)) problems.push(`html ${value}`);
    if (node.type === 'text') {
      const text = value;
      // GitHub's mention, issue-reference and autolink filters run on the rendered text.
      for (const pattern of [/@[A-Za-z0-9]/, /#\d/, /\bgh-\d/i, /:\/\//, /\bwww\./i])
        if (pattern.test(text)) problems.push(`${pattern} in ${JSON.stringify(text)}`);
    }
  }
  return problems;
}

const HOSTILE = [
  '[x](http://evil)',
  '@org/team',
  '<img src=x>',
  '![i](http://x)',
  'www.evil.example',
  'https://evil.example/a?b=c',
  'mail me@evil.example',
  'fixes #123 and GH-45',
  '[ref]: http://evil',
  '<script>alert(1)</script>',
  '&lt;img src=x&gt;',
  '**bold** _em_ `code`',
  '| a | b |',
  '\\[x\\](http://evil)',
];

async function base(): Promise<DiffInput> {
  return loadPlan(join(diffFixtures, 'identical', 'old.yaml'));
}

describe('Markdown output is inert', () => {
  it.each(HOSTILE)('markdownInline(%j) parses to plain text', (text) => {
    expect(activeParts(`- ${markdownInline(text)}`)).toEqual([]);
    expect(activeParts(`- <ins>${markdownInline(text)}</ins>`)).toEqual([]);
  });

  it('hostile plan text in labels, titles, prose edits, units and paths', async () => {
    const old = await base();
    const plan = structuredClone(old.plan);
    const hostile = HOSTILE.join(' ');
    const tasks = plan.sections[0]!;
    tasks.title = `工作任务 ${HOSTILE[0]}`;
    tasks.items!.push({
      id: 'it-evil',
      title: HOSTILE[1],
      text: `${hostile}\n\n第二段 ${HOSTILE[3]}`,
      lead: ['evil'],
    });
    const issue = plan.issues![0]!.items[0]!;
    issue.summary = `${HOSTILE[2]} ${HOSTILE[1]}`;
    issue.problem = issue.problem.replace('随访记录', `随访记录${HOSTILE[3]}${HOSTILE[2]}`);
    plan.sections[3]!.sections![0]!.title = hostile; // an unnamed section: its id holds the title
    plan.notice!.recipients.push(HOSTILE[4]!);
    const units = new Map(old.units);
    units.set('evil', { id: 'evil', name: '@org/evil', short: '[单位](http://evil) @org/team' });
    const markdown = formatMarkdown(diffPlans(old, { plan, units }));
    expect(activeParts(markdown)).toEqual([]);
    // The text is still all there for the reviewer, only inert.
    expect(markdown).toContain(String.raw`\[x\]\(http\:` + '\u200b' + String.raw`\/\/evil\)`);
    expect(markdown).toContain('\\@\u200borg\\/team');
    expect(markdown).toContain(String.raw`\<img src\=x\>`);
    expect(markdown).toContain(
      String.raw`随访记录<ins>\!\[i\]\(http\:` + '\u200b' + String.raw`\/\/x\)\<img src\=x\></ins>不完整`,
    );
  });

  it('holds for any text (property)', () => {
    const alphabet = fc.constantFrom(...'[]()!<>@#:/\\`*_~&;=w.h 0123456789ab中文\n'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')),
        (text) => {
          expect(activeParts(`- ${markdownInline(text)}`)).toEqual([]);
        },
      ),
      { seed: 20260607, numRuns: 500 },
    );
  });

  it('neutralises bidirectional overrides and control characters', () => {
    expect(visible('甲\u202E乙\u0007丙\u001b[2J')).toBe('甲⟨U+202E⟩乙⟨U+0007⟩丙⟨U+001B⟩[2J');
    expect(markdownInline('甲\u202E乙')).toBe(String.raw`甲⟨U\+202E⟩乙`);
  });
});

describe('Markdown layout', () => {
  it('says so when the versions are the same', async () => {
    const plan = await base();
    expect(formatMarkdown(diffPlans(plan, plan))).toBe('### 方案修订比对\n\n两个版本内容相同。\n');
    expect(formatMarkdown(diffPlans(plan, plan), { lang: 'en' })).toBe(
      '### Plan revision\n\nThe two versions are the same.\n',
    );
  });

  it('stops listing before maxChars and says how many were left out; the summary stays', async () => {
    const old = await base();
    const plan = structuredClone(old.plan);
    for (let i = 0; i < 200; i++)
      plan.sections[0]!.items!.push({
        id: `it-bulk-${i}`,
        text: `新增的第${i}项工作任务，内容较长，用于测试截断。`,
      });
    const full = formatMarkdown(diffPlans(old, { plan, units: old.units }), { maxChars: Infinity });
    const cut = formatMarkdown(diffPlans(old, { plan, units: old.units }), { maxChars: 4000 });
    expect(full.length).toBeGreaterThan(4000);
    expect(cut.length).toBeLessThanOrEqual(4000);
    expect(cut).toContain('| 200 | 0 | 0 | 0 | 0 | 0 |');
    expect(cut).toMatch(/……另有 \d+ 项变更未列出（共 200 项）/);
    expect(full).not.toContain('未列出');
  });
});
