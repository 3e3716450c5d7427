/**
 * The text of each ledger cell, shared by the DOCX/PDF ledger and the XLSX ledger so that both
 * print the same rows and columns (issue 5). The XLSX writer types the 序号 and date cells itself.
 */
import type { ColumnKey, Ledger, LedgerColumn, LedgerKind, TrackedRow } from './types.js';

/**
 * The columns of seed 002's ledger; checklist items have no 反馈问题/整改措施/责任领导. Widths are
 * relative, in 字 of the ledger's 小四 cells with their padding; the table is scaled to the landscape
 * type area (225 mm, about 53 字), so a short column keeps room for 6月10日前 or 推进中/已逾期.
 */
export function ledgerColumns(kind: LedgerKind): LedgerColumn[] {
  if (kind === 'issues')
    return [
      { key: 'number', header: '序号', width: 2.8 },
      { key: 'category', header: '问题类别', width: 3.6 },
      { key: 'problem', header: '反馈问题', width: 9 },
      { key: 'measures', header: '整改措施', width: 11.2 },
      { key: 'leader', header: '责任领导', width: 4 },
      { key: 'lead', header: '牵头单位', width: 3.7 },
      { key: 'responsible', header: '责任部门', width: 4.2 },
      { key: 'deadline', header: '整改时限', width: 4.6 },
      { key: 'note', header: '进展情况', width: 8 },
      { key: 'status', header: '状态', width: 4.4 },
    ];
  return [
    { key: 'number', header: '序号', width: 2.8 },
    { key: 'category', header: '类别', width: 5 },
    { key: 'problem', header: '工作事项', width: 16.4 },
    { key: 'lead', header: '牵头单位', width: 4.5 },
    { key: 'responsible', header: '责任单位', width: 5.5 },
    { key: 'deadline', header: '完成时限', width: 4.6 },
    { key: 'note', header: '进展情况', width: 10.2 },
    { key: 'status', header: '状态', width: 4.4 },
  ];
}

const names = (ledger: Pick<Ledger, 'unitNames'>, ids: readonly string[]) =>
  ids.map((id) => ledger.unitNames[id] ?? id).join('、');

/** 状态 as printed: an overdue row says so on a second line (推进中/已逾期), narrow as the column is. */
export function statusText(row: TrackedRow): string {
  return row.overdue ? `${row.status}\n已逾期` : row.status;
}

/** A cell's text; lines are separated by \n (several measures, responsible and supporting units). */
export function cellText(ledger: Pick<Ledger, 'unitNames'>, row: TrackedRow, key: ColumnKey): string {
  switch (key) {
    case 'number':
      return String(row.number);
    case 'category':
      return row.category;
    case 'problem':
      return row.problem;
    case 'measures':
      return row.measures.length > 1
        ? row.measures.map((measure, i) => `${i + 1}.${measure}`).join('\n')
        : (row.measures[0] ?? '');
    case 'leader':
      return row.leader ?? '';
    case 'lead':
      return names(ledger, row.lead);
    case 'responsible': {
      const main = names(ledger, row.responsible);
      const support = row.support.length > 0 ? `配合：${names(ledger, row.support)}` : '';
      return [main, support].filter(Boolean).join('\n');
    }
    case 'deadline':
      return row.deadline.text;
    case 'note':
      return row.note;
    case 'status':
      return statusText(row);
  }
}
