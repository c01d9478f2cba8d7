import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createCalendar } from '../../src/calendar/index.js';

const calendar = createCalendar({ startDate: '2022-04-01', mode: 'continuous' });
const time = fc.double({ min: -2000, max: 5000, noNaN: true });
const amount = fc.double({ min: 0, max: 500, noNaN: true });

describe('continuous calendar', () => {
  it('treats weekends and bank holidays as working days', () => {
    expect([1.5, 2.5, 14.5, 17.5].map((t) => calendar.isWorkingDay(t))).toEqual([true, true, true, true]);
    expect(calendar.nextWorkingTime(14.2)).toBe(14.2);
  });

  it('still gives real dates and weekdays', () => {
    expect(calendar.dateOf(14.5)).toBe('2022-04-15');
    expect(calendar.weekday(14.5)).toBe(4);
  });

  it('makes workingDaysBetween the plain difference t1 - t0', () => {
    fc.assert(
      fc.property(time, time, (a, b) => {
        const [t0, t1] = a <= b ? [a, b] : [b, a];
        expect(calendar.workingDaysBetween(t0, t1)).toBe(t1 - t0);
      }),
      { seed: 20220401, numRuns: 500 },
    );
  });

  it('makes addWorkingDays the plain sum t + n', () => {
    fc.assert(
      fc.property(time, amount, (t, n) => {
        expect(calendar.addWorkingDays(t, n)).toBe(t + n);
      }),
      { seed: 20220402, numRuns: 500 },
    );
  });

  it('counts every day of the year as a working day, with no bank holiday data limit', () => {
    expect(calendar.workingDaysInYear?.(2023)).toBe(365);
    expect(calendar.workingDaysInYear?.(2024)).toBe(366);
    expect(calendar.workingDaysInYear?.(2050)).toBe(365);
  });

  it('still rejects t1 < t0, negative n and non-finite times', () => {
    expect(() => calendar.workingDaysBetween(2, 1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(0, -0.5)).toThrow(/n must be/);
    expect(() => calendar.isWorkingDay(Number.NaN)).toThrow(/isWorkingDay: t must be a finite number/);
  });
});
