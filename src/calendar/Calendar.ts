/**
 * 'working-days': weekends and holidays are not worked; 'continuous': every day is a working day,
 * so working time equals elapsed time (for checking the model against textbook queues).
 */
export type CalendarMode = 'working-days' | 'continuous';

/** How to build a {@link Calendar}; see createCalendar for validation. */
export interface CalendarOptions {
  /** ISO date YYYY-MM-DD of simulated time 0 (00:00 that day). */
  startDate: string;
  mode: CalendarMode;
  /** Whether England and Wales bank holidays are non-working days; default true, ignored in continuous mode. */
  bankHolidays?: boolean;
  /**
   * Further non-working ISO dates (local closures, or bank holidays for years after the shipped data);
   * each year with a listed date counts as covered. Ignored (but still validated) in continuous mode.
   */
  extraHolidays?: readonly string[];
}

/**
 * Converts between simulated time (calendar days, float, from startDate at 00:00; day d covers
 * [d, d+1)) and dates and working time. A working day counts whole, so working time within it
 * runs continuously; weekends and holidays count zero. Times must be finite numbers of days.
 */
export interface Calendar {
  readonly mode: CalendarMode;
  /** ISO YYYY-MM-DD of simulated time 0. */
  readonly startDate: string;
  /** ISO date of the day containing time t (days). */
  dateOf(t: number): string;
  /** Simulated day index of an ISO date (negative before startDate); throws RangeError if malformed. */
  dayOf(isoDate: string): number;
  /** Weekday of the day containing time t: 0 = Monday ... 6 = Sunday. */
  weekday(t: number): number;
  /** Whether the day containing time t is a working day. */
  isWorkingDay(t: number): boolean;
  /** t if it lies in a working day, else the start of the next working day (days). */
  nextWorkingTime(t: number): number;
  /**
   * Earliest time (days) at which n >= 0 working days (fractional allowed) have elapsed after t.
   * When that is the end of a working day the result is the next day's 00:00, which may be a
   * weekend: pass it to nextWorkingTime for the start of the next working time.
   */
  addWorkingDays(t: number, n: number): number;
  /** Working time from t0 to t1 in working days (fractional); throws RangeError if t1 < t0. */
  workingDaysBetween(t0: number, t1: number): number;
  /** Number of working days from 1 January to 31 December of `year`. */
  workingDaysInYear?(year: number): number;
}
