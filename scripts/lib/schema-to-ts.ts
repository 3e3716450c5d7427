// Renders the plan and units schemas as TypeScript declarations (scripts/gen.ts runs Prettier over the result).
import { fieldDoc, parseSchemas } from './schema-walk.js';
import type { Def, Doc, Field, SchemaModel, TypeNode } from './schema-walk.js';

export const GENERATED_BANNER =
  '// Generated from schemas/*.schema.json by scripts/gen.ts — do not edit; run `npm run gen`.';

export function schemaToTypeScript(planSchema: unknown, unitsSchema: unknown): string {
  const model = parseSchemas(planSchema, unitsSchema);
  const inFile = (file: Def['file']): Def[] => model.defs.filter((def) => def.file === file);
  const declarations = [
    model.plan,
    ...inFile('plan.schema.json'),
    model.units,
    ...inFile('units.schema.json'),
  ].map((def) => declaration(model, def));
  return `${[GENERATED_BANNER, ...declarations].join('\n\n')}\n`;
}

function declaration(model: SchemaModel, def: Def): string {
  const doc = jsDoc(def, def.type);
  return def.type.kind === 'object'
    ? `${doc}export interface ${def.name} ${tsType(model, def.type)}`
    : `${doc}export type ${def.name} = ${tsType(model, def.type)};`;
}

function tsType(model: SchemaModel, type: TypeNode): string {
  switch (type.kind) {
    case 'ref':
      return type.name;
    case 'string':
    case 'number':
    case 'boolean':
      return type.kind;
    case 'enum':
      return type.values.length === 0 ? 'never' : type.values.map(literal).join(' | ');
    case 'const':
      return literal(type.value);
    case 'array': {
      const items = tsType(model, type.items);
      const isUnion =
        type.items.kind === 'anyOf' || (type.items.kind === 'enum' && type.items.values.length > 1);
      return isUnion ? `(${items})[]` : `${items}[]`;
    }
    case 'object':
      return `{\n${type.fields.map((field) => property(model, field)).join('\n')}\n}`;
    case 'anyOf':
      return type.members.map((member) => tsType(model, member)).join(' | ');
  }
}

function property(model: SchemaModel, field: Field): string {
  const key = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(field.key) ? field.key : literal(field.key);
  const optional = field.required ? '' : '?';
  return `${jsDoc(fieldDoc(model, field), field.type)}${key}${optional}: ${tsType(model, field.type)};`;
}

/** The comment (with its trailing newline) for a declaration, or '' when the schema says nothing. */
function jsDoc(doc: Doc, type: TypeNode): string {
  const paragraphs = [doc.title, doc.description].filter((text): text is string => text !== undefined);
  if (type.kind === 'object' && type.atLeastOneOf.length > 0) {
    paragraphs.push(
      `At least one of ${type.atLeastOneOf.map((key) => `\`${key}\``).join(', ')} is required.`,
    );
  }
  if (paragraphs.length === 0) return '';
  // A `*/` inside the text would end the comment early.
  const lines = paragraphs.join('\n\n').replaceAll('*/', '*\\/').split('\n');
  if (lines.length === 1) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n')}\n */\n`;
}

function literal(value: string): string {
  const escaped = JSON.stringify(value).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'");
  return `'${escaped}'`;
}
