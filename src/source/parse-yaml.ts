/**
 * Parses a plan as strict YAML 1.2 and refuses the YAML features a plan has no use for and that
 * hostile input abuses (aliases: billion laughs; tags; %YAML 1.1 and its silent retyping of
 * no/010/1.10; deep nesting: stack exhaustion), each at its exact place.
 */
import { isAlias, isCollection, isMap, isNode, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { yamlErrorDetail } from './yaml-errors.js';
import { rangeAt, type SourceFile } from './source-file.js';

/** Plans nest about eight levels deep; 64 is generous and far below any stack limit. */
export const MAX_DEPTH = 64;

export interface ParsedYaml {
  doc: Document.Parsed;
  diagnostics: Diagnostic[];
  /** False when the document cannot be trusted as a value (syntax errors, refused features). */
  usable: boolean;
}

export function parseYaml(file: SourceFile): ParsedYaml {
  const diagnostics: Diagnostic[] = [];
  const flowDepthAt = findExcessiveFlowDepth(file.text);
  if (flowDepthAt >= 0) {
    // Refuse before the parser recurses into it (yaml reports stack exhaustion only after the work).
    diagnostics.push(
      createDiagnostic('yaml/too-deep', file.path, rangeAt(file, flowDepthAt, flowDepthAt + 1), {
        limit: MAX_DEPTH,
      }),
    );
    return { doc: parseDocument(''), diagnostics, usable: false };
  }

  const doc = parseDocument(file.text, {
    lineCounter: new LineCounter(),
    version: '1.2',
    schema: 'core',
    // Duplicate keys are found below with a Set: yaml's own check compares every pair of keys.
    uniqueKeys: false,
    strict: true,
    stringKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });

  const yamlErrors = [...doc.errors, ...doc.warnings];
  // After a tab in the indentation the parser loses the structure and reports follow-on errors
  // that only confuse: the tabs are the problem to fix.
  const tabs = yamlErrors.filter((error) => error.code === 'TAB_AS_INDENT');
  for (const error of tabs.length > 0 ? tabs : yamlErrors) diagnostics.push(fromYamlError(file, error));

  const directive = /^%YAML[ \t]+(\S+)/m.exec(file.text);
  if (doc.directives?.yaml.explicit && directive && directive[1] !== '1.2') {
    diagnostics.push(
      createDiagnostic(
        'yaml/version',
        file.path,
        rangeAt(file, directive.index, directive.index + directive[0].length),
        {
          version: directive[1] ?? '',
        },
      ),
    );
  }

  let tooDeep = false;
  const aliased = new Set<string>();
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    if (isMap(node)) duplicateKeys(file, node, diagnostics);
    if (isAlias(node)) {
      // One report per anchor is enough: an alias bomb repeats each alias many times.
      if (!aliased.has(node.source))
        diagnostics.push(createDiagnostic('yaml/alias', file.path, nodeRange(file, node)));
      aliased.add(node.source);
      return;
    }
    if (node.tag) diagnostics.push(tagDiagnostic(file, node.range?.[0] ?? 0));
    if (node.anchor) {
      const at = file.text.lastIndexOf(`&${node.anchor}`, node.range?.[0] ?? 0);
      diagnostics.push(
        createDiagnostic('yaml/alias', file.path, rangeAt(file, at, at + node.anchor.length + 1)),
      );
    }
  });
  if (!diagnostics.some((d) => d.code === 'yaml/too-deep')) {
    const deep = findExcessiveNesting(doc.contents);
    if (deep) {
      tooDeep = true;
      diagnostics.push(
        createDiagnostic('yaml/too-deep', file.path, nodeRange(file, deep), { limit: MAX_DEPTH }),
      );
    }
  }

  // Unresolved tags arrive both as a yaml warning and from the visit above: keep one per place.
  const unique = dedupe(diagnostics);
  return { doc, diagnostics: unique, usable: !tooDeep && !unique.some((d) => d.severity === 'error') };
}

