import { beforeAll, describe, expect, it } from 'vitest';
import { LITTLE_MEASURE, runVerification, verificationCases } from '../../src/validation/index.js';
import type { VerificationRow } from '../../src/validation/index.js';

const SEED = 'validation-test';

describe('runVerification', () => {
  let rows: VerificationRow[] = [];
  beforeAll(() => {
    rows = runVerification({ thorough: false, seed: SEED });
  });

  it('passes every row in quick mode with a fixed seed (each row at the Bonferroni level, family-wise error ≤ 1%)', () => {
    const failing = rows.filter((row) => !row.pass);
    expect(failing).toEqual([]);
  });

  it('has one row per checked measure plus one Little\'s law row for every model', () => {
    const cases = verificationCases();
    expect(rows).toHaveLength(cases.reduce((n, c) => n + c.checks.length + 1, 0));
    for (const entry of cases) {
      const little = rows.filter((row) => row.model === entry.model && row.measure === LITTLE_MEASURE);
      expect(little, entry.model).toHaveLength(1);
      expect(little[0]?.theory).toBe(0);
    }
  });

  it('checks the published theory values: Erlang C 0.5541, Erlang B 0.1991, M/M/1 4, M/D/1 2, Cobham 8/7 and 40/7', () => {
    const theory = (model: string, measure: string): number | undefined =>
      rows.find((row) => row.model.startsWith(model) && row.measure.startsWith(measure))?.theory;
    expect(theory('M/M/5 ', 'P(Wq > 0)')).toBeCloseTo(0.5541, 4);
    expect(theory('M/M/5 ', 'mean wait')).toBeCloseTo(0.5541, 4);
    expect(theory('M/M/5/5', 'blocking')).toBeCloseTo(0.1991, 4);
    expect(theory('M/M/1 λ', 'mean wait')).toBeCloseTo(4, 10);
    expect(theory('M/D/1', 'mean wait')).toBeCloseTo(2, 10);
    expect(theory('M/M/1 priority', 'class 1')).toBeCloseTo(8 / 7, 10);
    expect(theory('M/M/1 priority', 'class 2')).toBeCloseTo(40 / 7, 10);
  });

  it('checks the Erlang C waiting-time tail at t = 0, 0.25, 0.5, 1 and 2', () => {
    const tails = rows.filter((row) => row.measure.startsWith('P(Wq >')).map((row) => row.measure);
    expect(tails).toEqual(['P(Wq > 0)', 'P(Wq > 0.25)', 'P(Wq > 0.5)', 'P(Wq > 1)', 'P(Wq > 2)']);
  });

  it('reports a 95% interval around each simulated value', () => {
    for (const row of rows) {
      expect(row.ciLow, row.measure).toBeLessThanOrEqual(row.simulated);
      expect(row.ciHigh, row.measure).toBeGreaterThanOrEqual(row.simulated);
    }
  });

  it('gives identical rows for the same seed', () => {
    expect(runVerification({ thorough: false, seed: SEED })).toEqual(rows);
  });
});
