// Renders the plan and units schemas as docs/plan-reference.md, the reference of the plan language.
import { classify, fieldDoc, lookup, parseSchemas, pascalCase, walkSlots } from './schema-walk.js';
import type {
  Def,
  Doc,
  FieldKind,
  ObjectType,
  SchemaModel,
  Slot,
  StringType,
  TypeNode,
} from './schema-walk.js';

/** An object that gets its own section: a def, or an inline object named after where it sits. */
interface ObjectSection {
  readonly name: string;
  readonly doc: Doc;
  readonly type: ObjectType;
  /** For inline objects: the section and key holding them. */
  readonly parent?: { readonly name: string; readonly key: string };
}

interface Context {
  readonly model: SchemaModel;
  readonly inlineNames: ReadonlyMap<ObjectType, string>;
}

const INTRO = `A gongwen plan is a YAML file describing one campaign (专项工作): who issues it, the body of the \
scheme, the responsible units, deadlines, phases, the issues found and how their rectification progresses. \
gongwen checks it against \`schemas/plan.schema.json\` and renders the notice, the scheme, ledgers and reports \
from it. Responsible units can be kept in a shared registry file (\`kind: units\`) checked against \
\`schemas/units.schema.json\`.

Each section below describes one object: its keys, what type of value each takes, whether it is required, and \
what it means (from the schemas' Chinese titles and descriptions). Keys that are not listed are rejected.`;

const LABELS: Partial<Record<FieldKind, readonly [singular: string, plural: string]>> = {
  markdown: ['Markdown', 'Markdown texts'],
  line: ['text', 'texts'],
  date: ['date (YYYY-MM-DD)', 'dates (YYYY-MM-DD)'],
  id: ['ID', 'IDs'],
  unitRef: ['unit ID', 'unit IDs'],
};

const MARKDOWN_HEADING = 'Fields that accept Markdown';
const DEADLINE_HEADING = 'Deadlines';
const VALUE_TYPES_HEADING = 'Value types';

