/**
 * Rewrites ajv's errors into gongwen diagnostics in the user's vocabulary, placed on the exact
 * YAML node: the value for a bad value, the key for an unknown key, the parent mapping for a
 * missing key (as ESLint does for rule options; see style.md §6 habit 5). ajv's own English
 * messages are never shown.
 */
import { isScalar } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { createDiagnostic, type Diagnostic, type Params } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/messages.js';
import { closest } from '../diagnostics/suggest.js';
import { locate, locateKey, pointerToPath, type Path } from '../source/locate.js';
import { nodeRange, sourceText } from '../source/parse-yaml.js';
import type { SourceFile } from '../source/source-file.js';
import { describeField, fieldAt } from './schema-nav.js';
import type { ErrorObject, JsonSchema, Schemas } from './schemas.js';

interface Context {
  file: SourceFile;
  doc: Document.Parsed;
  schemas: Schemas;
  top: JsonSchema;
}

const typeNames: Record<string, { zh: string; en: string }> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '键值映射', en: 'a mapping' },
  null: { zh: '空值', en: 'empty' },
};

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'object'
        ? 'object'
        : typeof value;

/** Known patterns, by the text of the pattern, with the hint that fixes a value. */
const patternHints: Record<string, { zh: string; en: string }> = {
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': {
    zh: '日期写作 YYYY-MM-DD，例如 2020-05-20',
    en: 'write dates as YYYY-MM-DD, e.g. 2020-05-20',
  },
  '^[A-Za-z0-9][A-Za-z0-9_.-]*$': {
    zh: '编号只用字母、数字和 - _ .，以字母或数字开头，例如 chk-edu',
    en: 'ids use letters, digits and - _ . only, starting with a letter or digit, e.g. chk-edu',
  },
  '^[0-9]{6}$': { zh: '份号为 6 位数字，例如 000001', en: 'a copy number has 6 digits, e.g. 000001' },
  '^[^/\\\\].*\\.ya?ml$': {
    zh: '写相对路径，以 .yaml 结尾，例如 units.yaml',
    en: 'write a relative path ending in .yaml, e.g. units.yaml',
  },
  '^[0-9+][0-9 ()（）+-]{4,30}$': {
    zh: '电话只写数字和 - ，加引号，例如 "0851-12345678"',
    en: 'a phone number has digits and - only, quoted, e.g. "0851-12345678"',
  },
};

