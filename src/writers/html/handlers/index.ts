/** Each block type's handler (the dispatch and its compile-time completeness: layout/dispatch.ts). */
import type { Block } from '../../../tree/types.js';
import { dispatch, type Handlers as HandlerMap } from '../../layout/dispatch.js';
import type { HtmlState } from '../state.js';
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

export type Handlers = HandlerMap<HtmlState, string>;

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

export const one = <N extends Block>(state: HtmlState, node: N): string =>
  dispatch('writeHtml', handlers, state, node);
