import { BANK_HOLIDAY_YEARS } from '../calendar/index.js';

/** A rule that involves several keys, broken: where to point and what to say. */
export interface CrossFieldProblem {
  path: (string | number)[];
  message: string;
}

const at = (value: unknown, ...path: string[]): unknown => {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
};
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
/** Sum of the numeric values of an object, or undefined if it is not an object of finite numbers. */
const total = (value: unknown): number | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const values = Array.isArray(value) ? value : Object.values(value);
  let sum = 0;
  for (const v of values) {
    const n = num(v);
    if (n === undefined) return undefined;
    sum += n;
  }
  return sum;
};

/** How far shares may total from 1 (rounding of a few values written to two decimals) before the file is refused. */
export const SHARE_TOTAL_TOLERANCE = 0.02;

/** Years the calendar can date a run in (its ISO dates have four-digit years; it checks years 1 to 9998). */
export const CALENDAR_YEARS = { first: 1, last: 9998 } as const;

function shareTotalMessage(what: string, sum: number): string {
  const written = Number(sum.toFixed(4));
  const percent = sum >= 90 && sum <= 110
    ? ': they look like percentages; write each as a share of 1 (divide by 100, e.g. 8% as 0.08)'
    : ': check each value (a typo such as 0.30 for 0.08 would silently change the mix)';
  return `the ${what} shares must add up to 1 (give or take ${SHARE_TOTAL_TOLERANCE}), but they add up to ${written}${percent}`;
}

/**
 * Problems that involve several keys of a scenario: no staff while children arrive, starting shares
 * above 1, mixes and outcome shares that do not add up to 1, and runs outside the calendar or the
 * bank-holiday data (blamed on startDate when the start is outside, on horizon.years otherwise). Reads an
 * unvalidated value (it runs alongside the per-key checks) and skips any rule whose inputs are
 * themselves invalid, since those are reported on their own.
 */
export function crossFieldProblems(s: unknown): CrossFieldProblem[] {
  const problems: CrossFieldProblem[] = [];
  const problem = (path: (string | number)[], message: string) => problems.push({ path, message });
  const children = num(at(s, 'demand', 'childrenPerYear'));
  const weekdays = total(at(s, 'demand', 'weekdayFactors'));
  const demand = children !== undefined && children > 0 && weekdays !== undefined && weekdays > 0;
  if (demand && at(s, 'workforce', 'posts') === 0) {
    problem(['workforce', 'posts'], 'no social worker posts while children arrive: set at least 1 post (or childrenPerYear to 0)');
  }
  if (demand && at(s, 'screening', 'screeners') === 0 && at(s, 'validation', 'directToAllocation') !== true) {
    problem(['screening', 'screeners'], 'no screeners while contacts arrive: set at least 1 screener');
  }
  const permanent = num(at(s, 'workforce', 'initialPermanentShare'));
  const agency = num(at(s, 'workforce', 'initialAgencyShare'));
  if (permanent !== undefined && agency !== undefined && permanent + agency > 1 + 1e-9) {
    problem(['workforce', 'initialAgencyShare'], 'initialPermanentShare + initialAgencyShare must not exceed 1 (the rest of the posts start vacant)');
  }
  const shares = (path: string[], what: string) => {
    const sum = total(at(s, ...path));
    if (sum === undefined) return;
    if (sum <= 0) problem(path, `at least one ${what} share must be above 0`);
    else if (Math.abs(sum - 1) > SHARE_TOTAL_TOLERANCE) problem(path, shareTotalMessage(what, sum));
  };
  shares(['demand', 'riskMix'], 'risk');
  shares(['demand', 'sourceMix'], 'source');
  shares(['demand', 'returns', 'knownBeforeRun', 'riskMix'], 'risk');
  for (const linked of ['unlinked', 'linked']) {
    for (const risk of ['low', 'medium', 'high']) shares(['screening', 'outcomes', linked, risk], 'outcome');
  }
  shares(['casework', 'assessmentOutcomes'], 'outcome');
  const years = num(at(s, 'horizon', 'years'));
  const warmup = num(at(s, 'horizon', 'warmupDays'));
  const start = at(s, 'startDate');
  if (years !== undefined && warmup !== undefined && typeof start === 'string' && /^\d{4}-/.test(start)) {
    const startYear = Number(start.slice(0, 4));
    const endYear = startYear + Math.ceil((warmup + years * 365 + 400) / 365.25);
    if (startYear < CALENDAR_YEARS.first || endYear > CALENDAR_YEARS.last) {
      // Blame startDate when the start itself is out of range, the length of the run otherwise.
      const outside = startYear < CALENDAR_YEARS.first || startYear > CALENDAR_YEARS.last;
      problem(outside ? ['startDate'] : ['horizon', 'years'], `the run (with a year's margin for events after the horizon) spans ${startYear}–${endYear}, but the calendar handles the years ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}: ${outside ? 'choose a startDate in that range' : 'shorten the run'}`);
    } else if (at(s, 'calendar', 'mode') === 'working-days' && at(s, 'calendar', 'bankHolidays') === true
        && (startYear < BANK_HOLIDAY_YEARS.first || endYear > BANK_HOLIDAY_YEARS.last)) {
      const outside = startYear < BANK_HOLIDAY_YEARS.first || startYear > BANK_HOLIDAY_YEARS.last;
      problem(outside ? ['startDate'] : ['horizon', 'years'], `the run (with a year's margin for events after the horizon) spans ${startYear}–${endYear}, but the bank-holiday data covers ${BANK_HOLIDAY_YEARS.first}–${BANK_HOLIDAY_YEARS.last}: ${outside ? 'move startDate into that range' : 'shorten the run, move startDate'}, or set calendar.bankHolidays: false`);
    }
    if (years * 365 + warmup > 20 * 365) {
      problem(['horizon', 'years'], 'warm-up plus measured period must not exceed 20 years (the bank-holiday data and memory bounds assume shorter runs)');
    }
  }
  return problems;
}
