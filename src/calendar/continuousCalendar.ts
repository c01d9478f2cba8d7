import type { Calendar } from './Calendar.js';
import { createCalendarDates } from './calendarDates.js';
import { requireWorkingDays, requireYear } from './calendarErrors.js';
import { firstEpochDayOfYear } from './isoDate.js';

/**
 * A calendar in which every day is a working day: working time is plain elapsed time, so
 * addWorkingDays is t + n and workingDaysBetween is t1 - t0. Dates and weekdays are still real.
 */
export function continuousCalendar(startDate: string, startEpochDay: number): Calendar {
  const dates = createCalendarDates(startEpochDay);

  return Object.freeze({
    mode: 'continuous' as const,
    startDate,
    dateOf: dates.dateOf,
    dayOf: dates.dayOf,
    weekday: dates.weekday,
    isWorkingDay(t: number): boolean {
      dates.dayIndexOf('isWorkingDay', 't', t);
      return true;
    },
    nextWorkingTime(t: number): number {
      dates.dayIndexOf('nextWorkingTime', 't', t);
      return t;
    },
    addWorkingDays(t: number, n: number): number {
      dates.dayIndexOf('addWorkingDays', 't', t);
      requireWorkingDays('addWorkingDays', 'n', n);
      return t + n;
    },
    workingDaysBetween(t0: number, t1: number): number {
      dates.dayIndexOf('workingDaysBetween', 't0', t0);
      dates.dayIndexOf('workingDaysBetween', 't1', t1);
      if (t1 < t0) throw new RangeError(`workingDaysBetween: t1 must be >= t0, got t0 = ${t0}, t1 = ${t1}`);
      return t1 - t0;
    },
    workingDaysInYear(year: number): number {
      requireYear('workingDaysInYear', year);
      return firstEpochDayOfYear(year + 1) - firstEpochDayOfYear(year);
    },
  });
}
