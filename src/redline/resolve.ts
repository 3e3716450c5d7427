/**
 * A redline tree with every change accepted (the new version) or rejected (the old one): what Word
 * does with "accept all" and "reject all", on the tree. The comparison table prints both sides
 * from it, and the tests hold the redline to it.
 */
import { normalizeInlines } from '../tree/inlines.js';
import type { Block, BlockChange, DocumentTree, Inline, Table, TableCell } from '../tree/types.js';

export type Side = 'accept' | 'reject';

/** The mark whose content a side drops. */
const dropped = (side: Side): BlockChange => (side === 'accept' ? 'delete' : 'insert');

/**
 * The inlines as the side has them. `kept` wraps what a kept mark held: as it is (accept/reject
 * all), or set apart (the comparison table prints each side's own changes in bold).
 */
export function resolveInlines(
  inlines: readonly Inline[],
  side: Side,
  kept: (children: Inline[]) => Inline[] = (children) => children,
): Inline[] {
  return normalizeInlines(
    inlines.flatMap((node): Inline[] => {
      switch (node.type) {
        case 'text':
        case 'break':
          return [node];
        case 'strong':
        case 'emphasis':
          return [{ type: node.type, children: resolveInlines(node.children, side, kept) }];
        case 'insert':
        case 'delete':
          return node.type === dropped(side) ? [] : kept(resolveInlines(node.children, side, kept));
      }
    }),
  );
}

const cells = (row: readonly TableCell[], side: Side): TableCell[] =>
  row.map((cell) => ({ ...cell, children: resolveInlines(cell.children, side) }));

function resolveTable(table: Table, side: Side): Table {
  const { rowChanges, ...rest } = table;
  return {
    ...rest,
    header: cells(table.header, side),
    rows: table.rows.filter((_, r) => rowChanges?.[r] !== dropped(side)).map((row) => cells(row, side)),
  };
}

/** One block as the side has it (undefined: the side does not have it). */
export function resolveBlock(block: Block, side: Side): Block | undefined {
  if (block.change === dropped(side)) return undefined;
  const { change: _change, ...rest } = block;
  void _change;
  const plain = rest as Block;
  switch (plain.type) {
    case 'paragraph':
      return { ...plain, children: resolveInlines(plain.children, side) };
    case 'heading': {
      const { oldLabel, ...heading } = plain;
      return {
        ...heading,
        label: side === 'reject' && oldLabel !== undefined ? oldLabel : heading.label,
        title: resolveInlines(heading.title, side),
        body: resolveInlines(heading.body, side),
      };
    }
    case 'table':
      return resolveTable(plain, side);
    default:
      return plain;
  }
}

export function resolveTree(tree: DocumentTree, side: Side): DocumentTree {
  const { revision: _revision, ...rest } = tree;
  void _revision;
  return {
    ...rest,
    children: tree.children.flatMap((block) => {
      const resolved = resolveBlock(block, side);
      return resolved ? [resolved] : [];
    }),
  };
}
