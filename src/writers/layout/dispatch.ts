/**
 * One handler per block type, for every writer: the mapped type makes a missing handler a compile
 * error (style.md §4), and `dispatch` refuses a type this version does not know — trees read from
 * JSON can carry one — rather than dropping it.
 */
import type { Block } from '../../tree/types.js';

export type Handler<S, R, N extends Block> = (state: S, node: N) => R;
export type Handlers<S, R> = { [K in Block['type']]: Handler<S, R, Extract<Block, { type: K }>> };

export function dispatch<S, R, N extends Block>(
  writer: string,
  handlers: Handlers<S, R>,
  state: S,
  node: N,
): R {
  // Own properties only: "toString" or "constructor" would otherwise find Object.prototype's.
  if (!Object.hasOwn(handlers, node.type))
    throw new TypeError(`${writer}: no handler for block type ${JSON.stringify(node.type)}`);
  return (handlers[node.type] as Handler<S, R, N>)(state, node);
}
