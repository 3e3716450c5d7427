/** The transmittal notice's header: a well-formed 发文字号 of the document's year; 签发人 for upward documents. */
import { parseDocNumber } from '../doc-number.js';
import { report, type Check } from './context.js';

export const checkNotice: Check = (context) => {
  const notice = context.plan.notice;
  if (!notice || typeof notice !== 'object') return;
  if (typeof notice.number === 'string') {
    const parsed = parseDocNumber(notice.number);
    if (!parsed.ok) {
      report(context, 'plan/doc-number', ['notice', 'number'], {
        value: notice.number,
        reasonZh: parsed.reasonsZh.join('；'),
        reasonEn: parsed.reasonsEn.join('; '),
        ...(parsed.fixed ? { fixed: parsed.fixed } : {}),
      });
    } else if (typeof context.plan.date === 'string' && !context.plan.date.startsWith(`${parsed.year}-`)) {
      report(context, 'plan/doc-number-year', ['notice', 'number'], {
        year: parsed.year,
        date: context.plan.date,
      });
    }
  }
  if (notice.direction === 'up' && !notice.signers) {
    report(context, 'plan/signers-required', ['notice'], {}, { key: 'direction' });
  }
};
