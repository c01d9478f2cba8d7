import { runReplication } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import type { RowValues } from './biasCheck.js';
import type { ModelReduction } from './modelReductions.js';
import { reductionProblems, reductionRates } from './reductionRates.js';
import { reductionSample } from './reductionSample.js';

/** Per-replication values of each row of a model reduction, and how many measured referrals had not finished. */
export interface ReductionRows {
  rows: RowValues[];
  unfinished: number;
}

/**
 * Runs the whole model on a reduction's scenario for `replications` replications of `years`
 * measured years (each from the seed `<seed>/<file>`, so reductions are independent of one another
 * and of the engine rows) and reads each check from every replication. RangeError if the scenario
 * is not the textbook reduction theory describes (see reductionProblems).
 */
export function runModelReduction(reduction: ModelReduction, scenario: Scenario, effort: { replications: number; years: number }, seed: string): ReductionRows {
  const problems = reductionProblems(scenario, reduction.posts);
  if (problems.length > 0) {
    throw new RangeError(`runModelReduction: ${reduction.file} is not a textbook reduction: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  }
  const rates = reductionRates(scenario);
  const label = reduction.label(rates);
  const checks = reduction.checks(rates);
  const run: Scenario = { ...scenario, horizon: { ...scenario.horizon, years: effort.years } };
  const rows: RowValues[] = checks.map((check) => ({ model: label, measure: check.measure, values: [], theory: check.theory }));
  let unfinished = 0;
  for (let replication = 0; replication < effort.replications; replication++) {
    const out = runReplication(run, { seed: `${seed}/${reduction.file}`, replication });
    const sample = reductionSample(out, reduction.drainDays, rates.hoursPerDay);
    unfinished += sample.unfinished;
    checks.forEach((check, k) => {
      const value = check.read(sample);
      if (value === undefined) throw new Error(`${label}: replication ${replication} has no data for ${check.measure} (no referral measured)`);
      (rows[k]?.values as number[]).push(value);
    });
  }
  return { rows, unfinished };
}
