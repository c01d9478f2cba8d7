import { describe, it, expect } from 'vitest';
import { epochDayOf, firstEpochDayOfYear, isoDateOf, yearOfEpochDay } from '../../src/calendar/isoDate.js';

describe('epochDayOf(isoDate, argName)', () => {
  it('counts days from 1970-01-01, negative before it', () => {
    expect(epochDayOf('1970-01-01', 'd')).toBe(0);
    expect(epochDayOf('1970-01-02', 'd')).toBe(1);
    expect(epochDayOf('1969-12-31', 'd')).toBe(-1);
    // 2000-01-01 is 30 years after 1970 with 7 leap days (1972 ... 1996): 30 * 365 + 7.
    expect(epochDayOf('2000-01-01', 'd')).toBe(10_957);
  });

  it('accepts leap days only in leap years', () => {
    expect(epochDayOf('2024-02-29', 'd') - epochDayOf('2024-02-28', 'd')).toBe(1);
    expect(epochDayOf('2000-02-29', 'd') - epochDayOf('2000-02-28', 'd')).toBe(1);
    expect(() => epochDayOf('2023-02-29', 'd')).toThrow(RangeError);
    expect(() => epochDayOf('1900-02-29', 'd')).toThrow(RangeError);
  });

  it('handles years before 100 without the Date.UTC two-digit-year shift', () => {
    // 400 Gregorian years are exactly 146 097 days.
    expect(epochDayOf('0022-01-01', 'd')).toBe(epochDayOf('0422-01-01', 'd') - 146_097);
    expect(isoDateOf(epochDayOf('0022-01-01', 'd'))).toBe('0022-01-01');
  });

  it.each(['2022-02-30', '2022-13-01', '2022-00-10', '2022-04-31', '2022-01-00'])(
    'throws a RangeError naming the argument and value for the unreal date %s',
    (value) => {
      expect(() => epochDayOf(value, 'startDate')).toThrow(RangeError);
      expect(() => epochDayOf(value, 'startDate')).toThrow(new RegExp(`startDate.*${value}`));
    },
  );

  it.each(['22-1-1', '2022-4-1', '2022-04-01T00:00', ' 2022-04-01', '', '20220401'])(
    'throws a RangeError naming the argument and value for the malformed text %j',
    (value) => {
      expect(() => epochDayOf(value, 'startDate')).toThrow(RangeError);
      expect(() => epochDayOf(value, 'startDate')).toThrow(/startDate must be an ISO date YYYY-MM-DD/);
    },
  );

  it('throws a RangeError for a value that is not a string', () => {
    expect(() => epochDayOf(20220401 as unknown as string, 'startDate')).toThrow(/startDate.*20220401/);
  });
});

describe('isoDateOf(epochDay)', () => {
  it('inverts epochDayOf for every day from 2018 to 2032', () => {
    // Independent oracle: JavaScript's own UTC date formatting.
    const misses: string[] = [];
    for (let day = epochDayOf('2018-01-01', 'd'); day <= epochDayOf('2032-12-31', 'd'); day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoDateOf(day) !== expected || epochDayOf(expected, 'd') !== day) misses.push(`${day} ${expected}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('yearOfEpochDay(epochDay) and firstEpochDayOfYear(year)', () => {
  it('agree at year boundaries', () => {
    expect(firstEpochDayOfYear(2023)).toBe(epochDayOf('2023-01-01', 'd'));
    expect(yearOfEpochDay(firstEpochDayOfYear(2023))).toBe(2023);
    expect(yearOfEpochDay(firstEpochDayOfYear(2023) - 1)).toBe(2022);
    expect(firstEpochDayOfYear(2025) - firstEpochDayOfYear(2024)).toBe(366);
  });
});
