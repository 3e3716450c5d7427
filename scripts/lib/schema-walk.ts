// Parses the JSON Schema subset used by schemas/*.schema.json into a typed model that the generators walk.

export type SchemaFile = 'plan.schema.json' | 'units.schema.json';

export interface Doc {
  readonly title?: string | undefined;
  readonly description?: string | undefined;
}

export interface RefType {
  readonly kind: 'ref';
  /** Name of the referenced def in the model (see `defName`). */
  readonly name: string;
}
export interface StringType {
  readonly kind: 'string';
  readonly pattern?: string | undefined;
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
}
export interface EnumType {
  readonly kind: 'enum';
  readonly values: readonly string[];
}
export interface ConstType {
  readonly kind: 'const';
  readonly value: string;
}
export interface ArrayType {
  readonly kind: 'array';
  readonly items: TypeNode;
  readonly minItems?: number | undefined;
  readonly maxItems?: number | undefined;
}
export interface ObjectType {
  readonly kind: 'object';
  readonly fields: readonly Field[];
  /** Keys of which at least one must be present (`anyOf` of single-key `required`); empty when unused. */
  readonly atLeastOneOf: readonly string[];
}
export interface UnionType {
  readonly kind: 'anyOf';
  readonly members: readonly TypeNode[];
}
export type TypeNode =
  | RefType
  | StringType
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | EnumType
  | ConstType
  | ArrayType
  | ObjectType
  | UnionType;

export interface Field extends Doc {
  readonly key: string;
  readonly required: boolean;
  readonly type: TypeNode;
}

export interface Def extends Doc {
  /** TypeScript name, also used as the heading of the def in the reference. */
  readonly name: string;
  readonly file: SchemaFile;
  /** Key under `$defs`, or null for a schema root. */
  readonly key: string | null;
  readonly type: TypeNode;
}

export interface SchemaModel {
  readonly plan: Def;
  readonly units: Def;
  /** Every `$defs` entry, plan schema first, each file in declaration order. */
  readonly defs: readonly Def[];
  readonly byName: ReadonlyMap<string, Def>;
}

const ROOT_NAMES: Record<SchemaFile, string> = {
  'plan.schema.json': 'Plan',
  'units.schema.json': 'UnitsRegistry',
};

// `Date` would shadow the global constructor in the generated declarations.
const NAME_OVERRIDES: ReadonlyMap<string, string> = new Map([['date', 'IsoDate']]);

export function pascalCase(key: string): string {
  return key
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export function defName(key: string): string {
  const name = NAME_OVERRIDES.get(key) ?? pascalCase(key);
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) {
    throw new Error(
      `$defs key ${JSON.stringify(key)} does not yield a valid type name (${JSON.stringify(name)})`,
    );
  }
  return name;
}

type JsonObject = Record<string, unknown>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

// Everything these schemas use; any other keyword is rejected before its meaning could be lost.
const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  ...['$schema', '$defs', '$ref', 'title', 'description', 'type', 'enum', 'const', 'anyOf'],
  ...['properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems'],
  ...['pattern', 'minLength', 'maxLength'],
]);

/** One schema object; remembers which keywords were read so leftovers can be rejected. */
class SchemaNode {
  private readonly used = new Set<string>();

  private constructor(
    private readonly raw: JsonObject,
    readonly at: string,
  ) {}

