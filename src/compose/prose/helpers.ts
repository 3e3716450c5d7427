/**
 * The helpers templates may call, all pure (no files, no network, no clock): join, units,
 * deadline, date, cn. Each checks its arguments and throws HelperError on a wrong one, which the
 * renderer reports with the helper's usage. Text they return from the plan is Markdown-escaped,
 * like every plan value put into a template.
 */
import type { HelperDelegate } from 'handlebars';
import { formatDate, formatDeadline, isRealDate } from '../../plan/dates.js';
import type { Deadline, Unit } from '../../plan/types.generated.js';
import { chineseNumber } from '../../tree/numbering.js';
import { escapeMarkdown } from './escape.js';

export class HelperError extends Error {
  constructor(readonly helper: string) {
    super(`bad argument to ${helper}`);
  }
}

export interface HelperContext {
  units: ReadonlyMap<string, Unit>;
  /** The document's year: deadlines in it print without a year. */
  year: number;
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isDate = (value: unknown): value is string => typeof value === 'string' && isRealDate(value);

function isDeadline(value: unknown): value is Deadline {
  if (value === '长期坚持' || value === '立行立改' || isDate(value)) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, 'on')) return isDate(record['on']);
  return isDate(record['from']) && isDate(record['to']);
}

/** The name a document prints for a unit: its short name (the seeds' 【责任单位：镇卫生院】). */
export function unitName(units: ReadonlyMap<string, Unit>, id: string): string {
  const unit = units.get(id);
  return unit?.short ?? unit?.name ?? id;
}

export function helpers(context: HelperContext): Record<string, HelperDelegate> {
  // Handlebars passes its options object last; `arity` is the count of the template's own arguments.
  const args = (helper: string, arity: number, given: unknown[]): unknown[] => {
    if (given.length - 1 !== arity) throw new HelperError(helper);
    return given.slice(0, arity);
  };
  return {
    join: (...given: unknown[]) => {
      const [list, separator] = args('join', 2, given);
      if (!strings(list) || typeof separator !== 'string') throw new HelperError('join');
      return list.join(separator);
    },
    units: (...given: unknown[]) => {
      const [value] = args('units', 1, given);
      const ids = typeof value === 'string' ? [value] : value;
      if (!strings(ids)) throw new HelperError('units');
      return ids.map((id) => escapeMarkdown(unitName(context.units, id))).join('、');
    },
    deadline: (...given: unknown[]) => {
      const [deadline] = args('deadline', 1, given);
      if (!isDeadline(deadline)) throw new HelperError('deadline');
      return formatDeadline(deadline, context.year);
    },
    date: (...given: unknown[]) => {
      const [date] = args('date', 1, given);
      if (!isDate(date)) throw new HelperError('date');
      return formatDate(date);
    },
    cn: (...given: unknown[]) => {
      const [n] = args('cn', 1, given);
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 999) throw new HelperError('cn');
      return chineseNumber(n);
    },
  };
}

/** How each helper is called, for the hint of a wrong call. */
export const HELPER_USAGE: Record<string, { zh: string; en: string }> = {
  join: { zh: '用法：{{join 列表 "、"}}', en: 'usage: {{join list "、"}}' },
  units: {
    zh: '用法：{{units 单位编号或编号列表}}，例如 {{units lead}}',
    en: 'usage: {{units ids}} with one unit id or a list, e.g. {{units lead}}',
  },
  deadline: { zh: '用法：{{deadline 时限}}，例如 {{deadline deadline}}', en: 'usage: {{deadline d}}' },
  date: { zh: '用法：{{date 日期}}，日期写作 YYYY-MM-DD', en: 'usage: {{date d}} with a YYYY-MM-DD date' },
  cn: { zh: '用法：{{cn 数字}}，数字为 0 至 999 的整数', en: 'usage: {{cn n}} with an integer 0–999' },
};
