export type { Calendar, CalendarMode, CalendarOptions } from './Calendar.js';
export { createCalendar } from './createCalendar.js';
export { BANK_HOLIDAYS_ENGLAND_AND_WALES, BANK_HOLIDAYS_SOURCE, BANK_HOLIDAY_YEARS } from './bankHolidays.js';
