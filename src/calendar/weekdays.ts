// 1970-01-01 (epoch day 0) was a Thursday, weekday 3 when Monday is 0.
const THURSDAY = 3;

function mod7(x: number): number {
  return ((x % 7) + 7) % 7;
}

/** Weekday of a whole epoch day (days from 1970-01-01): 0 = Monday ... 6 = Sunday. */
export function weekdayOfEpochDay(epochDay: number): number {
  return mod7(epochDay + THURSDAY);
}

/**
 * Number of Monday-to-Friday days in [0, epochDay) counted from 1970-01-01, negative for days
 * before it, so `weekdaysBefore(b) - weekdaysBefore(a)` counts the weekdays in [a, b).
 */
export function weekdaysBefore(epochDay: number): number {
  // Shift so that whole weeks start on a Monday: u = 0 is Monday 1969-12-29.
  const u = epochDay + THURSDAY;
  const weeks = Math.floor(u / 7);
  return 5 * weeks + Math.min(u - 7 * weeks, 5) - THURSDAY;
}
