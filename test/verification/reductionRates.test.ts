import { describe, expect, it } from 'vitest';
import { reductionProblems, reductionRates } from '../../src/verification/index.js';
import { scenarioFile } from '../model/fixtures.js';

describe('reductionRates', () => {
  it('reads λ = 4, μ = 1, c = 5, K = 1 from mmc.yaml (1,461 children a year, 8-hour exponential work, 8 casework hours a day)', () => {
    expect(reductionRates(scenarioFile('validation/mmc.yaml'))).toEqual({ arrivalRate: 4, serviceRate: 1, servers: 5, cap: 1, hoursPerDay: 8 });
  });

  it('reads λ = 0.7, μ = 1, one worker and caps of 200 and 3 from mm1-ps.yaml and limited-ps.yaml', () => {
    const ps = reductionRates(scenarioFile('validation/mm1-ps.yaml'));
    expect(ps.arrivalRate).toBeCloseTo(0.7, 12);
    expect(ps).toMatchObject({ serviceRate: 1, servers: 1, cap: 200 });
    expect(reductionRates(scenarioFile('validation/limited-ps.yaml'))).toMatchObject({ serviceRate: 1, servers: 1, cap: 3 });
  });

  it('takes μ from the casework hours a day: half the hours halves μ', () => {
    expect(reductionRates(scenarioFile('validation/mm1-ps.yaml', ['casework.caseworkShare=0.5'])).serviceRate).toBeCloseTo(0.5, 12);
  });
});

describe('reductionProblems', () => {
  it('finds none in the three shipped reductions', () => {
    expect(reductionProblems(scenarioFile('validation/mmc.yaml'))).toEqual([]);
    expect(reductionProblems(scenarioFile('validation/mm1-ps.yaml'), 1)).toEqual([]);
    expect(reductionProblems(scenarioFile('validation/limited-ps.yaml'), 1)).toEqual([]);
  });

  it('names the key and the fix for work that is not exponential, a second worker and turnover', () => {
    const scenario = scenarioFile('validation/mm1-ps.yaml', [
      'casework.assessmentEffortHours={"type": "fixed", "value": 8}', 'workforce.posts=2', 'workforce.permanent.turnoverPerYear=0.2',
    ]);
    expect(reductionProblems(scenario, 1)).toEqual([
      { path: 'casework.assessmentEffortHours', message: 'must be exponential, got fixed' },
      { path: 'workforce.permanent.turnoverPerYear', message: 'must be 0' },
      { path: 'workforce.posts', message: 'must be 1, got 2' },
    ]);
  });

  it('refuses a queue that would not settle', () => {
    const problems = reductionProblems(scenarioFile('validation/mm1-ps.yaml', ['demand.childrenPerYear=400']), 1);
    expect(problems.map((p) => p.path)).toEqual(['demand.childrenPerYear']);
    expect(problems[0]?.message).toMatch(/λ = 1\.095 a day against c·μ = 1\.000/);
  });

  it('lists what keeps a real scenario from being a textbook queue', () => {
    const paths = reductionProblems(scenarioFile('solihull-2024.yaml')).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['calendar.mode', 'validation.directToAllocation', 'workforce.permanent.turnoverPerYear', 'workforce.absence.rate']));
  });
});
