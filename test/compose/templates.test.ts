/**
 * Prose templates: the bundled set, a user's folder overriding it by file name, and hostile
 * templates (hardening.md §3) turned into diagnostics with the template's file and line, with no
 * prototype touched and nothing of them reaching a document.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { escapeMarkdown } from '../../src/compose/prose/escape.js';
import { TEMPLATE_NAMES, templateFile } from '../../src/compose/prose/names.js';
import { createProse } from '../../src/compose/prose/render.js';
import { Slots } from '../../src/compose/prose/slots.js';
import { loadTemplates, type TemplateSet, type TemplateSource } from '../../src/compose/prose/templates.js';
import { validateTemplate } from '../../src/compose/prose/validate.js';
import type { Unit } from '../../src/plan/types.generated.js';

const units = new Map<string, Unit>([
  ['poverty-office', { id: 'poverty-office', name: '青石镇扶贫开发办公室', short: '镇扶贫办' }],
  ['villages', { id: 'villages', name: '青石镇各村（社区）', short: '各村（社区）' }],
]);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongwen-templates-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function userTemplates(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text, 'utf8');
  return loadTemplates(dir);
}

/** Renders once, as Markdown and as blocks (the blocks from a second, silent rendering). */
function render(templates: TemplateSet, name: (typeof TEMPLATE_NAMES)[number], context: object) {
  const diagnostics: Diagnostic[] = [];
  const blocks = createProse({ templates, units, year: 2020, diagnostics }).blocks(name, context);
  const markdown = createProse({ templates, units, year: 2020, diagnostics: [] }).markdown(name, context);
  return { blocks, markdown, diagnostics };
}

const where = (d: Diagnostic) =>
  `${basename(d.file)}:${d.range.start.line}:${d.range.start.column} ${d.code}`;

describe('bundled templates', () => {
  it('are all present and pass the checks user templates must pass', async () => {
    const { templates, diagnostics } = await loadTemplates();
    expect(diagnostics).toEqual([]);
    expect([...templates.keys()].sort()).toEqual([...TEMPLATE_NAMES].sort());
    for (const source of templates.values()) expect(validateTemplate(source).diagnostics).toEqual([]);
  });

  it('render the notice body with its defaults', async () => {
    const { templates } = await loadTemplates();
    const { markdown, diagnostics } = render(templates, 'notice-body', {
      title: '青石镇工作方案',
      approvedBy: '镇人民政府',
    });
    expect(diagnostics).toEqual([]);
    expect(markdown).toBe('《青石镇工作方案》已经镇人民政府同意，现印发给你们，请认真贯彻落实。\n');
  });

  it('annotate units with the variants a plan needs', async () => {
    const { templates } = await loadTemplates();
    const text = (context: object) => render(templates, 'item-units', context).markdown?.trim();
    const none = { lead: null, responsible: null, support: null, deadline: null };
    expect(text({ ...none, responsible: ['villages'] })).toBe('【责任单位：各村（社区）】');
    expect(text({ ...none, support: ['villages'] })).toBe('【配合单位：各村（社区）】');
    expect(text({ ...none, deadline: '2020-06-10' })).toBe('【完成时限：6月10日前】');
    expect(
      text({
        lead: ['poverty-office'],
        responsible: ['villages'],
        support: ['villages'],
        deadline: { on: '2020-06-11' },
      }),
    ).toBe('【牵头单位：镇扶贫办；责任单位：各村（社区）；配合单位：各村（社区）；完成时限：6月11日】');
    expect(
      render(templates, 'issue-units', {
        ...none,
        lead: ['poverty-office'],
        deadline: '长期坚持',
      }).markdown?.trim(),
    ).toBe('（牵头部门：镇扶贫办；整改时限：长期坚持）');
  });
});

