import { argumentError } from '../check/index.js';
import { BANK_HOLIDAY_YEARS } from './bankHolidays.js';

/** Largest n accepted by addWorkingDays: about 3 800 years, far beyond any simulation. */
export const MAX_WORKING_DAYS = 1_000_000;

/** Throws a RangeError naming the method, argument and value unless `value` is a finite number. */
export function requireFinite(method: string, argName: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw argumentError(method, argName, 'a finite number of days', value);
  }
}

/** Throws a RangeError unless `n` is a finite number of working days in [0, MAX_WORKING_DAYS]. */
export function requireWorkingDays(method: string, argName: string, n: number): void {
  if (typeof n !== 'number' || !(n >= 0 && n <= MAX_WORKING_DAYS)) {
    throw argumentError(method, argName, `a number of working days from 0 to ${MAX_WORKING_DAYS}`, n);
  }
}

/** Throws a RangeError unless `year` is an integer from 1 to 9998. */
export function requireYear(method: string, year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9998) {
    throw argumentError(method, 'year', 'an integer from 1 to 9998', year);
  }
}

/**
 * The error for a question that reaches a date (ISO) outside the bank holiday data, saying how to
 * extend the data or switch bank holidays off. `what` describes the arguments, e.g. 't = 12.5'.
 */
export function holidayDataRangeError(method: string, what: string, isoDate: string): RangeError {
  const { first, last } = BANK_HOLIDAY_YEARS;
  return new RangeError(
    `${method}: ${what} reaches ${isoDate}, but the England and Wales bank holiday data covers ${first}–${last} only. ` +
      `List that year's bank holidays in the calendar option extraHolidays (a listed date marks its whole year as covered), ` +
      `or set bankHolidays: false to count weekends only.`,
  );
}