export function translateSchemaErrors(
  errors: readonly ErrorObject[],
  file: SourceFile,
  doc: Document.Parsed,
  schemas: Schemas,
  top: JsonSchema,
): Diagnostic[] {
  const context: Context = { file, doc, schemas, top };
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const chosen = chooseErrors(errors);
  // A plan has a handful of mistakes; thousands mean a file that is not a plan. Name the first
  // ones precisely and count the rest, so the answer stays quick (hardening.md §9 item 14).
  for (const error of chosen.slice(0, MAX_PER_FILE)) {
    const diagnostic = translate(context, error);
    // One diagnostic per place and code: ajv may report a value against several keywords.
    const key = `${diagnostic.range.start.offset}:${diagnostic.range.end.offset}:${diagnostic.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(diagnostic);
    }
  }
  if (chosen.length > MAX_PER_FILE) {
    out.push(
      createDiagnostic('schema/too-many', file.path, nodeRange(file, doc.contents), {
        count: chosen.length - MAX_PER_FILE,
      }),
    );
  }
  return out;
}

const MAX_PER_FILE = 1000;

/**
 * For an `anyOf` that failed, ajv reports every branch's errors and then the anyOf itself. When
 * the value is a mapping whose keys pick one branch (a deadline written {from, to}), that
 * branch's errors are the useful ones; otherwise one "not an accepted form" error stands for all.
 */
function chooseErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const dropped = new Set<ErrorObject>();
  for (const anyOf of anyOfs) {
    const within = (e: ErrorObject) =>
      e !== anyOf &&
      e.schemaPath.startsWith(`${anyOf.schemaPath}/`) &&
      e.instancePath.startsWith(anyOf.instancePath);
    const branches = Array.isArray(anyOf.schema) ? (anyOf.schema as JsonSchema[]) : [];
    const keys = anyOf.data && typeof anyOf.data === 'object' ? Object.keys(anyOf.data) : [];
    let chosen = -1;
    let best = 0;
    branches.forEach((branch, index) => {
      const props = branch['properties'] as JsonSchema | undefined;
      const overlap = props ? keys.filter((k) => k in props).length : 0;
      if (overlap > best) {
        best = overlap;
        chosen = index;
      }
    });
    for (const e of errors) {
      if (!within(e)) continue;
      if (chosen >= 0 && e.schemaPath.startsWith(`${anyOf.schemaPath}/${chosen}/`)) continue;
      dropped.add(e);
    }
    if (chosen >= 0) dropped.add(anyOf);
  }
  return errors.filter((e) => !dropped.has(e));
}

function translate(context: Context, error: ErrorObject): Diagnostic {
  const { file, doc, schemas, top } = context;
  const path = pointerToPath(error.instancePath);
  const what = describeField(schemas, top, path);
  const base: Params = { what: what.zh, whatEn: what.en };
  const at = (node: YamlNode | null, code: DiagnosticCode, params: Params) =>
    createDiagnostic(code, file.path, nodeRange(file, node), params);
  const valueNode = locate(doc, path).node;

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((error.parentSchema?.['properties'] as JsonSchema | undefined) ?? {});
      const suggestion = closest(key, allowed);
      return at(locateKey(doc, path, key) ?? valueNode, 'schema/unknown-key', {
        key,
        allowed: allowed.join(', '),
        allowedZh: allowed.join('、'),
        ...(suggestion ? { suggestion } : {}),
      });
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      if (path.length === 0 && key === 'kind') return missingKind(context, valueNode);
      const title = fieldAt(schemas, top, [...path, key])?.title ?? key;
      return at(valueNode, 'schema/missing-key', { key, title });
    }
    case 'type':
      return at(valueNode, 'schema/type', { ...base, ...typeParams(error, valueNode, file) });
    case 'enum':
    case 'const': {
      const allowed = (
        error.keyword === 'enum'
          ? ((error.params as { allowedValues: unknown[] }).allowedValues ?? [])
          : [(error.params as { allowedValue: unknown }).allowedValue]
      ).map(String);
      const value = sourceText(file, valueNode);
      if (path.length === 1 && path[0] === 'kind') return unknownKind(context, valueNode, value);
      const suggestion = closest(value, allowed);
      return at(valueNode, 'schema/enum', {
        ...base,
        value,
        allowed: allowed.join('、'),
        ...(suggestion ? { suggestion } : {}),
      });
    }
    case 'pattern': {
      const pattern = String((error.params as { pattern: string }).pattern);
      const hint = patternHints[pattern];
      return at(valueNode, 'schema/format', {
        ...base,
        value: sourceText(file, valueNode),
        hintZh: hint?.zh ?? '',
        hintEn: hint?.en ?? '',
      });
    }
    case 'minLength':
    case 'minItems':
      return at(valueNode, 'schema/empty', base);
    case 'maxLength':
    case 'maxItems': {
      const limit = (error.params as { limit: number }).limit;
      const chars = error.keyword === 'maxLength';
      return at(valueNode, 'schema/too-long', {
        ...base,
        limit,
        unitZh: chars ? ' 字' : ' 项',
        unitEn: chars ? 'characters' : 'entries',
      });
    }
    case 'anyOf': {
      const description = fieldAt(schemas, top, path)?.description ?? '';
      return at(valueNode, 'schema/form', { ...base, hintZh: description, hintEn: formHintsEn(description) });
    }
    default:
      // A keyword this translator does not know yet still gets a place and a neutral message.
      return at(valueNode, 'schema/form', { ...base, hintZh: '', hintEn: '' });
  }
}

function typeParams(error: ErrorObject, node: YamlNode | null, file: SourceFile): Params {
  const expected = String((error.params as { type: string }).type).split(',')[0] ?? 'string';
  const actual = typeOf(error.data);
  // What the user wrote (010, 1.10), not what YAML made of it (10, 1.1).
  const raw = isScalar(node) && node.range ? file.text.slice(node.range[0], node.range[1]).trim() : undefined;
  let hintZh = '';
  let hintEn = '';
  if (actual === 'null') {
    hintZh = '填写内容，或删除这一行';
    hintEn = 'fill in a value or delete the line';
  } else if (expected === 'string' && (actual === 'number' || actual === 'boolean')) {
    const source = raw ?? String(error.data);
    hintZh = `${source} 被读成了${typeNames[actual]?.zh ?? actual}；要保留原文请加引号："${source}"`;
    hintEn = `${source} was read as ${typeNames[actual]?.en ?? actual}; quote it to keep the text: "${source}"`;
  } else if (
    expected === 'boolean' &&
    actual === 'string' &&
    /^(yes|no|on|off|y|n|是|否)$/i.test(String(error.data))
  ) {
    hintZh = `YAML 1.2 中 ${String(error.data)} 是文字；请写 true 或 false`;
    hintEn = `in YAML 1.2, ${String(error.data)} is text; write true or false`;
  } else if (expected === 'array' && actual !== 'array') {
    hintZh = '写成列表，例如 [health-center] 或逐行写“- health-center”';
    hintEn = 'write a list, e.g. [health-center] or one "- health-center" per line';
  }
  return {
    expected: typeNames[expected]?.en ?? expected,
    expectedZh: typeNames[expected]?.zh ?? expected,
    actual: typeNames[actual]?.en ?? actual,
    actualZh: typeNames[actual]?.zh ?? actual,
    hintZh,
    hintEn,
  };
}

const KINDS = ['scheme', 'rectification', 'self-assessment', 'inspection', 'units'];

function missingKind(context: Context, node: YamlNode | null): Diagnostic {
  return createDiagnostic('schema/unknown-kind', context.file.path, nodeRange(context.file, node), {
    allowed: KINDS.join('、'),
  });
}

function unknownKind(context: Context, node: YamlNode | null, value: string): Diagnostic {
  const suggestion = closest(value, KINDS);
  return createDiagnostic('schema/unknown-kind', context.file.path, nodeRange(context.file, node), {
    value,
    allowed: suggestion ? `${KINDS.join('、')}（是否应为 ${suggestion}？）` : KINDS.join('、'),
  });
}

/** English readers get the shapes of the accepted forms, which the Chinese description spells out. */
function formHintsEn(descriptionZh: string): string {
  if (descriptionZh.includes('长期坚持')) {
    return 'write a date (2020-06-10, printed "6月10日前"), {on: 2020-06-11}, {from: 2020-05-21, to: 2020-05-26}, 长期坚持 or 立行立改';
  }
  if (descriptionZh.includes('姓名')) return 'give at least a name or a title';
  return '';
}

export type { Path };
