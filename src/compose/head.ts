/**
 * The 版头 of every document of the family that has one (notice, report, reminder): 份号/密级/紧急
 * (7.2.1–7.2.3), the red 发文机关标志 (7.2.4), 发文字号 with 签发人 for 上行文 (7.2.5, 7.2.6) and the
 * red separator (7.2.7).
 */
import type { Issuer, Notice } from '../plan/types.generated.js';
import type { Block, HeaderFields, RedHeader } from '../tree/types.js';

export type HeadFields = Partial<
  Pick<Notice, 'copyNumber' | 'secrecy' | 'urgency' | 'number' | 'direction' | 'signers'>
>;

function headerFields(notice: HeadFields): HeaderFields | undefined {
  const fields: HeaderFields = { type: 'headerFields' };
  if (notice.copyNumber !== undefined) fields.copyNumber = notice.copyNumber;
  if (notice.secrecy !== undefined) fields.secrecy = notice.secrecy;
  if (notice.urgency !== undefined) fields.urgency = notice.urgency;
  return Object.keys(fields).length > 1 ? fields : undefined;
}

/**
 * 7.2.4: the issuers that have a mark, lead first. "文件" common to every mark goes to the right of
 * the stacked names (联合行文); otherwise each mark is printed as written.
 */
function redHeader(issuers: readonly Issuer[]): RedHeader | undefined {
  const marks = issuers.flatMap((issuer) => (issuer.mark ? [issuer.mark] : []));
  if (marks.length === 0) return undefined;
  const suffix = '文件';
  const shared = marks.every((mark) => mark.endsWith(suffix) && mark.length > suffix.length);
  return shared
    ? { type: 'redHeader', names: marks.map((mark) => mark.slice(0, -suffix.length)), suffix }
    : { type: 'redHeader', names: marks, suffix: null };
}

export function versionHead(issuers: readonly Issuer[], fields: HeadFields): Block[] {
  const out: Block[] = [];
  const header = headerFields(fields);
  if (header) out.push(header);
  const mark = redHeader(issuers);
  if (mark) out.push(mark);
  const up = fields.direction === 'up';
  // The red separator line belongs to the 版头 (7.2.7): a marked document has one even without a number.
  if (mark || fields.number !== undefined || up)
    out.push({
      type: 'docNumber',
      number: fields.number ?? null,
      signers: up ? (fields.signers ?? []) : null,
    });
  return out;
}
