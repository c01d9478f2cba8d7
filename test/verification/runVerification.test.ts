import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/index.js';
import { LITTLE_MEASURE, modelReductions, runVerification, verificationCases } from '../../src/verification/index.js';
import type { VerificationReport } from '../../src/verification/index.js';
import { scenarioFile } from '../model/fixtures.js';

const SEED = 'validation-test';

function shippedReductions(): Map<string, Scenario> {
  return new Map(modelReductions().map((r) => [r.file, scenarioFile(`validation/${r.file}`)]));
}

describe('runVerification', () => {
  let report: VerificationReport = { rows: [], bias: [], passed: false };
  beforeAll(() => {
    report = runVerification({ thorough: false, seed: SEED, scenarios: shippedReductions() });
  });

  it('passes the joint test in quick mode with a fixed seed (Holm–Bonferroni, family-wise error 5%)', () => {
    expect(report.rows.filter((row) => !row.pass)).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('has one row per engine measure plus Little\'s law for every engine model, then the model reductions\' rows', () => {
    const cases = verificationCases();
    const engineRows = cases.reduce((n, c) => n + c.checks.length + 1, 0);
    expect(report.rows).toHaveLength(engineRows + 10);
    for (const entry of cases) {
      const little = report.rows.filter((row) => row.model === entry.model && row.measure === LITTLE_MEASURE);
      expect(little, entry.model).toHaveLength(1);
      expect(little[0]?.theory).toBe(0);
    }
    expect(report.rows.slice(engineRows).map((row) => row.model.split(':')[0])).toEqual([
      ...Array<string>(3).fill('mmc.yaml'), ...Array<string>(3).fill('mm1-ps.yaml'), ...Array<string>(4).fill('limited-ps.yaml'),
    ]);
  });

  it('checks the published theory values: Erlang C 0.5541, Erlang B 0.1991, M/M/1 4, M/D/1 2, Cobham 8/7 and 40/7, PS 10/3, LPS 0.343', () => {
    const theory = (model: string, measure: string): number | undefined =>
      report.rows.find((row) => row.model.startsWith(model) && row.measure.startsWith(measure))?.theory;
    expect(theory('M/M/5 ', 'P(Wq > 0)')).toBeCloseTo(0.5541, 4);
    expect(theory('M/M/5 ', 'mean wait')).toBeCloseTo(0.5541, 4);
    expect(theory('M/M/5/5', 'blocking')).toBeCloseTo(0.1991, 4);
    expect(theory('M/M/1 λ', 'mean wait')).toBeCloseTo(4, 10);
    expect(theory('M/D/1', 'mean wait')).toBeCloseTo(2, 10);
    expect(theory('M/M/1 priority', 'class 1')).toBeCloseTo(8 / 7, 10);
    expect(theory('M/M/1 priority', 'class 2')).toBeCloseTo(40 / 7, 10);
    expect(theory('mmc.yaml', 'P(wait > 0)')).toBeCloseTo(0.5541, 4);
    expect(theory('mm1-ps.yaml', 'mean referral')).toBeCloseTo(10 / 3, 10);
    expect(theory('limited-ps.yaml', 'P(wait > 0)')).toBeCloseTo(0.343, 10);
  });

  it('gives every row a p-value and the Holm level it was held to, the smallest p to α/m', () => {
    const m = report.rows.length;
    for (const row of report.rows) {
      expect(row.pValue).toBeGreaterThanOrEqual(0);
      expect(row.pValue).toBeLessThanOrEqual(1);
      expect(row.ciLow).toBeLessThanOrEqual(row.simulated);
      expect(row.ciHigh).toBeGreaterThanOrEqual(row.simulated);
    }
    const smallest = report.rows.reduce((a, b) => (b.pValue < a.pValue ? b : a));
    expect(smallest.holmLevel).toBeCloseTo(0.05 / m, 12);
  });

  it('checks every model with two or more rows for a lean to one side of theory', () => {
    expect(report.bias.map((b) => b.model.split(' ')[0])).toEqual(['M/M/5', 'M/M/1', 'mmc.yaml:', 'mm1-ps.yaml:', 'limited-ps.yaml:']);
    for (const b of report.bias) expect(b.above + b.below).toBe(b.rows);
  });

  it('throws a RangeError when a reduction\'s scenario is missing', () => {
    const scenarios = shippedReductions();
    scenarios.delete('limited-ps.yaml');
    expect(() => runVerification({ thorough: false, seed: SEED, scenarios })).toThrow(/scenarios must hold limited-ps\.yaml/);
  });
});
