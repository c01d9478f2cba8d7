import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BANK_HOLIDAYS_ENGLAND_AND_WALES, createCalendar } from '../../src/calendar/index.js';
import type { Calendar } from '../../src/calendar/index.js';

// Positions are whole days from 2019-01-01 (the first covered day); 4382 is 2030-12-31.
const LAST_COVERED = 4382;
const MAX_POSITION = 4200; // leaves room for n <= 60 working days after it
const DAY_MS = 86_400_000;
const isoOf = (position: number): string => new Date(Date.UTC(2019, 0, 1) + position * DAY_MS).toISOString().slice(0, 10);

interface Setup {
  readonly startPosition: number;
  readonly bankHolidays: boolean;
  readonly extraPositions: readonly number[];
}

const setupArb: fc.Arbitrary<Setup> = fc.record({
  startPosition: fc.integer({ min: 0, max: LAST_COVERED }),
  bankHolidays: fc.boolean(),
  extraPositions: fc.uniqueArray(fc.integer({ min: 0, max: LAST_COVERED }), { maxLength: 40 }),
});
// Whole and half days hit the day boundaries where off-by-one errors live.
const positionArb = fc.oneof(
  fc.double({ min: 0, max: MAX_POSITION, noNaN: true }),
  fc.integer({ min: 0, max: MAX_POSITION }),
  fc.integer({ min: 0, max: 2 * MAX_POSITION }).map((x) => x / 2),
);
const amountArb = fc.oneof(
  fc.double({ min: 0, max: 60, noNaN: true }),
  fc.integer({ min: 0, max: 60 }),
  fc.integer({ min: 0, max: 240 }).map((x) => x / 4),
);
const RUNS = { numRuns: 400 } as const;
// Float sums over a few thousand days stay far inside this.
const TOLERANCE = 1e-7;

function build(setup: Setup): Calendar {
  return createCalendar({
    startDate: isoOf(setup.startPosition),
    mode: 'working-days',
    bankHolidays: setup.bankHolidays,
    extraHolidays: setup.extraPositions.map(isoOf),
  });
}

