/**
 * Redline documents (issue 6): the new version of a document with its differences from the old one
 * marked — words (insert/delete inlines), whole blocks and table rows (`change`, `rowChanges`),
 * renumbered headings (`oldLabel`) — for the writers to print as tracked changes (DOCX) or as
 * coloured underlines and strike-throughs (HTML/PDF). Accepting every change gives the new
 * version's text, rejecting every change the old one's (resolve.ts). Deterministic.
 */
import { isDeepStrictEqual } from 'node:util';
import type { DocumentTree, Revision } from '../tree/types.js';
import { redlineBlocks } from './blocks.js';

export { COMPARISON_KIND, comparisonTree } from './comparison.js';
export { resolveTree, type Side } from './resolve.js';

/**
 * The new tree with the old one's differences marked, signed with `revision` (its date must be an
 * ISO 8601 instant or date; it is written back as UTC seconds, 2025-03-01T08:00:00Z, as Word does).
 * The labels, meta and settings are the new tree's; removed headings keep their old labels.
 */
export function redlineTree(oldTree: DocumentTree, newTree: DocumentTree, revision: Revision): DocumentTree {
  return {
    ...newTree,
    revision: normalizeRevision(revision),
    children: redlineBlocks(oldTree.children, newTree.children),
  };
}

export function normalizeRevision(revision: Revision): Revision {
  const instant = new Date(revision.date);
  if (Number.isNaN(instant.getTime()))
    throw new RangeError(`invalid revision date ${JSON.stringify(revision.date)}`);
  return { author: revision.author, date: instant.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

/** A document of the family by its stable name (compose's ComposedDocument, or any such pair). */
export interface NamedTree {
  name: string;
  tree: DocumentTree;
}

export type DocumentChange =
  | { name: string; change: 'modify'; old: DocumentTree; new: DocumentTree }
  | { name: string; change: 'insert'; new: DocumentTree }
  | { name: string; change: 'delete'; old: DocumentTree };

/**
 * The documents of a family that differ between two versions, matched by name: changed ones, and
 * those only in one version (a reminder to a unit that is no longer late, a report added). Two
 * documents differ when they print something different (their blocks); a changed date in `meta`
 * alone changes nothing printed. In the new family's order, a removed document where it stood.
 */
export function documentsChanged(
  oldDocs: readonly NamedTree[],
  newDocs: readonly NamedTree[],
): DocumentChange[] {
  const newNames = new Set(newDocs.map((doc) => doc.name));
  const oldIndex = new Map(oldDocs.map((doc, i) => [doc.name, i]));
  const out: DocumentChange[] = [];
  let removedUpTo = 0;
  /** The removed documents that stood before old index `end`. */
  const removedBefore = (end: number) => {
    for (; removedUpTo < end; removedUpTo++) {
      const doc = oldDocs[removedUpTo]!;
      if (!newNames.has(doc.name)) out.push({ name: doc.name, change: 'delete', old: doc.tree });
    }
  };
  for (const doc of newDocs) {
    const i = oldIndex.get(doc.name);
    if (i === undefined) {
      out.push({ name: doc.name, change: 'insert', new: doc.tree });
      continue;
    }
    removedBefore(i);
    const old = oldDocs[i]!.tree;
    if (!isDeepStrictEqual(old.children, doc.tree.children))
      out.push({ name: doc.name, change: 'modify', old, new: doc.tree });
  }
  removedBefore(oldDocs.length);
  return out;
}

/**
 * The redline of one changed document: a document only in the new version is wholly added, one
 * only in the old version wholly removed (its own title and meta kept, every block struck out).
 */
export function redlineDocument(change: DocumentChange, revision: Revision): DocumentTree {
  switch (change.change) {
    case 'modify':
      return redlineTree(change.old, change.new, revision);
    case 'insert':
      return redlineTree({ ...change.new, children: [] }, change.new, revision);
    case 'delete':
      return redlineTree(change.old, { ...change.old, children: [] }, revision);
  }
}