describe('a user templates folder', () => {
  it('overrides a template by file name and leaves the others bundled', async () => {
    const { templates, diagnostics } = await userTemplates({
      'notice-body.md.hbs': '现将《{{title}}》印发给你们，请遵照执行。',
      'notes.txt': 'not a template',
    });
    expect(diagnostics).toEqual([]);
    expect(templates.get('notice-body')?.bundled).toBe(false);
    expect(templates.get('contacts')?.bundled).toBe(true);
    expect(render(templates, 'notice-body', { title: '方案', approvedBy: 'x' }).markdown).toBe(
      '现将《方案》印发给你们，请遵照执行。',
    );
  });

  it('warns about a file that matches no template, with a suggestion', async () => {
    const { diagnostics } = await userTemplates({ 'notice-bdy.md.hbs': '{{title}}' });
    expect(diagnostics.map(where)).toEqual(['notice-bdy.md.hbs:1:1 template/unknown-name']);
    expect(diagnostics[0]?.severity).toBe('warning');
    expect(diagnostics[0]?.params['suggestion']).toBe('notice-body.md.hbs');
  });

  it('refuses a symlink that leaves the folder, accepts one that stays inside', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'gongwen-outside-'));
    try {
      await writeFile(join(outside, 'secret.hbs'), '{{title}}');
      await symlink(join(outside, 'secret.hbs'), join(dir, 'notice-body.md.hbs'));
      await mkdir(join(dir, 'shared'));
      await writeFile(join(dir, 'shared', 'contacts.hbs'), '联系人：{{#each contacts}}{{name}}{{/each}}');
      await symlink(join(dir, 'shared', 'contacts.hbs'), join(dir, 'contacts.md.hbs'));
      const { templates, diagnostics } = await loadTemplates(dir);
      expect(diagnostics.map(where)).toEqual(['notice-body.md.hbs:1:1 template/outside']);
      expect(templates.get('notice-body')?.bundled).toBe(true);
      expect(templates.get('contacts')?.bundled).toBe(false);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('reports a folder that cannot be read', async () => {
    const { templates, diagnostics } = await loadTemplates(join(dir, 'missing'));
    expect(diagnostics.map((d) => d.code)).toEqual(['template/unreadable']);
    expect(templates.size).toBe(TEMPLATE_NAMES.length);
  });

  it('names the file and line of a syntax error and falls back to the bundled template', async () => {
    // Handlebars notices the unclosed block where the file ends.
    const { templates, diagnostics } = await userTemplates({
      'contacts.md.hbs': '联系人：\n{{#each contacts}}{{name}}\n',
    });
    expect(diagnostics.map(where)).toEqual(['contacts.md.hbs:3:1 template/syntax']);
    expect(diagnostics[0]?.file).toBe(join(dir, 'contacts.md.hbs'));
    expect(templates.get('contacts')?.bundled).toBe(true);
  });

  it('names the missing field, its file and line, and the fields that exist', async () => {
    const { templates } = await userTemplates({ 'notice-body.md.hbs': '现将\n《{{titel}}》印发。' });
    const { blocks, diagnostics } = render(templates, 'notice-body', { title: '方案', approvedBy: 'x' });
    expect(blocks).toEqual([]);
    expect(diagnostics.map(where)).toEqual(['notice-body.md.hbs:2:4 template/missing-field']);
    expect(diagnostics[0]?.params).toMatchObject({ field: 'titel', allowed: 'title、approvedBy' });
  });

  it('explains a helper called with the wrong argument', async () => {
    const { templates } = await userTemplates({ 'phase-units.md.hbs': '【{{units 3}}】' });
    const { diagnostics } = render(templates, 'phase-units', { owners: ['villages'] });
    expect(diagnostics.map(where)).toEqual(['phase-units.md.hbs:1:1 template/helper-argument']);
    expect(diagnostics[0]?.params['helper']).toBe('units');
  });
});

const HOSTILE: Record<string, string> = {
  constructor: '{{constructor}}',
  proto: '{{__proto__}}',
  'with-lookup': '{{#with (lookup this "constructor")}}{{this}}{{/with}}',
  lookup: '{{lookup . "__proto__"}}',
  'each-lookup': '{{#each (lookup this "__proto__")}}{{@key}}{{/each}}',
  'constructor-call': '{{this.constructor.constructor "return process"}}',
  'getter-chain': '{{#with (__lookupGetter__ "__proto__")}}{{this}}{{/with}}',
  'helper-missing': '{{helperMissing "x"}}',
  'block-helper-missing': '{{#blockHelperMissing this}}x{{/blockHelperMissing}}',
  partial: '{{> partial}}',
  'partial-block': '{{#> layout}}x{{/layout}}',
  decorator: '{{* decorator}}',
  'data-variable': '{{@partial-block}}',
  log: '{{log "x"}}',
  'to-string': '{{title.toString}}',
  'literal-path': '{{"constructor"}}',
  'segment-literal': '{{[__proto__]}}',
  'root-constructor': '{{@root.constructor}}',
  'hash-value': '{{join contacts sep=(lookup this "x")}}',
  'value-of': '{{#if valueOf}}x{{/if}}',
};

