import type { Calendar } from './Calendar.js';
import type { HolidayTable } from './createHolidayTable.js';
import { createCalendarDates } from './calendarDates.js';
import { holidayDataRangeError, requireWorkingDays, requireYear } from './calendarErrors.js';
import { firstEpochDayOfYear, isoDateOf } from './isoDate.js';
import { weekdayOfEpochDay, weekdaysBefore } from './weekdays.js';

// A result within this many working days (~0.1 ms) of the end of a working day is put exactly at
// that end, so float rounding in n cannot move it from the end of a Friday to the Monday after.
const BOUNDARY_TOLERANCE_DAYS = 1e-9;

/**
 * A calendar in which Monday to Friday are working days unless listed in `holidays`; each working
 * day [d, d+1) counts whole. Throws a RangeError when a question reaches a year the holidays do not cover.
 */
export function workingDayCalendar(startDate: string, startEpochDay: number, holidays: HolidayTable): Calendar {
  const dates = createCalendarDates(startEpochDay);

  const isWorkingDayIndex = (day: number): boolean => {
    const epochDay = startEpochDay + day;
    return weekdayOfEpochDay(epochDay) < 5 && !holidays.isHoliday(epochDay);
  };
  // Working days before simulated day `day`, up to a constant: differences count working days.
  const workingDaysBefore = (day: number): number => {
    const epochDay = startEpochDay + day;
    return weekdaysBefore(epochDay) - holidays.weekdayHolidaysBefore(epochDay);
  };
  // `what` describes the arguments for the error message; built only when it is needed.
  const requireCovered = (method: string, what: () => string, fromDay: number, toDay: number): void => {
    const uncovered = holidays.firstUncoveredDay(startEpochDay + fromDay, startEpochDay + toDay);
    if (uncovered !== undefined) throw holidayDataRangeError(method, what(), isoDateOf(uncovered));
  };

  function nextWorkingTimeFor(method: string, t: number): number {
    const first = dates.dayIndexOf(method, 't', t);
    for (let day = first; ; day += 1) {
      requireCovered(method, () => `t = ${t}`, day, day);
      if (isWorkingDayIndex(day)) return day === first ? t : day;
    }
  }

  function addWorkingDays(t: number, n: number): number {
    dates.dayIndexOf('addWorkingDays', 't', t);
    requireWorkingDays('addWorkingDays', 'n', n);
    if (n === 0) return t;
    const start = nextWorkingTimeFor('addWorkingDays', t);
    const startDay = Math.floor(start);
    const leftToday = startDay + 1 - start;
    if (Math.abs(n - leftToday) <= BOUNDARY_TOLERANCE_DAYS) return startDay + 1;
    if (n < leftToday) return start + n;
    // The result lies in the k-th working day after startDay, `fraction` of the way through it.
    const rest = n - leftToday;
    const nearest = Math.round(rest);
    const atBoundary = Math.abs(rest - nearest) <= BOUNDARY_TOLERANCE_DAYS;
    const k = atBoundary ? nearest : Math.ceil(rest);
    const fraction = atBoundary ? 1 : rest - (k - 1);
    const base = workingDaysBefore(startDay + 1);
    const reached = (day: number): boolean => workingDaysBefore(day + 1) - base >= k;
    let lo = startDay + k;
    let hi = lo;
    for (let step = k + 7; !reached(hi); step *= 2) {
      lo = hi + 1;
      hi += step;
    }
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (reached(mid)) hi = mid;
      else lo = mid + 1;
    }
    requireCovered('addWorkingDays', () => `t = ${t}, n = ${n}`, startDay, lo);
    return lo + fraction;
  }

  function workingDaysBetween(t0: number, t1: number): number {
    const day0 = dates.dayIndexOf('workingDaysBetween', 't0', t0);
    const day1 = dates.dayIndexOf('workingDaysBetween', 't1', t1);
    if (t1 < t0) throw new RangeError(`workingDaysBetween: t1 must be >= t0, got t0 = ${t0}, t1 = ${t1}`);
    if (t1 === t0) return 0;
    // When t1 is exactly 00:00, nothing of day1 is needed (a run may end on 1 January after the data).
    const lastDay = t1 > day1 ? day1 : day1 - 1;
    requireCovered('workingDaysBetween', () => `[t0, t1] = [${t0}, ${t1}]`, day0, lastDay);
    if (day0 === day1) return isWorkingDayIndex(day0) ? t1 - t0 : 0;
    const head = isWorkingDayIndex(day0) ? day0 + 1 - t0 : 0;
    const middle = workingDaysBefore(day1) - workingDaysBefore(day0 + 1);
    const tail = isWorkingDayIndex(day1) ? t1 - day1 : 0;
    return head + middle + tail;
  }

  function workingDaysInYear(year: number): number {
    requireYear('workingDaysInYear', year);
    const from = firstEpochDayOfYear(year) - startEpochDay;
    const to = firstEpochDayOfYear(year + 1) - startEpochDay;
    requireCovered('workingDaysInYear', () => `year = ${year}`, from, to - 1);
    return workingDaysBefore(to) - workingDaysBefore(from);
  }

  return Object.freeze({
    mode: 'working-days' as const,
    startDate,
    dateOf: dates.dateOf,
    dayOf: dates.dayOf,
    weekday: dates.weekday,
    isWorkingDay(t: number): boolean {
      const day = dates.dayIndexOf('isWorkingDay', 't', t);
      requireCovered('isWorkingDay', () => `t = ${t}`, day, day);
      return isWorkingDayIndex(day);
    },
    nextWorkingTime: (t: number): number => nextWorkingTimeFor('nextWorkingTime', t),
    addWorkingDays,
    workingDaysBetween,
    workingDaysInYear,
  });
}