/** Independent oracle: walks the days one at a time using Date.getUTCDay and the holiday strings. */
function oracle(setup: Setup): { isWorking: (t: number) => boolean; between: (t0: number, t1: number) => number } {
  const holidays = new Set([...(setup.bankHolidays ? BANK_HOLIDAYS_ENGLAND_AND_WALES : []), ...setup.extraPositions.map(isoOf)]);
  const isWorkingDay = (day: number): boolean => {
    const position = setup.startPosition + day;
    const weekday = new Date(Date.UTC(2019, 0, 1) + position * DAY_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.has(isoOf(position));
  };
  const between = (t0: number, t1: number): number => {
    let total = 0;
    for (let day = Math.floor(t0); day < t1; day += 1) {
      if (isWorkingDay(day)) total += Math.max(0, Math.min(t1, day + 1) - Math.max(t0, day));
    }
    return total;
  };
  return { isWorking: (t) => isWorkingDay(Math.floor(t)), between };
}

const timeOf = (setup: Setup, position: number): number => position - setup.startPosition;

describe('working-day calendar properties (fast-check, seeded)', () => {
  it('workingDaysBetween equals a day-by-day sum of working time', () => {
    fc.assert(
      fc.property(setupArb, positionArb, positionArb, (setup, p, q) => {
        const [t0, t1] = [timeOf(setup, Math.min(p, q)), timeOf(setup, Math.max(p, q))];
        expect(build(setup).workingDaysBetween(t0, t1)).toBeCloseTo(oracle(setup).between(t0, t1), 7);
      }),
      { seed: 1, ...RUNS },
    );
  });

  it('addWorkingDays returns the earliest time at which n working days have elapsed', () => {
    fc.assert(
      fc.property(setupArb, positionArb, amountArb, (setup, p, n) => {
        const t = timeOf(setup, p);
        const result = build(setup).addWorkingDays(t, n);
        const truth = oracle(setup);
        expect(result).toBeGreaterThanOrEqual(t);
        expect(Math.abs(truth.between(t, result) - n)).toBeLessThan(TOLERANCE);
        // Earliest: a moment (1e-6 days) before the result, n had not yet been reached. Results may
        // be snapped by up to 1e-9 working days onto the end of a working day, hence the margin.
        if (n > 1e-8) expect(truth.between(t, Math.max(t, result - 1e-6))).toBeLessThan(n - 1e-10);
      }),
      { seed: 2, ...RUNS },
    );
  });

  it('workingDaysBetween(t, addWorkingDays(t, n)) is n', () => {
    fc.assert(
      fc.property(setupArb, positionArb, amountArb, (setup, p, n) => {
        const calendar = build(setup);
        const t = timeOf(setup, p);
        expect(Math.abs(calendar.workingDaysBetween(t, calendar.addWorkingDays(t, n)) - n)).toBeLessThan(TOLERANCE);
      }),
      { seed: 3, ...RUNS },
    );
  });

  it('nextWorkingTime(t) is the first working time at or after t', () => {
    fc.assert(
      fc.property(setupArb, positionArb, (setup, p) => {
        const calendar = build(setup);
        const t = timeOf(setup, p);
        const next = calendar.nextWorkingTime(t);
        expect(next).toBeGreaterThanOrEqual(t);
        expect(oracle(setup).isWorking(next)).toBe(true);
        expect(calendar.workingDaysBetween(t, next)).toBe(0);
        if (next > t) expect(Number.isInteger(next)).toBe(true);
      }),
      { seed: 4, ...RUNS },
    );
  });

  it('is monotonic: later ends and larger n never give less', () => {
    fc.assert(
      fc.property(setupArb, positionArb, positionArb, amountArb, amountArb, (setup, p, q, n1, n2) => {
        const calendar = build(setup);
        const [t0, t1] = [timeOf(setup, Math.min(p, q)), timeOf(setup, Math.max(p, q))];
        const [small, large] = [Math.min(n1, n2), Math.max(n1, n2)];
        expect(calendar.addWorkingDays(t0, small)).toBeLessThanOrEqual(calendar.addWorkingDays(t0, large));
        expect(calendar.addWorkingDays(t0, small)).toBeLessThanOrEqual(calendar.addWorkingDays(t1, small) + TOLERANCE);
        const origin = timeOf(setup, 0);
        expect(calendar.workingDaysBetween(origin, t0)).toBeLessThanOrEqual(calendar.workingDaysBetween(origin, t1) + TOLERANCE);
      }),
      { seed: 5, ...RUNS },
    );
  });

  it('is additive: spans add up, and adding a then b reaches the working moment of adding a + b', () => {
    fc.assert(
      fc.property(setupArb, fc.array(positionArb, { minLength: 3, maxLength: 3 }), amountArb, amountArb, (setup, ps, a, b) => {
        const calendar = build(setup);
        const [t0, t1, t2] = [...ps].sort((x, y) => x - y).map((p) => timeOf(setup, p)) as [number, number, number];
        const sum = calendar.workingDaysBetween(t0, t1) + calendar.workingDaysBetween(t1, t2);
        expect(Math.abs(sum - calendar.workingDaysBetween(t0, t2))).toBeLessThan(TOLERANCE);
        // The two may sit either side of a weekend when b is below float resolution (Saturday 00:00
        // and Monday 00:00 are the same working moment), so compare the working time between them.
        const stepwise = calendar.addWorkingDays(calendar.addWorkingDays(t0, a), b);
        const direct = calendar.addWorkingDays(t0, a + b);
        expect(calendar.workingDaysBetween(Math.min(stepwise, direct), Math.max(stepwise, direct))).toBeLessThan(TOLERANCE);
        if (b > 1e-6) expect(Math.abs(stepwise - direct)).toBeLessThan(TOLERANCE);
      }),
      { seed: 6, ...RUNS },
    );
  });
});
