import { describe, it, expect } from 'vitest';
import { BANK_HOLIDAYS_ENGLAND_AND_WALES, BANK_HOLIDAYS_SOURCE, BANK_HOLIDAY_YEARS } from '../../src/calendar/index.js';

// Independent re-derivation of England and Wales bank holidays from the standing rules, using
// JavaScript's own Date (not the calendar's date code) for weekdays.
const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day);
const isWeekend = (ms: number): boolean => [0, 6].includes(new Date(ms).getUTCDay());

/** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

function firstMonday(year: number, month: number): number {
  let ms = utc(year, month, 1);
  while (new Date(ms).getUTCDay() !== 1) ms += DAY_MS;
  return ms;
}

function lastMonday(year: number, month: number): number {
  let ms = utc(year, month + 1, 1) - DAY_MS;
  while (new Date(ms).getUTCDay() !== 1) ms -= DAY_MS;
  return ms;
}

/** Fixed-date holidays in order; one on a weekend or on a day already taken moves to the next free weekday. */
function withSubstitutes(fixed: readonly number[]): number[] {
  const taken: number[] = [];
  for (const ms of fixed) {
    let day = ms;
    while (isWeekend(day) || taken.includes(day)) day += DAY_MS;
    taken.push(day);
  }
  return taken;
}

function ruleHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [
    ...withSubstitutes([utc(year, 1, 1)]),
    easter - 2 * DAY_MS,
    easter + DAY_MS,
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...withSubstitutes([utc(year, 12, 25), utc(year, 12, 26)]),
  ].map(iso);
}

// Changes made by royal proclamation, as announced on GOV.UK.
const EXCEPTIONS: Record<number, { remove: string[]; add: string[] }> = {
  2020: { remove: ['2020-05-04'], add: ['2020-05-08'] }, // early May moved to VE day
  2022: { remove: ['2022-05-30'], add: ['2022-06-02', '2022-06-03', '2022-09-19'] }, // Platinum Jubilee, State Funeral
  2023: { remove: [], add: ['2023-05-08'] }, // Coronation of King Charles III
};

function expectedHolidays(year: number): string[] {
  const exceptions = EXCEPTIONS[year] ?? { remove: [], add: [] };
  return [...ruleHolidays(year).filter((d) => !exceptions.remove.includes(d)), ...exceptions.add].sort();
}

const inYear = (year: number): string[] => BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((d) => d.startsWith(`${year}-`));
const YEARS = Array.from({ length: 12 }, (_, i) => 2019 + i);

describe('BANK_HOLIDAYS_ENGLAND_AND_WALES', () => {
  it('covers exactly the years 2019 to 2030 named by BANK_HOLIDAY_YEARS', () => {
    expect(BANK_HOLIDAY_YEARS).toEqual({ first: 2019, last: 2030 });
    expect(BANK_HOLIDAYS_ENGLAND_AND_WALES[0]).toBe('2019-01-01');
    expect(BANK_HOLIDAYS_ENGLAND_AND_WALES.at(-1)).toBe('2030-12-26');
  });

  it('is strictly ascending, so there are no duplicates', () => {
    const list = BANK_HOLIDAYS_ENGLAND_AND_WALES;
    for (let i = 1; i < list.length; i += 1) expect((list[i] ?? '') > (list[i - 1] ?? '')).toBe(true);
  });

  it('holds only real dates that fall on a Monday to Friday', () => {
    for (const date of BANK_HOLIDAYS_ENGLAND_AND_WALES) {
      const ms = Date.parse(`${date}T00:00:00Z`);
      expect(iso(ms), date).toBe(date);
      expect(isWeekend(ms), date).toBe(false);
    }
  });

  it.each(YEARS)('agrees with the rules and proclaimed exceptions for %i', (year) => {
    expect(inYear(year)).toEqual(expectedHolidays(year));
  });

  it('has 8 holidays a year except 10 in 2022 and 9 in 2023', () => {
    const counts = Object.fromEntries(YEARS.map((year) => [year, inYear(year).length]));
    expect(counts).toEqual({
      2019: 8, 2020: 8, 2021: 8, 2022: 10, 2023: 9, 2024: 8,
      2025: 8, 2026: 8, 2027: 8, 2028: 8, 2029: 8, 2030: 8,
    });
  });

  it('moves the 2020 early May bank holiday to Friday 8 May (VE day)', () => {
    expect(inYear(2020)).toContain('2020-05-08');
    expect(inYear(2020)).not.toContain('2020-05-04');
  });

  it('moves the 2022 spring bank holiday to Thursday 2 June and adds the Platinum Jubilee on 3 June', () => {
    expect(inYear(2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03']));
    expect(inYear(2022)).not.toContain('2022-05-30');
  });

  it('includes the State Funeral of Queen Elizabeth II on 19 September 2022', () => {
    expect(inYear(2022)).toContain('2022-09-19');
  });

  it('includes the Coronation of King Charles III on 8 May 2023 besides the early May holiday on 1 May', () => {
    expect(inYear(2023)).toEqual(expect.arrayContaining(['2023-05-01', '2023-05-08']));
  });

  it('substitutes Christmas on a weekend: 27 and 28 December 2021, 26 and 27 December 2022', () => {
    expect(inYear(2021).filter((d) => d >= '2021-12-01')).toEqual(['2021-12-27', '2021-12-28']);
    expect(inYear(2022).filter((d) => d >= '2022-12-01')).toEqual(['2022-12-26', '2022-12-27']);
    expect(inYear(2020).filter((d) => d >= '2020-12-01')).toEqual(['2020-12-25', '2020-12-28']);
  });

  it('substitutes New Year on a weekend: 3 January 2022, 2 January 2023, 3 January 2028', () => {
    expect(inYear(2022)[0]).toBe('2022-01-03');
    expect(inYear(2023)[0]).toBe('2023-01-02');
    expect(inYear(2028)[0]).toBe('2028-01-03');
  });

  it('puts Good Friday 2022 on 15 April and Easter Monday on 18 April', () => {
    expect(inYear(2022)).toEqual(expect.arrayContaining(['2022-04-15', '2022-04-18']));
  });
});

describe('BANK_HOLIDAYS_SOURCE', () => {
  it('cites the GOV.UK page, its JSON feed and the england-and-wales division', () => {
    expect(BANK_HOLIDAYS_SOURCE).toContain('https://www.gov.uk/bank-holidays');
    expect(BANK_HOLIDAYS_SOURCE).toContain('https://www.gov.uk/bank-holidays.json');
    expect(BANK_HOLIDAYS_SOURCE).toContain('england-and-wales');
  });
});
