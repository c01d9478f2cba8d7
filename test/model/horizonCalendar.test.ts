import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { horizonCalendar } from '../../src/model/horizonCalendar.js';

// Three years from 2022-04-01, with bank holidays; the table adds a margin past the end.
const END = 3 * 365;
const base = createCalendar({ startDate: '2022-04-01', mode: 'working-days', bankHolidays: true });
const table = horizonCalendar(base, END);

// Whole days, fractions of days and times past the table's end (END + 400 days).
const TIMES = Array.from({ length: 700 }, (_, i) => i * 2.37).concat([0, 0.999, 1, END, END + 399.5, END + 401, END + 900.25]);

describe('horizonCalendar', () => {
  it('gives the same dates as the calendar it tabulates, asked twice and in any order', () => {
    for (const t of [...TIMES, ...[...TIMES].reverse()]) expect(table.dateOf(t)).toBe(base.dateOf(t));
  });

  it('gives the same working days, counts and next working times inside the table', () => {
    for (const t of TIMES.filter((x) => x < END + 400)) {
      expect(table.isWorkingDay(t)).toBe(base.isWorkingDay(t));
      expect(table.nextWorkingTime(t)).toBe(base.nextWorkingTime(t));
      expect(table.workingDaysBetween(0, t)).toBeCloseTo(base.workingDaysBetween(0, t), 9);
    }
  });

  it('adds working days as the calendar does while the answer is inside the table', () => {
    for (const t of TIMES.filter((x) => x < END)) {
      for (const n of [0, 1, 2.5, 45]) expect(table.addWorkingDays(t, n)).toBeCloseTo(base.addWorkingDays(t, n), 9);
    }
  });
});
