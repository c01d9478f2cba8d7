import { BANK_HOLIDAYS_ENGLAND_AND_WALES, BANK_HOLIDAY_YEARS } from './bankHolidays.js';
import { epochDayOf, firstEpochDayOfYear, yearOfEpochDay } from './isoDate.js';
import { weekdayOfEpochDay } from './weekdays.js';

/** The non-working days a working-day calendar knows about, and which years that knowledge covers. */
export interface HolidayTable {
  /** True when the whole epoch day (days from 1970-01-01) is a bank holiday or an extra holiday. */
  isHoliday(epochDay: number): boolean;
  /** Number of holidays on a Monday to Friday strictly before `epochDay`; only differences are meaningful. */
  weekdayHolidaysBefore(epochDay: number): number;
  /**
   * First epoch day in [fromEpochDay, toEpochDay] whose year has no holiday data, or undefined when
   * every year is covered (always undefined when bank holidays are off).
   */
  firstUncoveredDay(fromEpochDay: number, toEpochDay: number): number | undefined;
}

/**
 * Builds the holiday table from England and Wales bank holidays (when `bankHolidays`) plus the
 * epoch days of any extra holidays. Covered years are 2019–2030 plus every year in which an extra
 * holiday falls, so supplying a later year's bank holidays as extra holidays extends the data.
 */
export function createHolidayTable(options: {
  readonly bankHolidays: boolean;
  readonly extraHolidayEpochDays: readonly number[];
}): HolidayTable {
  const bankDays = options.bankHolidays
    ? BANK_HOLIDAYS_ENGLAND_AND_WALES.map((date, i) => epochDayOf(date, `BANK_HOLIDAYS_ENGLAND_AND_WALES[${i}]`))
    : [];
  const holidays = new Set([...bankDays, ...options.extraHolidayEpochDays]);
  // Weekend holidays change nothing (the day is not worked anyway), so only weekdays are counted.
  const weekdayHolidays = [...holidays].filter((day) => weekdayOfEpochDay(day) < 5).sort((a, b) => a - b);

  const coveredYears = new Set<number>();
  if (options.bankHolidays) {
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year += 1) coveredYears.add(year);
    for (const day of options.extraHolidayEpochDays) coveredYears.add(yearOfEpochDay(day));
  }

  function weekdayHolidaysBefore(epochDay: number): number {
    let lo = 0;
    let hi = weekdayHolidays.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((weekdayHolidays[mid] ?? Infinity) < epochDay) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // The run of covered years around 2019–2030, as epoch days, answers most checks without dates.
  let runFirstYear: number = BANK_HOLIDAY_YEARS.first;
  let runLastYear: number = BANK_HOLIDAY_YEARS.last;
  while (coveredYears.has(runFirstYear - 1)) runFirstYear -= 1;
  while (coveredYears.has(runLastYear + 1)) runLastYear += 1;
  const runFrom = firstEpochDayOfYear(runFirstYear);
  const runTo = firstEpochDayOfYear(runLastYear + 1) - 1;

  function firstUncoveredDay(fromEpochDay: number, toEpochDay: number): number | undefined {
    if (!options.bankHolidays) return undefined;
    if (fromEpochDay >= runFrom && toEpochDay <= runTo) return undefined;
    const lastYear = yearOfEpochDay(toEpochDay);
    for (let year = yearOfEpochDay(fromEpochDay); year <= lastYear; year += 1) {
      if (!coveredYears.has(year)) return Math.max(fromEpochDay, firstEpochDayOfYear(year));
    }
    return undefined;
  }

  return {
    isHoliday: (epochDay) => holidays.has(epochDay),
    weekdayHolidaysBefore,
    firstUncoveredDay,
  };
}
