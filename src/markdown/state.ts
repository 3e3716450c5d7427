/** What every mdast handler receives: where to report what the tree cannot hold. */
import type { Nodes } from 'mdast';
import type { Params } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/messages.js';

/**
 * Reports a problem in the Markdown. The caller binds it to where the Markdown came from (the YAML
 * scalar of a plan field, or a template file); `node` lets it narrow the place when it can.
 */
export type MarkdownReport = (code: DiagnosticCode, params: Params, node: Nodes) => void;

export interface MarkdownState {
  report: MarkdownReport;
}
