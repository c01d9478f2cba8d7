import { describe, it, expect } from 'vitest';
import { BANK_HOLIDAYS_ENGLAND_AND_WALES, createCalendar } from '../../src/calendar/index.js';

// 2022-04-01 is a Friday. Day 13 = Thu 14 April, 14 = Good Friday, 15-16 = weekend,
// 17 = Easter Monday, 18 = Tue 19 April.
const calendar = createCalendar({ startDate: '2022-04-01', mode: 'working-days' });
const HOUR = 1 / 24;

describe('isWorkingDay(t)', () => {
  it('is false at weekends and on bank holidays, true on other weekdays', () => {
    const days = [0, 1, 2, 3, 13, 14, 15, 16, 17, 18].map((d) => calendar.isWorkingDay(d + 0.5));
    expect(days).toEqual([true, false, false, true, true, false, false, false, false, true]);
  });

  it('applies to the whole day [d, d + 1)', () => {
    expect(calendar.isWorkingDay(13)).toBe(true);
    expect(calendar.isWorkingDay(13.999)).toBe(true);
    expect(calendar.isWorkingDay(14)).toBe(false);
  });
});

describe('nextWorkingTime(t)', () => {
  it('returns t itself within a working day', () => {
    expect(calendar.nextWorkingTime(13.5)).toBe(13.5);
  });

  it('returns the start of the next working day from a weekend or bank holiday', () => {
    expect(calendar.nextWorkingTime(1.7)).toBe(3); // Saturday -> Monday 4 April
    expect(calendar.nextWorkingTime(14.2)).toBe(18); // Good Friday -> Tuesday 19 April
  });
});

