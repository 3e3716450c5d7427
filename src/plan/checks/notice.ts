/**
 * The 版头 fields of the documents that have one: the notice, the report and the reminders — a
 * well-formed 发文字号 of the document's year, 签发人 for upward documents.
 */
import { parseDocNumber } from '../doc-number.js';
import type { Path } from '../../source/locate.js';
import { report, type Check, type CheckContext } from './context.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkNumber(context: CheckContext, value: unknown, path: Path, date: unknown, shown = value) {
  if (typeof value !== 'string') return;
  const parsed = parseDocNumber(value);
  if (!parsed.ok) {
    report(context, 'plan/doc-number', path, {
      value: String(shown),
      reasonZh: parsed.reasonsZh.join('；'),
      reasonEn: parsed.reasonsEn.join('; '),
      ...(parsed.fixed && shown === value ? { fixed: parsed.fixed } : {}),
    });
  } else if (typeof date === 'string' && !date.startsWith(`${parsed.year}-`)) {
    report(context, 'plan/doc-number-year', path, { year: parsed.year, date });
  }
}

export const checkNotice: Check = (context) => {
  const { plan } = context;
  const notice = plan.notice;
  if (isObject(notice)) {
    checkNumber(context, notice.number, ['notice', 'number'], plan.date);
    if (notice.direction === 'up' && !notice.signers)
      report(context, 'plan/signers-required', ['notice'], {}, { key: 'direction' });
  }
  const upward = plan.report;
  if (isObject(upward)) {
    checkNumber(context, upward.number, ['report', 'number'], upward.date);
    // A report goes up unless the plan says otherwise (7.2.6: 上行文 carry 签发人).
    if (upward.direction !== 'down' && !upward.signers)
      report(context, 'plan/signers-required', ['report'], {}, upward.direction ? { key: 'direction' } : {});
  }
  const reminders = plan.reminders;
  if (isObject(reminders)) {
    const start = reminders.start ?? 1;
    const startOk = typeof start === 'number' && Number.isInteger(start) && start >= 1;
    // A start that is not a number at all is the schema's to report.
    if (!startOk && typeof start === 'number')
      report(context, 'plan/reminder-start', ['reminders', 'start'], { value: String(start) });
    if (typeof reminders.number === 'string') {
      if (!reminders.number.includes('{n}'))
        report(context, 'plan/reminder-number-placeholder', ['reminders', 'number']);
      else if (startOk)
        checkNumber(
          context,
          reminders.number.replaceAll('{n}', String(start)),
          ['reminders', 'number'],
          reminders.date,
          reminders.number,
        );
    }
  }
};
