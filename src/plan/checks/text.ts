/**
 * Characters inside the plan's text: control characters that cannot go into a DOCX (XML 1.0
 * forbids most C0 controls; hardening.md §6) are errors; half-width punctuation next to Chinese
 * (GB/T 15834) is a warning. Both are reported at the character itself.
 */
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { Path } from '../../source/locate.js';
import { fieldAt } from '../schema-nav.js';
import { loadSchemas } from '../schemas.js';
import { reportAt, report, type Check, type CheckContext } from './context.js';

// C0 except tab/LF/CR, DEL and C1, the two noncharacters, and lone surrogates (reachable through
// "\ud800"; with the u flag a surrogate class matches only unpaired ones).
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const HALF_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
const MAX_PER_FILE = 200;

/** Whether a field (its path with indices as `*`) holds Chinese prose: a `line` or `markdown` value. */
const proseFields = new Map<string, boolean>();

function isProse(path: Path): boolean {
  const shape = path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('/');
  let known = proseFields.get(shape);
  if (known === undefined) {
    const schemas = loadSchemas();
    const defs = schemas.plan['$defs'] as Record<string, unknown>;
    const field = fieldAt(schemas, schemas.plan, path);
    known = field !== undefined && (field.schema === defs['line'] || field.schema === defs['markdown']);
    proseFields.set(shape, known);
  }
  return known;
}

export const checkText: Check = (context) => {
  let reported = 0;
  const scalar = (node: Scalar, path: Path, isValue: boolean) => {
    if (typeof node.value !== 'string' || !node.range || reported > MAX_PER_FILE) return;
    const [start, end] = [node.range[0], node.range[1]];
    const raw = context.file.text.slice(start, end);
    reported += controls(context, node.value, raw, start, path);
    if (isValue && isProse(path)) reported += halfWidth(context, raw, start);
  };
  // A walk that carries the value path, instead of rebuilding it from yaml's visitor ancestry.
  const walk = (node: unknown, path: Path) => {
    if (isScalar(node)) scalar(node, path, true);
    else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const child = [...path, String(pair.key.value)];
        scalar(pair.key, child, false);
        walk(pair.value, child);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(context.doc.contents, []);
};

function controls(context: CheckContext, value: string, raw: string, start: number, path: Path): number {
  let count = 0;
  let from = 0;
  for (const match of value.matchAll(CONTROL)) {
    const char = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    const at = raw.indexOf(match[0], from);
    if (at >= 0) from = at + match[0].length;
    if (at >= 0)
      reportAt(context, 'source/control-character', start + at, start + at + match[0].length, { char });
    else report(context, 'source/control-character', path, { char });
    count++;
  }
  return count;
}

function halfWidth(context: CheckContext, raw: string, start: number): number {
  let count = 0;
  for (const match of raw.matchAll(/[,;:?!()]/g)) {
    const i = match.index;
    const char = match[0];
    const full = HALF_WIDTH[char] ?? char;
    const before = raw[i - 1] ?? '';
    const after = raw[i + 1] ?? '';
    if (!CJK.test(before) && !CJK.test(after)) continue;
    // Markdown link syntax [text](url) and URLs keep their ASCII punctuation.
    if (char === '(' && before === ']') continue;
    if (char === ':' && raw.startsWith('//', i + 1)) continue;
    if (char === ')' && /\]\([^()\s]*$/.test(raw.slice(0, i))) continue;
    reportAt(context, 'plan/halfwidth-punctuation', start + i, start + i + 1, { char, full });
    count++;
  }
  return count;
}
