/**
 * The diff formatters' own words, Chinese by default (the reviewers are), English with --lang en.
 * Field labels come from the schema and stay Chinese in both: they name the plan's fields.
 */
import type { ChangeKind, EntityKind, Position, WordOp } from './types.js';

export type DiffLang = 'zh' | 'en';

export interface Wording {
  title: string;
  kinds: Record<ChangeKind, string>;
  entities: Record<EntityKind, string>;
  /** Where a top-level entity sits when it moves (its list). */
  top: Record<EntityKind, string>;
  none: string;
  later: string;
  earlier: string;
  /** The summary table's deadline columns. */
  laterColumn: string;
  earlierColumn: string;
  same: string;
  deadlines: (later: number, earlier: number) => string;
  counts: (added: number, removed: number, moved: number, changed: number) => string;
  units: string;
  at: string;
  nth: (parent: string, index: number) => string;
  omitted: (count: number, total: number) => string;
  sep: string;
  colon: string;
  /** An aside: （推后） in Chinese, ` (later)` in English. */
  paren: (text: string) => string;
}

const ZH: Wording = {
  title: '方案修订比对',
  kinds: { added: '新增', removed: '删除', moved: '移动', changed: '修改' },
  entities: {
    plan: '方案',
    section: '章节',
    item: '事项',
    issueGroup: '问题类别',
    issue: '问题',
    measure: '整改措施',
    phase: '工作阶段',
    target: '目标指标',
    attachment: '附件',
  },
  top: {
    plan: '方案',
    section: '正文',
    item: '正文',
    issueGroup: '问题清单',
    issue: '问题清单',
    measure: '问题清单',
    phase: '方法步骤',
    target: '目标指标',
    attachment: '附件',
  },
  none: '（无）',
  later: '推后',
  earlier: '提前',
  laterColumn: '时限推后',
  earlierColumn: '时限提前',
  same: '两个版本内容相同。',
  deadlines: (later, earlier) => `时限推后 ${later} 项，提前 ${earlier} 项`,
  counts: (added, removed, moved, changed) =>
    `新增 ${added} 项，删除 ${removed} 项，移动 ${moved} 项，修改 ${changed} 项`,
  units: '单位职责增减',
  at: '位置',
  nth: (parent, index) => `${parent} 第${index + 1}项`,
  omitted: (count, total) =>
    `……另有 ${count} 项变更未列出（共 ${total} 项），完整内容请以 JSON 格式输出查看。`,
  sep: '，',
  colon: '：',
  paren: (text) => `（${text}）`,
};

const EN: Wording = {
  title: 'Plan revision',
  kinds: { added: 'Added', removed: 'Removed', moved: 'Moved', changed: 'Changed' },
  entities: {
    plan: 'plan',
    section: 'section',
    item: 'item',
    issueGroup: 'issue group',
    issue: 'issue',
    measure: 'measure',
    phase: 'phase',
    target: 'target',
    attachment: 'attachment',
  },
  top: {
    plan: 'plan',
    section: 'top level',
    item: 'top level',
    issueGroup: 'issue list',
    issue: 'issue list',
    measure: 'issue list',
    phase: 'phases',
    target: 'targets',
    attachment: 'attachments',
  },
  none: '(none)',
  later: 'later',
  earlier: 'earlier',
  laterColumn: 'deadlines later',
  earlierColumn: 'deadlines earlier',
  same: 'The two versions are the same.',
  deadlines: (later, earlier) => `deadlines: ${later} later, ${earlier} earlier`,
  counts: (added, removed, moved, changed) =>
    `${added} added, ${removed} removed, ${moved} moved, ${changed} changed`,
  units: 'Duties by unit',
  at: 'at',
  nth: (parent, index) => `${parent} #${index + 1}`,
  omitted: (count, total) => `… ${count} more of ${total} changes not shown; see the JSON output.`,
  sep: ', ',
  colon: ': ',
  paren: (text) => ` (${text})`,
};

export const wording = (lang: DiffLang = 'zh'): Wording => (lang === 'en' ? EN : ZH);

/** +1, −1, +2 −1: a unit's tally with the zero side left out. */
export const tallyText = (gained: number, lost: number): string =>
  [gained > 0 ? `+${gained}` : '', lost > 0 ? `−${lost}` : ''].filter(Boolean).join(' ');

export const positionText = (w: Wording, entity: EntityKind, position: Position): string =>
  w.nth(position.parent ?? w.top[entity], position.index);

/**
 * Long unchanged stretches of a prose field cut to `context` characters on each side of an edit,
 * so a one-word change in a long paragraph shows as a line, not the paragraph.
 */
export function elide(ops: readonly WordOp[], context = 30): WordOp[] {
  return ops.map((op, i) => {
    if (op.op !== 'equal') return op;
    const chars = Array.from(op.text);
    const first = i === 0;
    const lastOp = i === ops.length - 1;
    if (first && chars.length > context) return { op: 'equal', text: `…${chars.slice(-context).join('')}` };
    if (lastOp && chars.length > context)
      return { op: 'equal', text: `${chars.slice(0, context).join('')}…` };
    if (!first && !lastOp && chars.length > 2 * context + 1)
      return { op: 'equal', text: `${chars.slice(0, context).join('')}…${chars.slice(-context).join('')}` };
    return op;
  });
}
