import { describe, it, expect } from 'vitest';
import { weekdayOfEpochDay, weekdaysBefore } from '../../src/calendar/weekdays.js';

// Independent oracle: JavaScript's getUTCDay (0 = Sunday), shifted so that 0 = Monday.
const jsWeekday = (epochDay: number): number => (new Date(epochDay * 86_400_000).getUTCDay() + 6) % 7;

describe('weekdayOfEpochDay(epochDay)', () => {
  it('makes 1970-01-01 a Thursday (3) and 2022-04-15 a Friday (4)', () => {
    expect(weekdayOfEpochDay(0)).toBe(3);
    expect(weekdayOfEpochDay(19_097)).toBe(4); // 2022-04-15
  });

  it('matches Date.getUTCDay for days either side of 1970', () => {
    for (let day = -3000; day <= 25_000; day += 7 * 13 + 1) expect(weekdayOfEpochDay(day)).toBe(jsWeekday(day));
  });
});

describe('weekdaysBefore(epochDay)', () => {
  it('is zero at 1970-01-01', () => {
    expect(weekdaysBefore(0)).toBe(0);
  });

  it('differences count the Monday-to-Friday days in [a, b), including before 1970', () => {
    const pairs: [number, number][] = [[-20, 15], [0, 7], [3, 10], [-1, 0], [19_000, 19_400], [5, 5]];
    for (const [a, b] of pairs) {
      let count = 0;
      for (let day = a; day < b; day += 1) if (jsWeekday(day) < 5) count += 1;
      expect(weekdaysBefore(b) - weekdaysBefore(a), `[${a}, ${b})`).toBe(count);
    }
  });

  it('counts 5 weekdays in any 7 consecutive days', () => {
    for (let a = -10; a < 10; a += 1) expect(weekdaysBefore(a + 7) - weekdaysBefore(a)).toBe(5);
  });
});
