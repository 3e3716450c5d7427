/** Walks the plan schemas along a value path to name a field the way its editor hover does. */
import type { Path } from '../source/locate.js';
import type { JsonSchema, Schemas } from './schemas.js';

export interface FieldInfo {
  /** The Chinese title, taken from the outermost schema that has one (a $ref's sibling title wins). */
  title?: string;
  description?: string;
  /** The field schema with its $ref chain resolved. */
  schema: JsonSchema;
}

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Resolves `#/$defs/x` inside `root` and `units.schema.json#/$defs/x` inside the units schema. */
export function resolveRef(schemas: Pick<Schemas, 'plan' | 'units'>, root: JsonSchema, ref: string) {
  const [file, pointer = ''] = ref.split('#');
  const base = file === 'units.schema.json' ? schemas.units : root;
  let node: unknown = base;
  for (const segment of pointer.split('/').filter(Boolean)) node = isObject(node) ? node[segment] : undefined;
  if (!isObject(node)) throw new Error(`gongwen: unresolvable $ref ${ref}`);
  return { schema: node, root: base };
}

function follow(schemas: Pick<Schemas, 'plan' | 'units'>, root: JsonSchema, schema: JsonSchema) {
  let info: FieldInfo = {
    ...(typeof schema['title'] === 'string' ? { title: schema['title'] } : {}),
    ...(typeof schema['description'] === 'string' ? { description: schema['description'] } : {}),
    schema,
  };
  let current = { schema, root };
  for (let guard = 0; typeof current.schema['$ref'] === 'string' && guard < 10; guard++) {
    current = resolveRef(schemas, current.root, current.schema['$ref']);
    info = {
      title: info.title ?? (current.schema['title'] as string | undefined),
      description: info.description ?? (current.schema['description'] as string | undefined),
      schema: current.schema,
    };
  }
  return { info, root: current.root };
}

export function fieldAt(
  schemas: Pick<Schemas, 'plan' | 'units'>,
  top: JsonSchema,
  path: Path,
): FieldInfo | undefined {
  let { info, root } = follow(schemas, top, top);
  for (const segment of path) {
    const schema = info.schema;
    let next: unknown;
    if (typeof segment === 'number') next = schema['items'];
    else if (isObject(schema['properties'])) next = schema['properties'][segment];
    if (!isObject(next)) return undefined;
    ({ info, root } = follow(schemas, root, next));
  }
  return info;
}

/** "成文日期（date）", "主送机关第 2 项（notice.recipients[1]）": how a message names a field. */
export function describeField(schemas: Pick<Schemas, 'plan' | 'units'>, top: JsonSchema, path: Path) {
  const dotted = formatPath(path);
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = fieldAt(schemas, top, path.slice(0, -1));
    const title = parent?.title ?? '列表';
    return { zh: `${title}第 ${last + 1} 项（${dotted}）`, en: `\`${dotted}\`` };
  }
  const title = fieldAt(schemas, top, path)?.title;
  if (path.length === 0) return { zh: '文件内容', en: 'the file' };
  return { zh: title ? `“${title}”（${dotted}）` : `“${dotted}”`, en: `\`${dotted}\`` };
}

export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path)
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out;
}
