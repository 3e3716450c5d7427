/** The report's figures (基本情况): counted from the ledger rows, never typed (issue 5). */
import { isDone } from './track.js';
import type { Ledger, TrackedRow } from './types.js';

export interface Counts {
  /** Rows (issues or items). */
  total: number;
  /** 整改措施 of those rows. */
  measures: number;
  /** 已完成 + 已销号. */
  done: number;
  /** 已销号 (a subset of done). */
  closed: number;
  inProgress: number;
  notStarted: number;
  /** Not done and past the due date. */
  overdue: number;
  /** Done after the due date. */
  late: number;
}

export interface CategoryFigures {
  groupId: string;
  category: string;
  rows: TrackedRow[];
  counts: Counts;
}

export interface Figures {
  counts: Counts;
  /** done / total, as printed: 71.4% (one decimal at most, no trailing .0). */
  completionRate: string;
  closureRate: string;
  categories: CategoryFigures[];
}

export function count(rows: readonly TrackedRow[]): Counts {
  return {
    total: rows.length,
    measures: rows.reduce((sum, row) => sum + row.measures.length, 0),
    done: rows.filter((row) => isDone(row.status)).length,
    closed: rows.filter((row) => row.status === '已销号').length,
    inProgress: rows.filter((row) => row.status === '推进中').length,
    notStarted: rows.filter((row) => row.status === '未启动').length,
    overdue: rows.filter((row) => row.overdue).length,
    late: rows.filter((row) => row.late).length,
  };
}

/** A rate as reports print it: 50%, 35.7%, 100%; 0% of nothing. Rounded half up on the tenth. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const tenths = Math.round((part * 1000) / whole);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}

export function figures(ledger: Ledger): Figures {
  const categories: CategoryFigures[] = [];
  for (const row of ledger.rows) {
    let group = categories.find((c) => c.groupId === row.groupId);
    if (!group) {
      group = { groupId: row.groupId, category: row.category, rows: [], counts: count([]) };
      categories.push(group);
    }
    group.rows.push(row);
  }
  for (const group of categories) group.counts = count(group.rows);
  const counts = count(ledger.rows);
  return {
    counts,
    completionRate: percent(counts.done, counts.total),
    closureRate: percent(counts.closed, counts.total),
    categories,
  };
}
