/** Dates as documents print them (GB/T 9704 7.3.5.4) and deadlines as the seeds annotate them. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDeadline, yearOf } from '../../src/plan/dates.js';

describe('formatDate', () => {
  it.each([
    ['2020-05-20', '2020年5月20日'],
    ['2021-01-05', '2021年1月5日'],
    ['2018-12-31', '2018年12月31日'],
    ['2020-10-01', '2020年10月1日'],
  ])('%s → %s (no zero padding)', (iso, expected) => expect(formatDate(iso)).toBe(expected));

  it('refuses what is not an ISO date', () => {
    expect(() => formatDate('2020-5-20')).toThrow(RangeError);
    expect(() => formatDate('2020年5月20日')).toThrow(RangeError);
  });

  it('reads the year', () => expect(yearOf('2018-05-11')).toBe(2018));
});

describe('formatDeadline', () => {
  it.each([
    ['a bare date is a "by" date', '2020-06-10', '6月10日前'],
    ['{on} is that day', { on: '2020-06-11' }, '6月11日'],
    ['{from, to} is a window', { from: '2020-05-21', to: '2020-05-26' }, '5月21日至5月26日'],
    [
      'a window within one month repeats the month',
      { from: '2020-05-29', to: '2020-05-31' },
      '5月29日至5月31日',
    ],
    ['ongoing', '长期坚持', '长期坚持'],
    ['immediate', '立行立改', '立行立改'],
  ] as const)('%s', (_what, deadline, expected) => expect(formatDeadline(deadline, 2020)).toBe(expected));

  it('prints the year only when it is not the document’s', () => {
    expect(formatDeadline('2021-01-05', 2020)).toBe('2021年1月5日前');
    expect(formatDeadline({ on: '2019-12-30' }, 2020)).toBe('2019年12月30日');
    expect(formatDeadline({ from: '2021-01-05', to: '2021-01-10' }, 2020)).toBe('2021年1月5日至1月10日');
  });

  it('names both years of a window across a new year', () => {
    expect(formatDeadline({ from: '2020-12-21', to: '2021-01-05' }, 2020)).toBe(
      '2020年12月21日至2021年1月5日',
    );
    expect(formatDeadline({ from: '2020-12-21', to: '2021-01-05' }, 2021)).toBe(
      '2020年12月21日至2021年1月5日',
    );
  });
});
