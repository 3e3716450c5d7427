/**
 * Body tables (8; practice): the type area's width, 4号 cells, a 黑体 header row repeated on every
 * page (thead) and rows that never split across pages; widths and centring as in the DOCX writer.
 */
import type { BlockChange, Inline, Table, TableCell } from '../../../tree/types.js';
import { centredColumns, columnCount, openEdges, scaleWidths, type OpenEdges } from '../../layout/table.js';
import { inlines } from '../inline.js';
import { block, type HtmlState } from '../state.js';

/** Per mille of the type area: whole numbers keep the output stable. */
const TOTAL = 1000;

export function table(state: HtmlState, node: Table): string {
  const columns = columnCount(node);
  const widths = scaleWidths(node.widths, columns, TOTAL);
  const centred = centredColumns(node, columns);
  const cols = widths.map((w) => `<col style="width:${w / 10}%">`).join('');
  const edges = openEdges(node);
  const cell = (
    tag: 'th' | 'td',
    cells: readonly TableCell[],
    i: number,
    open?: OpenEdges,
    change?: BlockChange | null,
  ) => {
    const classes = [
      ...(tag === 'td' && centred[i] ? ['gw-centre'] : []),
      ...(open?.top ? ['gw-open-top'] : []),
      ...(open?.bottom ? ['gw-open-bottom'] : []),
    ];
    const attribute = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
    const children = cells[i]?.children ?? [];
    const content: Inline[] = change ? [{ type: change, children: [...children] }] : children;
    return `<${tag}${attribute}>${inlines(content)}</${tag}>`;
  };
  // A row a redline adds or removes (issue 6): its text marked as inserted or deleted.
  const row = (
    tag: 'th' | 'td',
    cells: readonly TableCell[],
    open?: OpenEdges[],
    change?: BlockChange | null,
  ) =>
    `<tr${change ? ` class="gw-${change}-row"` : ''}>${widths.map((_, i) => cell(tag, cells, i, open?.[i], change)).join('')}</tr>`;
  const head = node.header.length > 0 ? `<thead>${row('th', node.header)}</thead>` : '';
  const body = `<tbody>${node.rows.map((cells, r) => row('td', cells, edges[r], node.rowChanges?.[r])).join('')}</tbody>`;
  // The wrapper carries the page break, as a table cannot in DOCX either. Landscape pages are the
  // document writer's (writers/layout/landscape.ts).
  return block(
    state,
    { tag: 'div', className: 'gw-flush' },
    `<table class="gw-table${node.compact ? ' gw-compact' : ''}"><colgroup>${cols}</colgroup>${head}${body}</table>`,
  );
}
