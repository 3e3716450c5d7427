/**
 * The Handlebars environment for prose: isolated (Handlebars.create()), compiled strict (a missing
 * field throws instead of printing nothing), knownHelpersOnly with our helpers declared, no HTML
 * escaping (the output is Markdown, escaped value by value in escape.ts), and rendered without any
 * allowProto* runtime option. The Markdown it produces goes through the same remark path as plan
 * prose, so a template cannot put anything into a document that a plan could not.
 */
import { Handlebars } from './handlebars.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Unit } from '../../plan/types.generated.js';
import { markdownToBlocks } from '../../markdown/index.js';
import type { Block, Inline } from '../../tree/types.js';
import { renderError } from './errors.js';
import { helpers } from './helpers.js';
import type { TemplateSet, TemplateSource } from './templates.js';
import type { TemplateName } from './names.js';
import { lineOf, templateDiagnostic } from './place.js';
import type { Slots } from './slots.js';
import { OUR_HELPERS } from './validate.js';

const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: {
    ...Object.fromEntries(OUR_HELPERS.map((name) => [name, true])),
    lookup: false,
    log: false,
    with: false,
  },
};

export interface ProseOptions {
  templates: TemplateSet;
  units: ReadonlyMap<string, Unit>;
  /** The document's year (deadlines in it print without one). */
  year: number;
  /** Where render problems go. */
  diagnostics: Diagnostic[];
}

export interface Prose {
  /** The template's Markdown, or undefined when it failed (and was reported). */
  markdown(name: TemplateName, context: object): string | undefined;
  blocks(name: TemplateName, context: object, slots?: Slots): Block[];
  /** The inline content of the template's paragraphs, run together. */
  inlines(name: TemplateName, context: object, slots?: Slots): Inline[];
}

export function createProse(options: ProseOptions): Prose {
  const env = Handlebars.create();
  for (const name of ['lookup', 'log', 'with']) env.unregisterHelper(name);
  for (const [name, helper] of Object.entries(helpers(options))) env.registerHelper(name, helper);
  const compiled = new Map<TemplateName, HandlebarsTemplateDelegate>();

  const sourceOf = (name: TemplateName): TemplateSource => {
    const source = options.templates.get(name);
    if (!source) throw new Error(`gongwen: no template ${name}`);
    return source;
  };

  const markdown = (name: TemplateName, context: object): string | undefined => {
    const source = sourceOf(name);
    try {
      let template = compiled.get(name);
      if (!template) compiled.set(name, (template = env.compile(source.text, COMPILE_OPTIONS)));
      // Plain JSON only: no prototypes, getters or functions can reach a template (hardening.md §3).
      return template(JSON.parse(JSON.stringify(context)));
    } catch (error) {
      options.diagnostics.push(renderError(source, error));
      return undefined;
    }
  };

  const blocks = (name: TemplateName, context: object, slots?: Slots): Block[] => {
    const text = markdown(name, context);
    if (text === undefined) return [];
    const source = sourceOf(name);
    const out = markdownToBlocks(text, (code, params, node) => {
      const needle = node.type === 'html' ? node.value : node.type === 'image' ? node.url : '';
      options.diagnostics.push(templateDiagnostic(source, code, params, lineOf(source, needle)));
    });
    return slots ? slots.fill(out) : out;
  };

  const inlines = (name: TemplateName, context: object, slots?: Slots): Inline[] =>
    blocks(name, context, slots).flatMap((block) => (block.type === 'paragraph' ? block.children : []));

  return { markdown, blocks, inlines };
}
