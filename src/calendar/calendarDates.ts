import { MAX_EPOCH_DAY, MIN_EPOCH_DAY, epochDayOf, isoDateOf } from './isoDate.js';
import { requireFinite } from './calendarErrors.js';
import { weekdayOfEpochDay } from './weekdays.js';

/** The date half of a calendar: simulated time (days from the start date at 00:00) <-> dates. */
export interface CalendarDates {
  /** Index of the simulated day containing t, after checking t is finite and within years 0000–9999. */
  dayIndexOf(method: string, argName: string, t: number): number;
  dateOf(t: number): string;
  dayOf(isoDate: string): number;
  weekday(t: number): number;
}

/** Date conversions for a calendar whose simulated day 0 is the whole epoch day `startEpochDay`. */
export function createCalendarDates(startEpochDay: number): CalendarDates {
  function dayIndexOf(method: string, argName: string, t: number): number {
    requireFinite(method, argName, t);
    const day = Math.floor(t);
    const epochDay = startEpochDay + day;
    if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
      throw new RangeError(`${method}: ${argName} = ${t} falls outside the years 0000–9999`);
    }
    return day;
  }

  return {
    dayIndexOf,
    dateOf: (t) => isoDateOf(startEpochDay + dayIndexOf('dateOf', 't', t)),
    dayOf: (isoDate) => epochDayOf(isoDate, 'dayOf: isoDate') - startEpochDay,
    weekday: (t) => weekdayOfEpochDay(startEpochDay + dayIndexOf('weekday', 't', t)),
  };
}
