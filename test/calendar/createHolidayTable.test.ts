import { describe, it, expect } from 'vitest';
import { createHolidayTable } from '../../src/calendar/createHolidayTable.js';
import { epochDayOf } from '../../src/calendar/isoDate.js';

const day = (iso: string): number => epochDayOf(iso, 'test');

describe('createHolidayTable(options)', () => {
  it('knows bank holidays and extra holidays', () => {
    const table = createHolidayTable({ bankHolidays: true, extraHolidayEpochDays: [day('2022-12-28')] });
    expect(table.isHoliday(day('2022-04-15'))).toBe(true);
    expect(table.isHoliday(day('2022-12-28'))).toBe(true);
    expect(table.isHoliday(day('2022-04-14'))).toBe(false);
  });

  it('knows only extra holidays when bank holidays are off', () => {
    const table = createHolidayTable({ bankHolidays: false, extraHolidayEpochDays: [day('2022-12-28')] });
    expect(table.isHoliday(day('2022-04-15'))).toBe(false);
    expect(table.isHoliday(day('2022-12-28'))).toBe(true);
  });

  it('counts weekday holidays before a day, ignoring weekend extras and duplicates', () => {
    const extras = [day('2022-04-15'), day('2022-04-16'), day('2022-04-19')]; // bank holiday, Saturday, Tuesday
    const table = createHolidayTable({ bankHolidays: true, extraHolidayEpochDays: extras });
    const inApril = (to: string): number => table.weekdayHolidaysBefore(day(to)) - table.weekdayHolidaysBefore(day('2022-04-01'));
    expect(inApril('2022-04-15')).toBe(0);
    expect(inApril('2022-04-16')).toBe(1); // Good Friday
    expect(inApril('2022-04-19')).toBe(2); // + Easter Monday
    expect(inApril('2022-04-20')).toBe(3); // + the extra Tuesday
  });

  it('reports the first day of the first uncovered year in a range', () => {
    const table = createHolidayTable({ bankHolidays: true, extraHolidayEpochDays: [day('2031-05-01')] });
    expect(table.firstUncoveredDay(day('2020-01-01'), day('2031-12-31'))).toBeUndefined();
    expect(table.firstUncoveredDay(day('2030-06-01'), day('2032-02-01'))).toBe(day('2032-01-01'));
    expect(table.firstUncoveredDay(day('2018-12-30'), day('2019-01-05'))).toBe(day('2018-12-30'));
  });

  it('finds a gap year between the shipped data and a later extended year', () => {
    const table = createHolidayTable({ bankHolidays: true, extraHolidayEpochDays: [day('2033-01-03')] });
    expect(table.firstUncoveredDay(day('2030-06-01'), day('2033-02-01'))).toBe(day('2031-01-01'));
    expect(table.firstUncoveredDay(day('2033-01-01'), day('2033-12-31'))).toBeUndefined();
  });

  it('has no coverage limit when bank holidays are off', () => {
    const table = createHolidayTable({ bankHolidays: false, extraHolidayEpochDays: [] });
    expect(table.firstUncoveredDay(day('1990-01-01'), day('2090-01-01'))).toBeUndefined();
  });
});
