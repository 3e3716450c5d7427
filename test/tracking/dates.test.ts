/** Calendar arithmetic of the tracking stage: the last day a time limit allows, days between dates. */
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dueDate } from '../../src/tracking/dates.js';

describe('dueDate', () => {
  it('is the date itself for a "by" date (6月10日前 includes the 10th)', () => {
    expect(dueDate('2018-06-10')).toBe('2018-06-10');
  });

  it('is the day of an { on } deadline', () => {
    expect(dueDate({ on: '2018-09-03' })).toBe('2018-09-03');
  });

  it("is a window's last day", () => {
    expect(dueDate({ from: '2018-05-15', to: '2018-06-15' })).toBe('2018-06-15');
  });

  it('is null for 长期坚持 and 立行立改, which are never overdue by the calendar', () => {
    expect(dueDate('长期坚持')).toBeNull();
    expect(dueDate('立行立改')).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative backwards', () => {
    expect(daysBetween('2018-06-10', '2018-06-10')).toBe(0);
    expect(daysBetween('2018-06-10', '2018-06-11')).toBe(1);
    expect(daysBetween('2018-06-11', '2018-06-10')).toBe(-1);
    expect(daysBetween('2018-09-30', '2018-11-05')).toBe(36);
  });

  it('crosses month, year and leap days', () => {
    expect(daysBetween('2018-12-31', '2019-01-01')).toBe(1);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-02-28', '2019-03-01')).toBe(1);
    expect(daysBetween('2018-01-01', '2019-01-01')).toBe(365);
  });

  it('does not move with the time zone or daylight saving (spring-forward day in New York)', () => {
    // The test process may run in any TZ; UTC arithmetic must give whole days regardless.
    expect(daysBetween('2018-03-10', '2018-03-12')).toBe(2);
    expect(daysBetween('2018-10-27', '2018-10-29')).toBe(2);
  });
});

describe('addDays', () => {
  it('adds across months, years and leap days', () => {
    expect(addDays('2018-11-05', 7)).toBe('2018-11-12');
    expect(addDays('2018-12-28', 7)).toBe('2019-01-04');
    expect(addDays('2020-02-25', 4)).toBe('2020-02-29');
    expect(addDays('2019-02-25', 4)).toBe('2019-03-01');
    expect(addDays('2018-06-01', 0)).toBe('2018-06-01');
    expect(addDays('2018-06-01', -1)).toBe('2018-05-31');
  });
});
