/**
 * Body tables (8; practice, gbt9704.md §5): the type area's width, 4号 cells, a 黑体 header row
 * repeated on every page (w:tblHeader) and rows that never split across pages (w:cantSplit).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { BlockChange, Table as TableNode, TableCell as CellNode } from '../../../tree/types.js';
import { mmToTwips, page, table as spec, tableRules } from '../../../style/gbt9704.js';
import { centredColumns, columnCount, openEdges, scaleWidths, type OpenEdges } from '../../layout/table.js';
import { PENDING_CHANGE, runs, type RunStyle } from '../inline.js';
import { typeAreaTwips } from '../page.js';
import { noIndent, paragraph, type DocxState, type FileChild } from '../state.js';
import { OFF_GRID } from '../styles.js';

const rule = { style: BorderStyle.SINGLE, size: tableRules.borderEighths, color: '000000' } as const;
const borders = {
  top: rule,
  bottom: rule,
  left: rule,
  right: rule,
  insideHorizontal: rule,
  insideVertical: rule,
};
const margins = {
  top: tableRules.cellPadTwips,
  bottom: tableRules.cellPadTwips,
  left: tableRules.cellMarginTwips,
  right: tableRules.cellMarginTwips,
};

type CellStyle = RunStyle & { lineTwips: number };

/** A rule left out between cells merged down (layout/table.ts openEdges). */
const NO_RULE = { style: BorderStyle.NIL, size: 0, color: 'auto' } as const;

function cell(
  node: CellNode | undefined,
  width: number,
  style: CellStyle,
  centre: boolean,
  edges?: OpenEdges,
  change?: BlockChange,
): TableCell {
  const open = edges && (edges.top || edges.bottom);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(open
      ? { borders: { ...(edges.top ? { top: NO_RULE } : {}), ...(edges.bottom ? { bottom: NO_RULE } : {}) } }
      : {}),
    margins,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style: OFF_GRID,
        alignment: centre ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: noIndent,
        spacing: { line: style.lineTwips, lineRule: LineRuleType.EXACT },
        children: runs(node?.children ?? [], style, {}, change),
      }),
    ],
  });
}

export function table(state: DocxState, node: TableNode): FileChild[] {
  const columns = columnCount(node);
  // Landscape pages turn the type area: 225 mm wide.
  const total = node.landscape ? mmToTwips(page.typeArea.heightMm) : typeAreaTwips;
  const widths = scaleWidths(node.widths, columns, total);
  const sizePt = node.compact ? spec.compactSizePt : spec.sizePt;
  const lineTwips = node.compact ? tableRules.compactLineTwips : tableRules.lineTwips;
  const head: CellStyle = { role: spec.headerFont, sizePt, lineTwips };
  const text: CellStyle = { role: spec.bodyFont, sizePt, lineTwips };
  const centred = centredColumns(node, columns);
  const edges = openEdges(node);
  // A row a redline adds or removes (issue 6) is a tracked row change, its text marked with it.
  const row = (
    cells: readonly CellNode[],
    style: CellStyle,
    header: boolean,
    open?: OpenEdges[],
    change?: BlockChange | null,
  ) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      ...(change === 'insert' ? { insertion: PENDING_CHANGE } : {}),
      ...(change === 'delete' ? { deletion: PENDING_CHANGE } : {}),
      children: widths.map((width, i) =>
        cell(cells[i], width, style, header || centred[i]!, open?.[i], change ?? undefined),
      ),
    });
  const rows = [
    ...(node.header.length > 0 ? [row(node.header, head, true)] : []),
    ...node.rows.map((cells, r) => row(cells, text, false, edges[r], node.rowChanges?.[r])),
  ];
  // A table cannot carry pageBreakBefore; an empty paragraph takes the pending break instead.
  const lead = state.breakPending ? [paragraph(state, { indent: noIndent })] : [];
  return [
    ...lead,
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders,
      rows,
    }),
  ];
}