  static of(value: unknown, at: string): SchemaNode {
    if (!isJsonObject(value)) {
      throw new Error(`${at}: expected a schema object, got ${JSON.stringify(value)}`);
    }
    const node = new SchemaNode(value, at);
    node.reject((key) => !SUPPORTED_KEYWORDS.has(key));
    return node;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.raw, key);
  }

  take(key: string): unknown {
    this.used.add(key);
    return this.raw[key];
  }

  string(key: string): string | undefined {
    const value = this.take(key);
    if (value !== undefined && typeof value !== 'string') throw this.invalid(key, 'a string');
    return value;
  }

  count(key: string): number | undefined {
    const value = this.take(key);
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
      throw this.invalid(key, 'a non-negative integer');
    }
    return value;
  }

  strings(key: string): string[] | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
      throw this.invalid(key, 'an array of strings');
    }
    return value;
  }

  /** The entries of a keyword whose value maps names to schemas (`properties`, `$defs`). */
  entries(key: string): [string, SchemaNode][] {
    const value = this.take(key);
    if (value === undefined) return [];
    if (!isJsonObject(value)) throw this.invalid(key, 'an object');
    return Object.entries(value).map(([name, schema]) => [
      name,
      SchemaNode.of(schema, `${this.at}/${key}/${pointerSegment(name)}`),
    ]);
  }

  list(key: string): SchemaNode[] {
    const value = this.take(key);
    if (!Array.isArray(value) || value.length === 0) throw this.invalid(key, 'a non-empty array');
    return value.map((schema, i) => SchemaNode.of(schema, `${this.at}/${key}/${i}`));
  }

  child(key: string): SchemaNode {
    return SchemaNode.of(this.take(key), `${this.at}/${key}`);
  }

  /** Rejects every keyword nobody read: a known keyword in a place where the generators would ignore it. */
  done(): void {
    this.reject((key) => !this.used.has(key));
  }

  private reject(unsupported: (key: string) => boolean): void {
    const keys = Object.keys(this.raw).filter(unsupported);
    if (keys.length > 0) {
      const list = keys.map((key) => JSON.stringify(key)).join(', ');
      throw new Error(
        `${this.at}: unsupported JSON Schema keyword${keys.length > 1 ? 's' : ''} ${list} here; ` +
          'teach scripts/lib/schema-walk.ts about it before using it in a schema',
      );
    }
  }

  private invalid(key: string, expected: string): Error {
    return new Error(`${this.at}: "${key}" must be ${expected}, got ${JSON.stringify(this.raw[key])}`);
  }
}

interface Context {
  readonly file: SchemaFile;
  /** Def names by file and `$defs` key, known before parsing so forward and cross-file refs resolve. */
  readonly names: ReadonlyMap<SchemaFile, ReadonlyMap<string, string>>;
}

const REF_PATTERN = /^(?:([A-Za-z0-9_.-]+\.schema\.json))?#\/\$defs\/([^/~]+)$/;

function parseRef(ref: string, at: string, ctx: Context): RefType {
  const match = REF_PATTERN.exec(ref);
  if (!match) {
    throw new Error(
      `${at}: unsupported $ref ${JSON.stringify(ref)}; only "#/$defs/name" and "<file>#/$defs/name"`,
    );
  }
  const file = (match[1] ?? ctx.file) as SchemaFile;
  const key = match[2] ?? '';
  const name = ctx.names.get(file)?.get(key);
  if (name === undefined) throw new Error(`${at}: $ref ${JSON.stringify(ref)} does not resolve`);
  return { kind: 'ref', name };
}

function parseDoc(node: SchemaNode): Doc {
  return { title: node.string('title'), description: node.string('description') };
}

function parseSchema(node: SchemaNode, ctx: Context): { doc: Doc; type: TypeNode } {
  const doc = parseDoc(node);
  const type = parseType(node, ctx);
  node.done();
  return { doc, type };
}

/** Parses a schema whose title and description would have nowhere to be shown (array items, union members). */
function parseAnonymous(node: SchemaNode, ctx: Context): TypeNode {
  const { doc, type } = parseSchema(node, ctx);
  if (doc.title !== undefined || doc.description !== undefined) {
    throw new Error(`${node.at}: title/description here would not be rendered; put them on the property`);
  }
  return type;
}

