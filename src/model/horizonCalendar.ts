import type { Calendar } from '../calendar/index.js';

/** Days past the end of the run that the table covers, for events scheduled beyond the horizon. */
const MARGIN_DAYS = 400;

/**
 * A calendar tabulated over the run's horizon: working-day flags and running counts per day, so
 * that the model's many working-day questions cost O(1) (O(log n) for addWorkingDays) instead of
 * date arithmetic, and ISO dates worked out once per day. Answers equal the underlying calendar's.
 * Times past the table are far beyond the end of the run, where an event never runs, so they are
 * extrapolated at five working days a week rather than computed (which could step past the years
 * the bank-holiday data covers).
 */
export function horizonCalendar(calendar: Calendar, end: number): Calendar {
  if (calendar.mode === 'continuous') return calendar;
  const days = Math.ceil(end) + MARGIN_DAYS;
  const working = new Uint8Array(days);
  const before = new Float64Array(days + 1); // working days before day d
  for (let d = 0; d < days; d++) {
    working[d] = calendar.isWorkingDay(d) ? 1 : 0;
    before[d + 1] = (before[d] as number) + (working[d] as number);
  }
  const inTable = (t: number) => t >= 0 && t < days;
  // A date depends only on the day, and output files ask for the same few hundred days many times.
  const dates = new Array<string | undefined>(days);
  const workingTimeAt = (t: number): number => {
    const d = Math.floor(t);
    return (before[d] as number) + (working[d] === 1 ? t - d : 0);
  };
  const workingDaysBetween = (t0: number, t1: number): number => {
    if (!inTable(t0) || !inTable(t1) || t1 < t0) return calendar.workingDaysBetween(t0, t1);
    return workingTimeAt(t1) - workingTimeAt(t0);
  };
  const nextWorkingTime = (t: number): number => {
    if (!inTable(t)) return calendar.nextWorkingTime(t);
    let d = Math.floor(t);
    if (working[d] === 1) return t;
    while (d < days && working[d] !== 1) d++;
    return d < days ? d : calendar.nextWorkingTime(d);
  };
  const addWorkingDays = (t: number, n: number): number => {
    if (!inTable(t) || !(n >= 0)) return t >= days ? t + (n * 7) / 5 : calendar.addWorkingDays(t, n);
    if (n === 0) return t;
    const start = nextWorkingTime(t);
    if (start >= days) return start + (n * 7) / 5;
    const target = workingTimeAt(start) + n;
    if (target > (before[days] as number)) return days + ((target - (before[days] as number)) * 7) / 5;
    // The first day whose end reaches the target working time.
    let lo = Math.floor(start);
    let hi = days - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((before[mid + 1] as number) >= target) hi = mid;
      else lo = mid + 1;
    }
    return lo + (target - (before[lo] as number));
  };
  return {
    mode: calendar.mode,
    startDate: calendar.startDate,
    dateOf: (t) => (inTable(t) ? (dates[Math.floor(t)] ??= calendar.dateOf(t)) : calendar.dateOf(t)),
    dayOf: (s) => calendar.dayOf(s),
    weekday: (t) => calendar.weekday(t),
    isWorkingDay: (t) => (inTable(t) ? working[Math.floor(t)] === 1 : calendar.isWorkingDay(t)),
    nextWorkingTime,
    addWorkingDays,
    workingDaysBetween,
  };
}