export function schemaToMarkdown(planSchema: unknown, unitsSchema: unknown): string {
  const model = parseSchemas(planSchema, unitsSchema);
  const sections = objectSections(model);
  const ctx: Context = {
    model,
    inlineNames: new Map(sections.flatMap((s) => (s.parent ? [[s.type, s.name] as const] : []))),
  };
  const headings = [...sections.map((s) => s.name), VALUE_TYPES_HEADING, MARKDOWN_HEADING, DEADLINE_HEADING];
  const blocks = [
    '# Plan language reference（计划文件参考）',
    '<!-- Generated from schemas/*.schema.json by scripts/gen.ts — do not edit; run `npm run gen`. -->',
    INTRO,
    headings.map((heading) => `- ${link(heading, heading)}`).join('\n'),
    ...sections.map((section) => objectBlock(ctx, section)),
    valueTypesBlock(ctx),
    markdownBlock(ctx),
    deadlineBlock(ctx),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Plan objects breadth-first from the root, then the units registry's, then any def nothing refers to. */
function objectSections(model: SchemaModel): ObjectSection[] {
  const sections: ObjectSection[] = [];
  const seen = new Map<string, ObjectType>();
  const fromRoot = (root: Def): void => {
    const queue: ObjectSection[] = [];
    const enqueue = (section: ObjectSection): void => {
      const previous = seen.get(section.name);
      if (previous === section.type) return;
      if (previous !== undefined) throw new Error(`two objects would both be documented as ${section.name}`);
      seen.set(section.name, section.type);
      queue.push(section);
    };
    if (root.type.kind === 'object') enqueue({ name: root.name, doc: root, type: root.type });
    for (let section = queue.shift(); section; section = queue.shift()) {
      sections.push(section);
      for (const field of section.type.fields) {
        for (const { def, type } of objectsIn(model, field.type, root.file, new Set())) {
          enqueue(
            def
              ? { name: def.name, doc: def, type }
              : {
                  name: `${section.name}${pascalCase(field.key)}`,
                  doc: fieldDoc(model, field),
                  type,
                  parent: { name: section.name, key: field.key },
                },
          );
        }
      }
    }
  };
  fromRoot(model.plan);
  fromRoot(model.units);
  for (const def of model.defs) fromRoot(def);
  return sections;
}

/** Object defs (`def` set) and inline objects a value holds directly; objects inside unions stay inline. */
function objectsIn(
  model: SchemaModel,
  type: TypeNode,
  file: Def['file'],
  visited: Set<string>,
): { def: Def | null; type: ObjectType }[] {
  switch (type.kind) {
    case 'ref': {
      const def = lookup(model, type.name);
      if (def.file !== file || visited.has(def.name)) return [];
      visited.add(def.name);
      return def.type.kind === 'object'
        ? [{ def, type: def.type }]
        : objectsIn(model, def.type, file, visited);
    }
    case 'array':
      return objectsIn(model, type.items, file, visited);
    case 'object':
      return [{ def: null, type }];
    case 'anyOf':
      return type.members.flatMap((member) =>
        member.kind === 'object' ? [] : objectsIn(model, member, file, visited),
      );
    default:
      return [];
  }
}

function objectBlock(ctx: Context, section: ObjectSection): string {
  const lines = [`## ${section.name}`, '', describe(section.doc)];
  if (section.parent) {
    lines.push(
      '',
      `The value of \`${section.parent.key}\` in ${link(section.parent.name, section.parent.name)}.`,
    );
  }
  const oneOf = section.type.atLeastOneOf;
  lines.push('', '| Key | Type | Required | Meaning |', '| --- | --- | --- | --- |');
  for (const field of section.type.fields) {
    const required = field.required
      ? 'yes'
      : oneOf.includes(field.key)
        ? `at least one of ${oneOf.map(code).join(', ')}`
        : 'no';
    const meaning = describe(fieldDoc(ctx.model, field));
    lines.push(row([code(field.key), label(ctx, field.type), required, meaning]));
  }
  return lines.join('\n');
}

function valueTypesBlock(ctx: Context): string {
  const lines = [
    `## ${VALUE_TYPES_HEADING}`,
    '',
    'The tables above call these value types by a short name.',
    '',
    '| Short name | Type | Written as | Meaning |',
    '| --- | --- | --- | --- |',
  ];
  for (const def of ctx.model.defs) {
    if (def.type.kind === 'object') continue;
    const short = label(ctx, { kind: 'ref', name: def.name });
    const written = label(ctx, def.type);
    if (short !== written) lines.push(row([short, code(def.name), written, describe(def)]));
  }
  return lines.join('\n');
}

function markdownBlock(ctx: Context): string {
  const lines = [
    `## ${MARKDOWN_HEADING}`,
    '',
    describe(requireDef(ctx.model, 'markdown')),
    '',
    'All other text fields are printed as written.',
  ];
  for (const root of [ctx.model.plan, ctx.model.units]) {
    const slots = slotsOfKind(ctx.model, root, 'markdown');
    if (slots.length === 0) continue;
    lines.push('', `In ${link(root.name, root.name)}:`, '');
    for (const slot of slots)
      lines.push(`- ${code(slot.path)} — ${fieldDoc(ctx.model, slot.field).title ?? ''}`);
    for (const slot of recursiveSlots(ctx.model, root)) {
      const name = slot.type.kind === 'ref' ? slot.type.name : '';
      lines.push(
        '',
        `${code(slot.path)} nests ${link(name, name)} again: the same fields accept Markdown at every depth.`,
      );
    }
  }
  return lines.join('\n');
}

function deadlineBlock(ctx: Context): string {
  const deadline = requireDef(ctx.model, 'deadline');
  const forms = deadline.type.kind === 'anyOf' ? deadline.type.members : [deadline.type];
  const lines = [
    `## ${DEADLINE_HEADING}`,
    '',
    describe(deadline),
    '',
    'A deadline takes one of these forms:',
    '',
  ];
  lines.push(...forms.map((form) => `- ${capitalize(label(ctx, form))}`));
  lines.push('', 'Fields that take a deadline:', '');
  lines.push(...slotsOfKind(ctx.model, ctx.model.plan, 'deadline').map((slot) => `- ${code(slot.path)}`));
  return lines.join('\n');
}

function slotsOfKind(model: SchemaModel, root: Def, kind: FieldKind): Slot[] {
  const slots: Slot[] = [];
  walkSlots(model, root, (slot) => {
    if (classify(model, slot.type) === kind && !slots.some((s) => s.path === slot.path)) slots.push(slot);
  });
  return slots;
}

/** Recursive slots under which some Markdown field was cut off by the walk. */
function recursiveSlots(model: SchemaModel, root: Def): Slot[] {
  const slots: Slot[] = [];
  walkSlots(model, root, (slot) => {
    if (slot.recursive && slot.type.kind === 'ref') {
      const def = lookup(model, slot.type.name);
      if (slotsOfKind(model, def, 'markdown').length > 0) slots.push(slot);
    }
  });
  return slots;
}

function requireDef(model: SchemaModel, key: string): Def {
  const def = model.defs.find((d) => d.file === 'plan.schema.json' && d.key === key);
  if (!def) throw new Error(`plan schema has no $defs/${key}; update scripts/lib/schema-to-markdown.ts`);
  return def;
}

/** How a type reads in a table cell; `plural` when it follows “list of”. */
function label(ctx: Context, type: TypeNode, plural = false): string {
  const kind = classify(ctx.model, type);
  const known = LABELS[kind];
  if (type.kind === 'ref') {
    const def = lookup(ctx.model, type.name);
    if (known) return known[plural ? 1 : 0];
    if (kind === 'deadline') return link(plural ? 'deadlines' : 'deadline', DEADLINE_HEADING);
    return def.type.kind === 'object' ? link(def.name, def.name) : label(ctx, def.type, plural);
  }
  switch (type.kind) {
    case 'string':
      return withConstraints(plural ? 'texts' : 'text', type);
    case 'number':
      return plural ? 'numbers' : 'number';
    case 'boolean':
      return '`true` or `false`';
    case 'enum':
      return `one of ${type.values.map(code).join(', ')}`;
    case 'const':
      return `always ${code(type.value)}`;
    case 'array':
      return `${listOf(type.minItems, type.maxItems)} ${label(ctx, type.items, true)}`;
    case 'object': {
      const name = ctx.inlineNames.get(type);
      if (name !== undefined) return link(name, name);
      const keys = type.fields.map((field) => {
        const title = fieldDoc(ctx.model, field).title;
        return `${code(field.key)} (${title === undefined ? '' : `${title}, `}${label(ctx, field.type)})`;
      });
      return `object with ${keys.join(' and ')}`;
    }
    case 'anyOf':
      return `one of: ${type.members.map((member) => label(ctx, member)).join('; ')}`;
  }
}

function listOf(min = 0, max?: number): string {
  if (max !== undefined) return `list of ${min}–${max}`;
  if (min === 1) return 'non-empty list of';
  return min > 1 ? `list of at least ${min}` : 'list of';
}

function withConstraints(text: string, type: StringType): string {
  const notes: string[] = [];
  if (type.pattern !== undefined) notes.push(`matching ${code(type.pattern)}`);
  const { minLength: min = 0, maxLength: max } = type;
  if (max !== undefined) notes.push(min > 0 ? `${min}–${max} characters` : `at most ${max} characters`);
  else if (min > 0) notes.push(`at least ${min} characters`);
  return notes.length > 0 ? `${text} (${notes.join(', ')})` : text;
}

function describe(doc: Doc): string {
  const title = doc.title === undefined ? [] : [`**${doc.title}**`];
  const description = doc.description === undefined ? [] : [doc.description];
  return [...title, ...description].join(' — ');
}

/** A link to a heading, using the anchor GitHub derives from the heading text. */
function link(text: string, heading: string): string {
  const anchor = heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
  return `[${text}](#${anchor})`;
}

function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function row(cells: string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\r?\n/g, ' ').replaceAll('|', '\\|')).join(' | ')} |`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
