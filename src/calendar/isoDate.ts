const MS_PER_DAY = 86_400_000;
// The Gregorian calendar repeats every 400 years (146 097 days). Shifting by one cycle keeps
// Date.UTC away from its two-digit-year rule (Date.UTC(22, 0, 1) is 1922).
const YEARS_PER_CYCLE = 400;
const DAYS_PER_CYCLE = 146_097;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Smallest epoch day with an ISO date (0000-01-01). */
export const MIN_EPOCH_DAY = utcEpochDay(0, 1, 1);
/** Largest epoch day with a four-digit-year ISO date (9999-12-31). */
export const MAX_EPOCH_DAY = utcEpochDay(9999, 12, 31);

function utcEpochDay(year: number, month: number, day: number): number {
  return Date.UTC(year + YEARS_PER_CYCLE, month - 1, day) / MS_PER_DAY - DAYS_PER_CYCLE;
}

function utcParts(epochDay: number): { year: number; month: number; day: number } {
  const date = new Date((epochDay + DAYS_PER_CYCLE) * MS_PER_DAY);
  return { year: date.getUTCFullYear() - YEARS_PER_CYCLE, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Whole days from 1970-01-01 to an ISO date `YYYY-MM-DD` (negative before 1970), in UTC.
 * Throws a RangeError naming `argName` and the value when it is not a string of that form or not
 * a real date (e.g. '2022-02-30', '22-1-1').
 */
export function epochDayOf(isoDate: string, argName: string): number {
  const match = typeof isoDate === 'string' ? ISO_DATE.exec(isoDate) : null;
  if (match === null) {
    throw new RangeError(`${argName} must be an ISO date YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const epochDay = utcEpochDay(year, month, day);
  const parts = utcParts(epochDay);
  // Date.UTC rolls 30 February over into March; a real date survives the round trip.
  if (month < 1 || month > 12 || parts.month !== month || parts.day !== day) {
    throw new RangeError(`${argName} is not a real calendar date: ${JSON.stringify(isoDate)}`);
  }
  return epochDay;
}

/** ISO date `YYYY-MM-DD` of a whole epoch day (days from 1970-01-01); years 0000–9999 only. */
export function isoDateOf(epochDay: number): string {
  const { year, month, day } = utcParts(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar year containing a whole epoch day (days from 1970-01-01). */
export function yearOfEpochDay(epochDay: number): number {
  return utcParts(epochDay).year;
}

/** Epoch day (days from 1970-01-01) of 1 January of `year`. */
export function firstEpochDayOfYear(year: number): number {
  return utcEpochDay(year, 1, 1);
}
