import { describe, it, expect } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import type { CalendarOptions } from '../../src/calendar/index.js';

// 2022-04-01 is a Friday: day 0 Fri, 1 Sat, 2 Sun, 3 Mon 4 April, ..., 14 Good Friday 15 April.
const START = '2022-04-01';

describe('createCalendar(options) validation', () => {
  it.each(['2022-02-30', '22-1-1', '2022/04/01', ''])('throws a RangeError naming startDate and the value %j', (startDate) => {
    const make = (): unknown => createCalendar({ startDate, mode: 'working-days' });
    expect(make).toThrow(RangeError);
    expect(make).toThrow(/startDate/);
    expect(make).toThrow(new RegExp(JSON.stringify(startDate).replaceAll('/', '\\/')));
  });

  it('throws a RangeError naming the bad extraHolidays entry by index', () => {
    const make = (): unknown => createCalendar({ startDate: START, mode: 'working-days', extraHolidays: ['2022-12-28', '2022-12-32'] });
    expect(make).toThrow(RangeError);
    expect(make).toThrow(/extraHolidays\[1\].*2022-12-32/);
  });

  it('validates extraHolidays in continuous mode too', () => {
    expect(() => createCalendar({ startDate: START, mode: 'continuous', extraHolidays: ['22-1-1'] })).toThrow(/extraHolidays\[0\]/);
  });

  it('throws a RangeError for an unknown mode or a non-boolean bankHolidays', () => {
    const badMode = { startDate: START, mode: 'weekdays' } as unknown as CalendarOptions;
    expect(() => createCalendar(badMode)).toThrow(/mode.*"weekdays"/);
    const badFlag = { startDate: START, mode: 'working-days', bankHolidays: 'yes' } as unknown as CalendarOptions;
    expect(() => createCalendar(badFlag)).toThrow(/bankHolidays.*"yes"/);
  });

  it('reports its mode and start date', () => {
    const calendar = createCalendar({ startDate: START, mode: 'working-days' });
    expect(calendar.mode).toBe('working-days');
    expect(calendar.startDate).toBe(START);
    expect(createCalendar({ startDate: START, mode: 'continuous' }).mode).toBe('continuous');
  });
});

describe('calendar.dateOf(t), dayOf(isoDate) and weekday(t)', () => {
  const calendar = createCalendar({ startDate: START, mode: 'working-days' });

  it('gives the date of the day containing t, where day d covers [d, d + 1)', () => {
    expect(calendar.dateOf(0)).toBe('2022-04-01');
    expect(calendar.dateOf(0.999)).toBe('2022-04-01');
    expect(calendar.dateOf(1)).toBe('2022-04-02');
    expect(calendar.dateOf(-0.5)).toBe('2022-03-31');
    expect(calendar.dateOf(365)).toBe('2023-04-01');
  });

  it('gives the day index of a date, negative before the start', () => {
    expect(calendar.dayOf('2022-04-15')).toBe(14);
    expect(calendar.dayOf('2022-03-31')).toBe(-1);
    expect(calendar.dayOf('2023-04-01')).toBe(365);
  });

  it('round-trips dayOf(dateOf(t)) to floor(t)', () => {
    for (let t = -400.25; t < 900; t += 3.7) expect(calendar.dayOf(calendar.dateOf(t))).toBe(Math.floor(t));
  });

  it('numbers weekdays from Monday 0 to Sunday 6', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((t) => calendar.weekday(t + 0.5))).toEqual([4, 5, 6, 0, 1, 2, 3]);
  });

  it('throws a RangeError naming the argument for a malformed date or a non-finite time', () => {
    expect(() => calendar.dayOf('2022-4-1')).toThrow(/isoDate.*2022-4-1/);
    expect(() => calendar.dateOf(Number.NaN)).toThrow(/dateOf: t must be a finite number/);
    expect(() => calendar.weekday(Infinity)).toThrow(RangeError);
    expect(() => calendar.dateOf(1e9)).toThrow(/0000–9999/);
  });

  it('answers date questions outside the bank holiday years without throwing', () => {
    expect(calendar.dateOf(calendar.dayOf('2040-06-01'))).toBe('2040-06-01');
    expect(calendar.weekday(calendar.dayOf('2018-01-01'))).toBe(0);
  });
});

describe('calendar questions outside the bank holiday data (2019–2030)', () => {
  const december2030 = createCalendar({ startDate: '2030-12-01', mode: 'working-days' });
  const newYear2031 = december2030.dayOf('2031-01-01');

  it('throw a RangeError saying the data covers 2019–2030 and how to extend it', () => {
    const ask = (): unknown => december2030.isWorkingDay(newYear2031 + 1);
    expect(ask).toThrow(RangeError);
    expect(ask).toThrow(/isWorkingDay: t = 32 reaches 2031-01-02/);
    expect(ask).toThrow(/covers 2019–2030/);
    expect(ask).toThrow(/extraHolidays/);
    expect(ask).toThrow(/bankHolidays: false/);
  });

  it('throw for dates before 2019 as well', () => {
    const calendar = createCalendar({ startDate: '2018-12-31', mode: 'working-days' });
    expect(() => calendar.isWorkingDay(0)).toThrow(/2018-12-31.*covers 2019–2030/);
    expect(calendar.isWorkingDay(1.5)).toBe(false); // 2019-01-01, New Year's Day
  });

  it('throw from every working-time question that reaches the uncovered year', () => {
    expect(() => december2030.nextWorkingTime(newYear2031 + 0.5)).toThrow(/nextWorkingTime.*covers 2019–2030/);
    expect(() => december2030.workingDaysBetween(0, newYear2031 + 0.5)).toThrow(/workingDaysBetween.*covers 2019–2030/);
    expect(() => december2030.addWorkingDays(0, 20.5)).toThrow(/addWorkingDays.*covers 2019–2030/);
    expect(() => december2030.workingDaysInYear?.(2031)).toThrow(/workingDaysInYear: year = 2031/);
  });

  it('do not throw for a span ending exactly at 00:00 on 1 January 2031', () => {
    // December 2030 has 22 weekdays, less Christmas Day (Wed) and Boxing Day (Thu).
    expect(december2030.workingDaysBetween(0, newYear2031)).toBe(20);
    expect(december2030.addWorkingDays(0, 20)).toBe(newYear2031);
  });

  it('are answered when extraHolidays lists dates in that year', () => {
    const extended = createCalendar({ startDate: '2030-12-01', mode: 'working-days', extraHolidays: ['2031-01-01'] });
    expect(extended.isWorkingDay(newYear2031 + 0.5)).toBe(false);
    expect(extended.isWorkingDay(newYear2031 + 1.5)).toBe(true);
    expect(extended.workingDaysBetween(0, newYear2031 + 2)).toBe(21);
  });

  it('are answered, weekends only, when bankHolidays is false', () => {
    const weekendsOnly = createCalendar({ startDate: '2040-01-01', mode: 'working-days', bankHolidays: false });
    expect(weekendsOnly.isWorkingDay(0)).toBe(false); // Sunday 1 January 2040
    expect(weekendsOnly.isWorkingDay(1)).toBe(true);
    // 366 days = 52 weeks + Sunday 30 and Monday 31 December: 260 + 1 weekdays.
    expect(weekendsOnly.workingDaysInYear?.(2040)).toBe(261);
  });

  it('are answered in continuous mode, which needs no holiday data', () => {
    const continuous = createCalendar({ startDate: '2040-01-01', mode: 'continuous' });
    expect(continuous.isWorkingDay(0)).toBe(true);
    expect(continuous.workingDaysBetween(0, 400)).toBe(400);
  });
});