function parseType(node: SchemaNode, ctx: Context): TypeNode {
  if (node.has('$ref')) return parseRef(node.string('$ref') ?? '', node.at, ctx);
  if (node.has('enum')) {
    if (node.has('type') && node.string('type') !== 'string') {
      throw new Error(`${node.at}: only string enums are supported`);
    }
    return { kind: 'enum', values: node.strings('enum') ?? [] };
  }
  if (node.has('const')) {
    const value = node.take('const');
    if (typeof value !== 'string') throw new Error(`${node.at}: only string consts are supported`);
    return { kind: 'const', value };
  }
  if (node.has('anyOf') && !node.has('type')) {
    return { kind: 'anyOf', members: node.list('anyOf').map((member) => parseAnonymous(member, ctx)) };
  }
  const type = node.string('type');
  switch (type) {
    case 'string':
      return {
        kind: 'string',
        pattern: node.string('pattern'),
        minLength: node.count('minLength'),
        maxLength: node.count('maxLength'),
      };
    case 'number':
    case 'boolean':
      return { kind: type };
    case 'array':
      return {
        kind: 'array',
        items: parseAnonymous(node.child('items'), ctx),
        minItems: node.count('minItems'),
        maxItems: node.count('maxItems'),
      };
    case 'object':
      return parseObject(node, ctx);
    case undefined:
      throw new Error(`${node.at}: cannot tell the type (no "type", "enum", "const", "$ref" or "anyOf")`);
    default:
      throw new Error(`${node.at}: unsupported type ${JSON.stringify(type)}`);
  }
}

function parseObject(node: SchemaNode, ctx: Context): ObjectType {
  if (node.take('additionalProperties') !== false) {
    throw new Error(
      `${node.at}: objects must set "additionalProperties": false (open objects are not supported)`,
    );
  }
  const required = node.strings('required') ?? [];
  const fields = node.entries('properties').map(([key, property]): Field => {
    const { doc, type } = parseSchema(property, ctx);
    return { key, required: required.includes(key), ...doc, type };
  });
  const keys = new Set(fields.map((field) => field.key));
  const atLeastOneOf = node.has('anyOf')
    ? node.list('anyOf').map((member) => {
        const alternative = member.strings('required');
        member.done();
        if (alternative?.length !== 1) {
          throw new Error(`${member.at}: an object's anyOf may only hold {"required": [one key]}`);
        }
        return alternative[0] ?? '';
      })
    : [];
  for (const key of [...required, ...atLeastOneOf]) {
    if (!keys.has(key)) throw new Error(`${node.at}: required key ${JSON.stringify(key)} is not a property`);
  }
  return { kind: 'object', fields, atLeastOneOf };
}

/** Parses both schemas; throws on anything the generators could not render faithfully. */
export function parseSchemas(planSchema: unknown, unitsSchema: unknown): SchemaModel {
  const roots = new Map<SchemaFile, SchemaNode>([
    ['plan.schema.json', SchemaNode.of(planSchema, 'plan.schema.json#')],
    ['units.schema.json', SchemaNode.of(unitsSchema, 'units.schema.json#')],
  ]);
  const rawDefs = new Map<SchemaFile, [string, SchemaNode][]>();
  const names = new Map<SchemaFile, Map<string, string>>();
  const claimed = new Map<string, string>();
  const claim = (name: string, where: string): void => {
    const previous = claimed.get(name);
    if (previous !== undefined) throw new Error(`${where}: type name ${name} is already used by ${previous}`);
    claimed.set(name, where);
  };
  for (const [file, root] of roots) {
    root.string('$schema');
    claim(ROOT_NAMES[file], file);
    const entries = root.entries('$defs');
    rawDefs.set(file, entries);
    names.set(file, new Map(entries.map(([key]) => [key, defName(key)])));
    for (const [key] of entries) claim(defName(key), `${file}#/$defs/${key}`);
  }

  const defs: Def[] = [];
  const rootDefs = new Map<SchemaFile, Def>();
  for (const [file, root] of roots) {
    const ctx: Context = { file, names };
    for (const [key, node] of rawDefs.get(file) ?? []) {
      const { doc, type } = parseSchema(node, ctx);
      defs.push({ name: defName(key), file, key, ...doc, type });
    }
    const { doc, type } = parseSchema(root, ctx);
    if (type.kind !== 'object') throw new Error(`${root.at}: the schema root must be an object`);
    rootDefs.set(file, { name: ROOT_NAMES[file], file, key: null, ...doc, type });
  }
  const plan = rootDefs.get('plan.schema.json');
  const units = rootDefs.get('units.schema.json');
  if (!plan || !units) throw new Error('unreachable: both roots are parsed above');
  const byName = new Map([plan, units, ...defs].map((def) => [def.name, def]));
  return { plan, units, defs, byName };
}

