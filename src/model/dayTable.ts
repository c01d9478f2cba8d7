import type { DayTable, ModelContext } from './modelContext.js';

/** Relative contact rate on a given day (weekday pattern), normalised to mean 1. */
export function weekdayFactor(ctx: ModelContext, t: number): number {
  const f = ctx.scenario.demand.weekdayFactors;
  const mean = f.reduce((a, b) => a + b, 0) / 7;
  if (mean <= 0) return 0;
  return (f[ctx.calendar.weekday(t)] ?? 0) / mean;
}

/** Whether the date falls in a school holiday period (month-day ranges, which may wrap the year end). */
export function isSchoolHolidayDate(ctx: ModelContext, isoDate: string): boolean {
  const md = isoDate.slice(5);
  return ctx.scenario.demand.schoolHolidays.periods.some((p) =>
    p.from <= p.to ? md >= p.from && md <= p.to : md >= p.from || md <= p.to,
  );
}

/** Whether day t falls in a school holiday (tabulated per day over the run). */
export function inSchoolHoliday(ctx: ModelContext, t: number): boolean {
  const d = Math.floor(t);
  const flag = ctx.days.schoolHoliday[d];
  return flag === undefined ? isSchoolHolidayDate(ctx, ctx.calendar.dateOf(t)) : flag === 1;
}

/** Per-day tables of the weekday factor and school holidays over the run. */
export function buildDayTable(ctx: ModelContext): DayTable {
  const days = Math.ceil(ctx.end) + 1;
  const factor = new Float64Array(days);
  const schoolHoliday = new Uint8Array(days);
  for (let d = 0; d < days; d++) {
    factor[d] = weekdayFactor(ctx, d);
    schoolHoliday[d] = isSchoolHolidayDate(ctx, ctx.calendar.dateOf(d)) ? 1 : 0;
  }
  return { weekdayFactor: factor, schoolHoliday };
}
