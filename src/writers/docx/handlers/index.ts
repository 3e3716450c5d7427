/**
 * The dispatch table: one handler per block type. A mapped type over Block['type'] makes a missing
 * handler a compile error (style.md §4), so no block can be dropped silently.
 */
import type { Block } from '../../../tree/types.js';
import type { DocxState, FileChild } from '../state.js';
import { attachmentHeading } from './attachment-heading.js';
import { attachmentNote } from './attachment-note.js';
import { colophon } from './colophon.js';
import { docNumber } from './doc-number.js';
import { headerFields } from './header-fields.js';
import { heading } from './heading.js';
import { note } from './note.js';
import { pageBreak } from './page-break.js';
import { paragraph } from './paragraph.js';
import { recipients } from './recipients.js';
import { redHeader } from './red-header.js';
import { signature } from './signature.js';
import { table } from './table.js';
import { title } from './title.js';

export type Handler<N extends Block> = (state: DocxState, node: N) => FileChild[];
export type Handlers = { [K in Block['type']]: Handler<Extract<Block, { type: K }>> };

export const handlers: Handlers = {
  headerFields,
  redHeader,
  docNumber,
  title,
  recipients,
  heading,
  paragraph,
  table,
  attachmentNote,
  signature,
  note,
  pageBreak,
  attachmentHeading,
  colophon,
};

export function one<N extends Block>(state: DocxState, node: N): FileChild[] {
  // Own properties only: "toString" or "constructor" must not find Object.prototype's.
  const handler = Object.hasOwn(handlers, node.type) ? (handlers[node.type] as Handler<N>) : undefined;
  // Trees read from JSON can carry a type this version does not know: refuse rather than drop it.
  if (!handler) throw new TypeError(`writeDocx: no handler for block type ${JSON.stringify(node.type)}`);
  return handler(state, node);
}