export function lookup(model: SchemaModel, name: string): Def {
  const def = model.byName.get(name);
  if (!def) throw new Error(`unknown type ${name}`);
  return def;
}

/**
 * A field's own title and description; a bare `$ref` property borrows only the def's title, because the def's
 * description is shown once with the def rather than repeated on every property that uses it.
 */
export function fieldDoc(model: SchemaModel, field: Field): Doc {
  if (field.title !== undefined || field.description !== undefined) return field;
  return field.type.kind === 'ref' ? { title: lookup(model, field.type.name).title } : {};
}

/** What a value means to gongwen, beyond its JSON type; the first seven come from the plan schema's `$defs`. */
export type FieldKind =
  | 'markdown'
  | 'line'
  | 'date'
  | 'id'
  | 'unitRef'
  | 'unitRefs'
  | 'deadline'
  | 'object'
  | 'list'
  | 'enum'
  | 'const'
  | 'text'
  | 'number'
  | 'boolean'
  | 'union';

const KIND_BY_PLAN_DEF: ReadonlyMap<string, FieldKind> = new Map<string, FieldKind>([
  ['markdown', 'markdown'],
  ['line', 'line'],
  ['date', 'date'],
  ['id', 'id'],
  ['unitRef', 'unitRef'],
  ['unitRefs', 'unitRefs'],
  ['deadline', 'deadline'],
]);

export function classify(model: SchemaModel, type: TypeNode): FieldKind {
  switch (type.kind) {
    case 'ref': {
      const def = lookup(model, type.name);
      const known =
        def.file === 'plan.schema.json' && def.key !== null ? KIND_BY_PLAN_DEF.get(def.key) : undefined;
      return known ?? classify(model, def.type);
    }
    case 'string':
      return 'text';
    case 'array':
      return 'list';
    case 'anyOf':
      return 'union';
    default:
      return type.kind;
  }
}

/** A place in a document where a value goes, e.g. `sections[].points[]`. */
export interface Slot {
  readonly path: string;
  readonly type: TypeNode;
  /** The property the slot belongs to (array items belong to their array's property). */
  readonly field: Field;
  /** The slot holds a def that encloses it, so its fields are not walked again (e.g. `sections[].sections[]`). */
  readonly recursive: boolean;
}

/** Visits every slot under a root in schema order; union members are walked for nested fields only. */
export function walkSlots(model: SchemaModel, root: Def, visit: (slot: Slot) => void): void {
  const enclosing = new Set<string>([root.name]);
  const visitSlot = (path: string, type: TypeNode, field: Field): void => {
    const recursive = type.kind === 'ref' && enclosing.has(type.name);
    visit({ path, type, field, recursive });
    if (!recursive) descend(path, type, field);
  };
  const descend = (path: string, type: TypeNode, field: Field): void => {
    switch (type.kind) {
      case 'ref':
        if (enclosing.has(type.name)) return;
        enclosing.add(type.name);
        descend(path, lookup(model, type.name).type, field);
        enclosing.delete(type.name);
        return;
      case 'array':
        visitSlot(`${path}[]`, type.items, field);
        return;
      case 'object':
        for (const child of type.fields) visitSlot(`${path}.${child.key}`, child.type, child);
        return;
      case 'anyOf':
        for (const member of type.members) descend(path, member, field);
        return;
      default:
        return;
    }
  };
  if (root.type.kind !== 'object') throw new Error(`${root.name} is not an object`);
  for (const field of root.type.fields) visitSlot(field.key, field.type, field);
}
