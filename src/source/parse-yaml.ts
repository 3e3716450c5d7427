/**
 * Parses a plan as strict YAML 1.2 and refuses the YAML features a plan has no use for and that
 * hostile input abuses (aliases: billion laughs; tags; %YAML 1.1 and its silent retyping of
 * no/010/1.10; deep nesting: stack exhaustion), each at its exact place.
 */
import { isAlias, isCollection, isNode, LineCounter, parseDocument, visit } from 'yaml';
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
    uniqueKeys: true,
    strict: true,
    stringKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });

  for (const error of [...doc.errors, ...doc.warnings]) diagnostics.push(fromYamlError(file, error));

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
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    if (isAlias(node)) {
      diagnostics.push(createDiagnostic('yaml/alias', file.path, nodeRange(file, node)));
      return;
    }
    const tag = explicitTag(node);
    if (tag !== undefined) {
      const at = file.text.lastIndexOf('!', node.range?.[0] ?? 0);
      diagnostics.push(createDiagnostic('yaml/tag', file.path, rangeAt(file, at, at + tag.length), { tag }));
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

export function nodeRange(file: SourceFile, node: YamlNode | null | undefined) {
  const range = node?.range;
  return range ? rangeAt(file, range[0], range[1]) : rangeAt(file, 0);
}

function fromYamlError(file: SourceFile, error: YAMLError): Diagnostic {
  const [start, end] = error.pos;
  const range = rangeAt(file, start, Math.max(end, start + 1));
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return createDiagnostic('yaml/tab-indent', file.path, range);
    case 'DUPLICATE_KEY': {
      const key = file.text.slice(start, end).trim() || '?';
      return createDiagnostic('yaml/duplicate-key', file.path, range, { key });
    }
    case 'MULTIPLE_DOCS':
      return createDiagnostic('yaml/multiple-documents', file.path, rangeAt(file, start, start + 3));
    case 'RESOURCE_EXHAUSTION':
      return createDiagnostic('yaml/too-deep', file.path, range, { limit: MAX_DEPTH });
    case 'TAG_RESOLVE_FAILED': {
      const tag = /!\S*/.exec(error.message)?.[0] ?? '!';
      const at = file.text.lastIndexOf('!', start);
      return createDiagnostic('yaml/tag', file.path, rangeAt(file, at, at + tag.length), { tag });
    }
    default:
      return createDiagnostic('yaml/syntax', file.path, range, yamlErrorDetail(error));
  }
}

function explicitTag(node: YamlNode): string | undefined {
  // The parser records a tag only when the source wrote one.
  if (!node.tag) return undefined;
  const short = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
  return short;
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
