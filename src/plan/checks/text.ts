/**
 * Characters inside the plan's text: control characters that cannot go into a DOCX (XML 1.0
 * forbids most C0 controls; hardening.md §6) are errors; half-width punctuation next to Chinese
 * (GB/T 15834) is a warning. Both are reported at the character itself.
 */
import { isScalar, visit } from 'yaml';
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

export const checkText: Check = (context) => {
  const schemas = loadSchemas();
  const prose = new Set([
    schemas.plan['$defs'] && (schemas.plan['$defs'] as Record<string, unknown>)['line'],
    schemas.plan['$defs'] && (schemas.plan['$defs'] as Record<string, unknown>)['markdown'],
  ]);
  let reported = 0;
  visit(context.doc, {
    Scalar(_key, node, ancestry) {
      if (typeof node.value !== 'string' || !node.range || reported > MAX_PER_FILE) return;
      const path = pathOf(ancestry, node);
      const [start, end] = [node.range[0], node.range[1]];
      const raw = context.file.text.slice(start, end);
      reported += controls(context, node.value, raw, start, path);
      if (!isValue(ancestry, node)) return;
      const field = fieldAt(schemas, schemas.plan, path);
      if (field && prose.has(field.schema)) reported += halfWidth(context, raw, start);
    },
  });
};

function controls(context: CheckContext, value: string, raw: string, start: number, path: Path): number {
  let count = 0;
  for (const match of value.matchAll(CONTROL)) {
    const char = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    const at = raw.indexOf(match[0]);
    if (at >= 0)
      reportAt(context, 'source/control-character', start + at, start + at + match[0].length, { char });
    else report(context, 'source/control-character', path, { char });
    count++;
  }
  return count;
}

function halfWidth(context: CheckContext, raw: string, start: number): number {
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] ?? '';
    const full = HALF_WIDTH[char];
    if (!full) continue;
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

type Ancestry = readonly unknown[];

/** The value path of a scalar from the visitor's ancestry (maps contribute keys, seqs indices). */
function pathOf(ancestry: Ancestry, node: unknown): Path {
  const path: (string | number)[] = [];
  const chain = [...ancestry, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i] as { items?: unknown[]; key?: unknown };
    const child = chain[i + 1];
    if (parent && Array.isArray(parent.items)) {
      const index = parent.items.indexOf(child);
      // Pairs are items of maps; their key is added when we step into the pair.
      if (index >= 0 && !(child && typeof child === 'object' && 'key' in child && 'value' in child))
        path.push(index);
    } else if (parent && 'key' in parent && isScalar(parent.key)) {
      path.push(String(parent.key.value));
    }
  }
  return path;
}

function isValue(ancestry: Ancestry, node: unknown): boolean {
  const parent = ancestry[ancestry.length - 1] as { key?: unknown } | undefined;
  return !(parent && 'key' in parent && parent.key === node);
}
