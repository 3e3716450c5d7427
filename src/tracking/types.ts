/**
 * The tracked rows of a plan as of one date: the single computation behind the ledger (DOCX, PDF,
 * XLSX), the responsibility lists, the reminders and the report (issue 5), so that no two of them
 * can disagree. Plain data: no tree nodes, no formatting beyond the printed forms of dates.
 */
import type { Path } from '../source/locate.js';

export type Status = '未启动' | '推进中' | '已完成' | '已销号';

/** A time limit as printed (6月10日前) and the last day it allows, when it has one. */
export interface DueDate {
  text: string;
  /** ISO date; null for 长期坚持 and 立行立改, which are never overdue by the calendar. */
  due: string | null;
}

/** One issue (问题清单) or one checklist item with a deadline (工作台账). */
export interface TrackedRow {
  /** The plan's id of the issue or item. */
  id: string;
  /** 序号 in the ledger, 1-based, in plan order. */
  number: number;
  /** The id of the issue group, or of the section or phase holding the item. */
  groupId: string;
  /** 问题类别: the issue group's category, or the section or phase title. */
  category: string;
  /** 反馈问题 / 工作事项, as plain text. */
  problem: string;
  /** What reports and reminders call it: the summary or item's title, else its first sentence. */
  summary: string;
  /** 整改措施, plain text, each with its own time limit where it differs from the row's. */
  measures: string[];
  /** 责任领导: 王海燕（镇党委副书记）. */
  leader: string | null;
  /** Unit ids, in the plan's order. */
  lead: string[];
  responsible: string[];
  support: string[];
  deadline: DueDate;
  /** Status as of the as-of date (the last history entry on or before it); 未启动 without one. */
  status: Status;
  /** ISO completion date of a done row. */
  completed: string | null;
  /** 进展情况: the last progress note on or before the as-of date, as plain text ('' when none). */
  note: string;
  /** Why the row is open or late, where the plan says (the entry's `reason`). */
  reason: string | null;
  /** 佐证材料 of a closed row. */
  evidence: string[];
  /** Not done and its due date is before the as-of date. */
  overdue: boolean;
  /** Days past the due date (as of the date) for an overdue row, else 0. */
  daysOverdue: number;
  /** Done, but after its due date (逾期完成). */
  late: boolean;
  /** Where the row is in the plan (for diagnostics). */
  path: Path;
}

export type LedgerKind = 'issues' | 'items';

export type ColumnKey =
  | 'number'
  | 'category'
  | 'problem'
  | 'measures'
  | 'leader'
  | 'lead'
  | 'responsible'
  | 'deadline'
  | 'note'
  | 'status';

export interface LedgerColumn {
  key: ColumnKey;
  header: string;
  /** Relative width, in 字 of the cells' size. */
  width: number;
}

/** 问题清单/整改台账 (issues) or 工作台账 (checklist items with deadlines). */
export interface Ledger {
  kind: LedgerKind;
  /** ISO as-of date: statuses and overdue are computed for this day. */
  asOf: string;
  columns: LedgerColumn[];
  rows: TrackedRow[];
  /** Unit id → the name the documents print (short name, else full name). */
  unitNames: Record<string, string>;
}