describe('hostile templates', () => {
  const protoKeys = () =>
    [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) =>
      Object.getOwnPropertyNames(proto).sort().join(','),
    );

  it.each(Object.entries(HOSTILE))('%s is refused with its file and line', async (_name, text) => {
    const before = protoKeys();
    const { templates, diagnostics } = await userTemplates({ 'notice-body.md.hbs': `第一行\n${text}` });
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.code).toBe('template/forbidden');
      expect(d.file).toBe(join(dir, 'notice-body.md.hbs'));
      expect(d.range.start.line).toBe(2);
    }
    expect(templates.get('notice-body')?.bundled).toBe(true);
    expect(protoKeys()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('gets nothing from the prototype even when a template skips the checks', () => {
    const before = protoKeys();
    for (const text of [
      '{{constructor}}{{__proto__}}',
      '{{constructor.name}}',
      '{{#each this}}{{@key}}{{/each}}',
    ]) {
      const source: TemplateSource = { name: 'notice-body', path: 'hostile.md.hbs', text, bundled: false };
      const { markdown, diagnostics } = render(new Map([['notice-body', source]]), 'notice-body', {
        title: 't',
        approvedBy: 'a',
      });
      expect(markdown ?? '').not.toMatch(/function|Object|\[native/);
      for (const d of diagnostics) expect(d.code).toBe('template/missing-field');
    }
    expect(protoKeys()).toEqual(before);
  });

  it('cannot put raw HTML or an image into a document', async () => {
    const { templates, diagnostics } = await userTemplates({
      'notice-body.md.hbs': '正文{{title}}\n\n<script>alert(1)</script>\n\n![x](file:///etc/passwd)',
    });
    expect(diagnostics).toEqual([]);
    const rendered = render(templates, 'notice-body', { title: '甲', approvedBy: 'a' });
    expect(rendered.diagnostics.map(where)).toEqual([
      'notice-body.md.hbs:3:1 markdown/html',
      'notice-body.md.hbs:5:1 markdown/image',
    ]);
    expect(JSON.stringify(rendered.blocks)).not.toMatch(/script|passwd/);
  });
});

describe('values in templates', () => {
  it('are text, never Markdown or HTML, once escaped as composers escape them', async () => {
    const { templates } = await loadTemplates();
    const title = '<b>甲</b> *乙* [丙](http://x) 1. # 丁 \\ `戊` &amp;';
    const { blocks, diagnostics } = render(templates, 'notice-body', {
      title: escapeMarkdown(title),
      approvedBy: 'a',
    });
    expect(diagnostics).toEqual([]);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', value: `《${title}》已经a同意，现印发给你们，请认真贯彻落实。` }],
        indent: 'first-line',
        align: 'justify',
      },
    ]);
    // A value that skipped escaping still cannot smuggle HTML through: it is reported and dropped.
    const raw = render(templates, 'notice-body', { title: '<b>甲</b>', approvedBy: 'a' });
    expect(raw.diagnostics.map((d) => d.code)).toEqual(['markdown/html', 'markdown/html']);
    expect(JSON.stringify(raw.blocks)).not.toContain('<');
  });

  it('keep Markdown fields parsed on their own, inline where the template puts them', async () => {
    const { templates } = await loadTemplates();
    const diagnostics: Diagnostic[] = [];
    const prose = createProse({ templates, units, year: 2020, diagnostics });
    const slots = new Slots();
    const text = slots.put([
      {
        type: 'paragraph',
        children: [{ type: 'strong', children: [{ type: 'text', value: '加强' }] }],
        indent: 'first-line',
        align: 'justify',
      },
      {
        type: 'paragraph',
        children: [{ type: 'text', value: '第二段' }],
        indent: 'first-line',
        align: 'justify',
      },
    ]);
    expect(prose.blocks('measure', { text, deadline: '2020-05-31' }, slots)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: '加强' }] },
          { type: 'text', value: '（5月31日前）' },
        ],
        indent: 'first-line',
        align: 'justify',
      },
      {
        type: 'paragraph',
        children: [{ type: 'text', value: '第二段' }],
        indent: 'first-line',
        align: 'justify',
      },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('every template file is named after a template', () => {
    for (const name of TEMPLATE_NAMES) expect(templateFile(name)).toBe(`${name}.md.hbs`);
  });
});
