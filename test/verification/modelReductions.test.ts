// The whole model, reduced to textbook queues by the files in scenarios/validation/, against theory.
//
// Tolerance: each row is judged by the two-sided t-test of its replications' mean against theory
// (seeded; quick effort: 20 replications of 4 years for the one-worker reductions, 10 of 2 years for
// M/M/5). A row passes when p > 0.001; with 10 rows, a correct model fails this file with chance at
// most 1% (Bonferroni), and since the seed is fixed the outcome is the same on every run. Each
// replication's value averages hundreds to thousands of referrals, so the t-test's normality holds.
// The power checks below show that the rows reject a model that is wrong in the ways that matter.
import { beforeAll, describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { compareToTheory, modelReductions, runModelReduction } from '../../src/verification/index.js';
import type { ModelReduction, ReductionRows } from '../../src/verification/index.js';
import { runChecked, scenarioFile } from '../model/fixtures.js';

const SEED = 'reduction-test';
const ROW_P = 0.001;

function reduction(file: string): ModelReduction {
  const found = modelReductions().find((r) => r.file === file);
  if (found === undefined) throw new Error(`no reduction ${file}`);
  return found;
}

function run(file: string, overrides: readonly string[] = []): ReductionRows {
  const r = reduction(file);
  return runModelReduction(r, scenarioFile(`validation/${file}`, overrides), r.quick, SEED);
}

function pValues(result: ReductionRows): Record<string, number> {
  return Object.fromEntries(result.rows.map((row) => [row.measure, compareToTheory(row.model, row.measure, row.values, row.theory).pValue]));
}

describe('the model reductions in scenarios/validation/', () => {
  const results = new Map<string, ReductionRows>();
  beforeAll(() => {
    for (const r of modelReductions()) results.set(r.file, run(r.file));
  });

  it('are mmc.yaml, mm1-ps.yaml and limited-ps.yaml', () => {
    expect(modelReductions().map((r) => r.file)).toEqual(['mmc.yaml', 'mm1-ps.yaml', 'limited-ps.yaml']);
  });

  it.each(['mmc.yaml', 'mm1-ps.yaml', 'limited-ps.yaml'])('%s agrees with theory on every row (p > 0.001 each)', (file) => {
    const result = results.get(file) as ReductionRows;
    expect(result.unfinished).toBe(0);
    for (const [measure, p] of Object.entries(pValues(result))) expect(p, `${file}: ${measure}`).toBeGreaterThan(ROW_P);
  });

  it('checks M/M/1 processor sharing: time 1/(μ − λ) = 3.333 days and time ÷ work 1/(1 − ρ) = 3.333 for small and large cases', () => {
    const rows = results.get('mm1-ps.yaml')?.rows ?? [];
    expect(rows.map((row) => row.measure)).toEqual(['mean referral → assessment 1/(μ−λ)', 'time ÷ work, work < median', 'time ÷ work, work > 90th pct']);
    for (const row of rows) expect(row.theory).toBeCloseTo(10 / 3, 10);
  });

  it('checks limited processor sharing with K = 3: P(wait) 0.343, mean wait 1.143, P(wait > 2) 0.188, time with the worker 2.190', () => {
    const theory = (results.get('limited-ps.yaml')?.rows ?? []).map((row) => row.theory);
    expect(theory).toHaveLength(4);
    [0.343, 0.343 / 0.3, 0.343 * Math.exp(-0.6), 0.657 / 0.3].forEach((value, k) => expect(theory[k]).toBeCloseTo(value, 10));
  });

  it('rejects first come first served: a cap of one case gives the same mean time but fails time ∝ work', () => {
    // With one case at a time the worker is an M/M/1 FIFO server: the mean sojourn is again 1/(μ − λ),
    // but a small case waits as long as a large one, so small cases take far more than 3.333 × their work.
    const p = pValues(run('mm1-ps.yaml', ['workforce.caseloadCap=1']));
    expect(p['mean referral → assessment 1/(μ−λ)']).toBeGreaterThan(ROW_P);
    expect(p['time ÷ work, work < median']).toBeLessThan(1e-6);
  });

  it('rejects the wrong cap: a worker capped at 2 cases fails the K = 3 waits', () => {
    // Run with K = 2 (P(wait) = 0.49) but judged against the theory of the file's K = 3 (0.343).
    const r = reduction('limited-ps.yaml');
    const asFiled = scenarioFile('validation/limited-ps.yaml');
    const capped: Scenario = { ...asFiled, workforce: { ...asFiled.workforce, caseloadCap: 2 } };
    const wrong = runModelReduction({ ...r, checks: () => r.checks({ arrivalRate: 0.7, serviceRate: 1, servers: 1, cap: 3, hoursPerDay: 8 }) }, capped, r.quick, SEED);
    const p = pValues(wrong);
    expect(p['P(wait > 0) = ρ^K']).toBeLessThan(1e-6);
    expect(p['mean wait for allocation']).toBeLessThan(ROW_P);
  });

  it('records each case\'s work under validation.recordWorkHours, with mean 1/μ = 1 day of a whole worker', () => {
    // About 800 exponential work sizes of mean 1 (3 years at 0.7 a day): the SE of their mean is 1/√n, and the bound is 4 SE.
    const scenario = scenarioFile('validation/mm1-ps.yaml');
    const out = runChecked({ ...scenario, horizon: { ...scenario.horizon, years: 3 } }, { seed: SEED, replication: 0 });
    const work = out.journeys.map((j) => (j.workHours ?? Number.NaN) / 8);
    expect(work.length).toBeGreaterThan(500);
    expect(Math.abs(work.reduce((a, b) => a + b, 0) / work.length - 1)).toBeLessThan(4 / Math.sqrt(work.length));
  });

  it('keeps every model invariant with a worker at the cap of 3 (limited-ps.yaml, one year)', () => {
    const out = runChecked(scenarioFile('validation/limited-ps.yaml', ['horizon.years=1']), { seed: SEED, replication: 0 });
    expect(out.journeys.some((j) => j.allocationTime !== undefined && j.allocationTime > j.referralTime)).toBe(true);
  });

  it('records no work without the switch, so real scenarios keep their records', () => {
    const scenario = scenarioFile('validation/mmc.yaml', ['horizon.years=0.1']);
    const out = runReplication(scenario, { seed: SEED, replication: 0 });
    expect(out.journeys.length).toBeGreaterThan(0);
    expect(out.journeys.every((j) => j.workHours === undefined)).toBe(true);
  });

  it('refuses a scenario that is not the textbook reduction, naming the key', () => {
    const r = reduction('mm1-ps.yaml');
    expect(() => runModelReduction(r, scenarioFile('validation/mm1-ps.yaml', ['workforce.absence.rate=0.05']), r.quick, SEED))
      .toThrow(/mm1-ps\.yaml is not a textbook reduction: workforce\.absence\.rate must be 0/);
  });
});
