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

/**
 * Problems that involve several keys of a scenario: no staff while children arrive, starting shares
 * above 1, all-zero mixes and outcome shares, and runs longer than the bank-holiday data. Reads an
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
  const zero = (path: string[], message: string) => {
    const sum = total(at(s, ...path));
    if (sum !== undefined && sum <= 0) problem(path, message);
  };
  zero(['demand', 'riskMix'], 'at least one risk share must be above 0');
  zero(['demand', 'sourceMix'], 'at least one source share must be above 0');
  for (const linked of ['unlinked', 'linked']) {
    for (const risk of ['low', 'medium', 'high']) zero(['screening', 'outcomes', linked, risk], 'at least one outcome share must be above 0');
  }
  zero(['casework', 'assessmentOutcomes'], 'at least one outcome share must be above 0');
  const years = num(at(s, 'horizon', 'years'));
  const warmup = num(at(s, 'horizon', 'warmupDays'));
  const start = at(s, 'startDate');
  if (years !== undefined && warmup !== undefined && typeof start === 'string' && /^\d{4}-/.test(start)) {
    const startYear = Number(start.slice(0, 4));
    const endYear = startYear + Math.ceil((warmup + years * 365 + 400) / 365.25);
    if (at(s, 'calendar', 'mode') === 'working-days' && at(s, 'calendar', 'bankHolidays') === true
        && (startYear < BANK_HOLIDAY_YEARS.first || endYear > BANK_HOLIDAY_YEARS.last)) {
      problem(['horizon', 'years'], `the run (with a year's margin for events after the horizon) spans ${startYear}–${endYear}, but the bank-holiday data covers ${BANK_HOLIDAY_YEARS.first}–${BANK_HOLIDAY_YEARS.last}: shorten the run, move startDate, or set calendar.bankHolidays: false`);
    }
    if (years * 365 + warmup > 20 * 365) {
      problem(['horizon', 'years'], 'warm-up plus measured period must not exceed 20 years (the bank-holiday data and memory bounds assume shorter runs)');
    }
  }
  return problems;
}