describe('addWorkingDays(t, n)', () => {
  it('skips Good Friday, the weekend and Easter Monday', () => {
    expect(calendar.addWorkingDays(13.5, 1)).toBe(18.5); // Thu 12:00 + 1 -> Tue 12:00
    expect(calendar.addWorkingDays(14.2, 0.25)).toBe(18.25); // from Good Friday, starts Tuesday
  });

  it('skips a weekend', () => {
    expect(calendar.addWorkingDays(0.5, 1)).toBe(3.5); // Fri 12:00 -> Mon 12:00
  });

  it('returns the end of the working day (next 00:00) when n exactly uses it up', () => {
    expect(calendar.addWorkingDays(13.5, 0.5)).toBe(14);
    expect(calendar.addWorkingDays(0, 1)).toBe(1);
    // Fri, Mon, Tue, Wed, Thu: five working days end at 00:00 on Friday 8 April (day 7).
    expect(calendar.addWorkingDays(0, 5)).toBe(7);
  });

  it('lands exactly on the end of a working day when t + n is whole up to float rounding', () => {
    // e.g. Friday 0.8 + 0.2: the time left on Friday, 1 - 0.8, is 0.19999999999999996, so an
    // unguarded remainder of 4e-17 would carry the result over the weekend to Monday 00:00; and
    // 4 + 69 / 100 plus 0.31 sums to 4.999999999999999, a hair before the end of Tuesday.
    const misses: string[] = [];
    for (let day = 0; day < 35; day += 1) {
      if (!calendar.isWorkingDay(day)) continue;
      for (let hundredths = 1; hundredths <= 99; hundredths += 1) {
        for (let whole = 0; whole <= 12; whole += 1) {
          const t = day + hundredths / 100;
          const n = Number(((100 - hundredths) / 100 + whole).toFixed(2));
          const result = calendar.addWorkingDays(t, n);
          if (!Number.isInteger(result) || !calendar.isWorkingDay(result - 1)) misses.push(`${t} + ${n} -> ${result}`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(calendar.addWorkingDays(0.8, 0.2)).toBe(1);
    expect(calendar.addWorkingDays(4 + 69 / 100, 0.31)).toBe(5);
  });

  it('returns t when n is 0, even on a non-working day', () => {
    expect(calendar.addWorkingDays(1.5, 0)).toBe(1.5);
  });

  it('counts the 10 working days of 4-19 April 2022 around Easter', () => {
    // Mon 4 to Thu 14 April is 9 working days; then Tue 19 April is the 10th.
    expect(calendar.addWorkingDays(3, 10)).toBe(19);
  });

  it('rejects a negative, infinite or NaN n with a RangeError naming n', () => {
    for (const n of [-1, Infinity, Number.NaN]) expect(() => calendar.addWorkingDays(0, n)).toThrow(/addWorkingDays: n must be/);
  });
});

describe('workingDaysBetween(t0, t1)', () => {
  it('measures fractions of a working day continuously', () => {
    expect(calendar.workingDaysBetween(0.25, 0.75)).toBe(0.5);
    expect(calendar.workingDaysBetween(0.5, 3.25)).toBe(0.75); // Fri 12:00 to Mon 06:00
    expect(calendar.workingDaysBetween(13.5, 18.25)).toBe(0.75); // across Easter
  });

  it('counts zero over a weekend or bank holiday', () => {
    expect(calendar.workingDaysBetween(1.2, 2.8)).toBe(0);
    expect(calendar.workingDaysBetween(14, 18)).toBe(0);
  });

  it('counts whole working weeks', () => {
    expect(calendar.workingDaysBetween(0, 7)).toBe(5);
    expect(calendar.workingDaysBetween(3, 31)).toBe(18); // 4 weeks from Mon 4 April, less 2 Easter holidays
  });

  it('decides "within 1 working day" for a contact on Thursday before Easter', () => {
    const contact = 13.5; // Thu 14 April 12:00
    expect(calendar.workingDaysBetween(contact, 18 + 11 * HOUR)).toBeLessThanOrEqual(1); // Tue 11:00
    expect(calendar.workingDaysBetween(contact, 18 + 13 * HOUR)).toBeGreaterThan(1); // Tue 13:00
  });

  it('works before the start date (negative times)', () => {
    expect(calendar.workingDaysBetween(-7, 0)).toBe(5);
  });

  it('returns 0 for t0 = t1 and throws a RangeError when t1 < t0', () => {
    expect(calendar.workingDaysBetween(4.5, 4.5)).toBe(0);
    expect(() => calendar.workingDaysBetween(5, 4)).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween(5, 4)).toThrow(/t1 must be >= t0, got t0 = 5, t1 = 4/);
  });
});

describe('workingDaysInYear(year)', () => {
  it('gives 250 for 2022, 251 for 2023 and 254 for 2024 in England', () => {
    // 2022: 260 weekdays (365 days, the extra day a Saturday) less 10 bank holidays.
    expect(calendar.workingDaysInYear?.(2022)).toBe(250);
    // 2023: 260 weekdays (the extra day a Sunday) less 9 bank holidays. Figures of 252 predate
    // the Coronation bank holiday (8 May 2023), proclaimed in November 2022.
    expect(calendar.workingDaysInYear?.(2023)).toBe(251);
    // 2024: 262 weekdays (366 days, the extra days Monday and Tuesday) less 8 bank holidays.
    expect(calendar.workingDaysInYear?.(2024)).toBe(254);
  });

  it('counts weekdays less bank holidays for every year 2019-2030', () => {
    for (let year = 2019; year <= 2030; year += 1) {
      let weekdays = 0;
      for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000) {
        const day = new Date(ms).getUTCDay();
        if (day !== 0 && day !== 6) weekdays += 1;
      }
      // Every shipped bank holiday falls on a weekday (checked in bankHolidays.test.ts).
      const holidays = BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((d) => d.startsWith(`${year}-`)).length;
      expect(calendar.workingDaysInYear?.(year), String(year)).toBe(weekdays - holidays);
    }
  });

  it('rejects a non-integer year', () => {
    expect(() => calendar.workingDaysInYear?.(2022.5)).toThrow(/year must be an integer/);
  });
});

describe('extraHolidays', () => {
  it('makes a listed weekday a non-working day, alongside bank holidays', () => {
    const closure = createCalendar({ startDate: '2022-04-01', mode: 'working-days', extraHolidays: ['2022-04-19'] });
    expect(closure.isWorkingDay(18.5)).toBe(false);
    expect(closure.addWorkingDays(13.5, 1)).toBe(19.5);
  });

  it('changes nothing when it lists a weekend or an existing bank holiday', () => {
    const same = createCalendar({ startDate: '2022-04-01', mode: 'working-days', extraHolidays: ['2022-04-02', '2022-04-15'] });
    expect(same.workingDaysBetween(0, 60)).toBe(calendar.workingDaysBetween(0, 60));
  });
});

describe('bankHolidays: false', () => {
  it('counts weekends only', () => {
    const weekendsOnly = createCalendar({ startDate: '2022-04-01', mode: 'working-days', bankHolidays: false });
    expect(weekendsOnly.isWorkingDay(14.5)).toBe(true);
    expect(weekendsOnly.addWorkingDays(13.5, 1)).toBe(14.5);
    expect(weekendsOnly.workingDaysInYear?.(2022)).toBe(260);
  });
});