/** What the user wrote for a node, on one line and shortened: messages quote it instead of String(value). */
export function sourceText(file: SourceFile, node: YamlNode | null | undefined, limit = 40): string {
  const range = node?.range;
  const text = range ? file.text.slice(range[0], range[1]).trim().replace(/\s+/g, ' ') : '';
  return [...text].length > limit ? `${[...text].slice(0, limit).join('')}…` : text;
}

export function nodeRange(file: SourceFile, node: YamlNode | null | undefined) {
  const range = node?.range;
  if (!range) return rangeAt(file, 0);
  // A block collection's range runs past its last line break; end the range on its last character.
  let end = range[1];
  while (end > range[0] && /\s/.test(file.text[end - 1] ?? '')) end--;
  return rangeAt(file, range[0], end);
}

function fromYamlError(file: SourceFile, error: YAMLError): Diagnostic {
  const [start, end] = error.pos;
  const range = rangeAt(file, start, Math.max(end, start + 1));
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return createDiagnostic('yaml/tab-indent', file.path, range);
    case 'MULTIPLE_DOCS':
      return createDiagnostic('yaml/multiple-documents', file.path, rangeAt(file, start, start + 3));
    case 'RESOURCE_EXHAUSTION':
      return createDiagnostic('yaml/too-deep', file.path, range, { limit: MAX_DEPTH });
    case 'TAG_RESOLVE_FAILED':
      return tagDiagnostic(file, start);
    default: {
      const opener = unclosedOpener(file, error);
      return createDiagnostic(
        'yaml/syntax',
        file.path,
        opener === undefined ? range : rangeAt(file, opener, opener + 1),
        yamlErrorDetail(error, opener === undefined ? undefined : file.text[opener]),
      );
    }
  }
}

/** The tag as written (`!foo`, `!!binary`, `!<tag:x>`) on the line of `at`, the last one not after it. */
function tagDiagnostic(file: SourceFile, at: number): Diagnostic {
  const lineStart = file.text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = file.text.indexOf('\n', at);
  const line = file.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const tags = [...line.matchAll(/!(?:<[^>\n]*>|[^\s,[\]{}]*)/g)].filter((m) => lineStart + m.index <= at);
  const match = tags.pop();
  const start = match ? lineStart + match.index : at;
  const tag = match?.[0] ?? '!';
  return createDiagnostic('yaml/tag', file.path, rangeAt(file, start, start + tag.length), { tag });
}

/** The first bracket at which flow collections nest deeper than MAX_DEPTH, or -1. */
function findExcessiveFlowDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      if (depth > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
}

function duplicateKeys(file: SourceFile, map: YAMLMap, diagnostics: Diagnostic[]): void {
  const seen = new Set<string>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (seen.has(key)) {
      diagnostics.push(
        createDiagnostic('yaml/duplicate-key', file.path, nodeRange(file, pair.key), {
          key,
        }),
      );
    }
    seen.add(key);
  }
}

/**
 * For an unclosed flow collection or quoted string the parser reports where it gave up (often the
 * end of the file); the place to fix is the opening bracket or quote.
 */
function unclosedOpener(file: SourceFile, error: YAMLError): number | undefined {
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    const at = file.text.lastIndexOf(quote, Math.min(error.pos[0], file.text.length) - 1);
    return at >= 0 ? at : undefined;
  }
  const bracket = /end with an? ([\]}])/.exec(error.message)?.[1];
  if (!bracket) return undefined;
  const open = bracket === ']' ? '[' : '{';
  let depth = 0;
  for (let i = Math.min(error.pos[0], file.text.length) - 1; i >= 0; i--) {
    const char = file.text[i];
    if (char === bracket) depth++;
    else if (char === open && depth-- === 0) return i;
  }
  return undefined;
}

function findExcessiveNesting(root: unknown): YamlNode | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) return node;
    for (const item of node.items) {
      if (isNode(item)) stack.push({ node: item, depth: depth + 1 });
      else if (item && typeof item === 'object' && 'value' in item)
        stack.push({ node: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}@${d.range.start.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
