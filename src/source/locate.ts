/**
 * Finds the YAML node behind a path into the plan's value, so that a problem found on the value
 * (by ajv or by a semantic check) is reported at the exact node of the source.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';

export type Path = readonly (string | number)[];

export interface Located {
  /** The deepest node that exists along the path (the path itself when `exact`). */
  node: YamlNode | null;
  /** The key node when the last step of the path went through a mapping. */
  key: YamlNode | null;
  exact: boolean;
}

export function locate(doc: Document.Parsed, path: Path): Located {
  let node = (doc.contents as YamlNode | null) ?? null;
  let key: YamlNode | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = findPair(node.items as Pair[], String(segment));
      if (!pair) return { node, key, exact: false };
      key = (pair.key as YamlNode | null) ?? null;
      node = (pair.value as YamlNode | null) ?? key;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      key = null;
      node = (node.items[segment] as YamlNode | null) ?? node;
    } else {
      return { node, key, exact: false };
    }
  }
  return { node, key, exact: true };
}

/** The key node of `name` in the mapping at `path`, for problems that belong to a key. */
export function locateKey(doc: Document.Parsed, path: Path, name: string): YamlNode | null {
  const { node, exact } = locate(doc, path);
  if (!exact || !isMap(node)) return null;
  return (findPair(node.items as Pair[], name)?.key as YamlNode | null) ?? null;
}

/** Key index per mapping: reporting each of 100k unknown keys must not scan all keys each time. */
const indexes = new WeakMap<Pair[], Map<string, Pair>>();

function findPair(items: Pair[], name: string): Pair | undefined {
  let index = indexes.get(items);
  if (!index) {
    index = new Map();
    for (const pair of items)
      if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
    indexes.set(items, index);
  }
  return index.get(name);
}

/** Splits an ajv instancePath (a JSON Pointer) into segments; array indices become numbers. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}
