import type { Calendar, CalendarOptions } from './Calendar.js';
import { continuousCalendar } from './continuousCalendar.js';
import { createHolidayTable } from './createHolidayTable.js';
import { epochDayOf } from './isoDate.js';
import { workingDayCalendar } from './workingDayCalendar.js';

/**
 * Builds a calendar from validated options. Throws a RangeError naming the option and value when
 * startDate or an extraHolidays entry is not a real ISO date, or mode/bankHolidays is invalid.
 */
export function createCalendar(options: CalendarOptions): Calendar {
  const startEpochDay = epochDayOf(options.startDate, 'createCalendar: startDate');
  const { mode } = options;
  if (mode !== 'working-days' && mode !== 'continuous') {
    throw new RangeError(`createCalendar: mode must be 'working-days' or 'continuous', got ${JSON.stringify(mode)}`);
  }
  const bankHolidays = options.bankHolidays ?? true;
  if (typeof bankHolidays !== 'boolean') {
    throw new RangeError(`createCalendar: bankHolidays must be true or false, got ${JSON.stringify(bankHolidays)}`);
  }
  const extraHolidays = options.extraHolidays ?? [];
  if (!Array.isArray(extraHolidays)) {
    throw new RangeError(`createCalendar: extraHolidays must be an array of ISO dates, got ${JSON.stringify(extraHolidays)}`);
  }
  const extraHolidayEpochDays = extraHolidays.map((date, i) => epochDayOf(date, `createCalendar: extraHolidays[${i}]`));

  if (mode === 'continuous') return continuousCalendar(options.startDate, startEpochDay);
  return workingDayCalendar(options.startDate, startEpochDay, createHolidayTable({ bankHolidays, extraHolidayEpochDays }));
}
