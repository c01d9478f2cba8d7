import type { Scenario } from '../scenario/index.js';
import { biasChecks } from './biasCheck.js';
import type { BiasCheck, RowValues } from './biasCheck.js';
import { compareToTheory, jointTest } from './compareToTheory.js';
import type { VerificationRow } from './compareToTheory.js';
import { modelReductions } from './modelReductions.js';
import { runModelReduction } from './runModelReduction.js';
import { runQueue } from './runQueue.js';
import type { QueueReplication } from './runQueue.js';
import { verificationCases } from './verificationCases.js';
import type { VerificationCase } from './verificationCases.js';

/** How `frontdoor verify` runs: quick (seconds) or thorough, its seed, and the model reductions' scenarios by file name. */
export interface VerificationOptions {
  thorough: boolean;
  seed: string;
  /** The scenario of every file of modelReductions(), keyed by its name under scenarios/validation/. */
  scenarios: ReadonlyMap<string, Scenario>;
}

/** Replications per engine model and customers per replication (warm-up included). */
export interface VerificationEffort {
  replications: number;
  customers: number;
  warmupCustomers: number;
}

/** Quick mode: 20 replications of 20,000 customers per engine model. */
export const QUICK_EFFORT: VerificationEffort = { replications: 20, customers: 20_000, warmupCustomers: 2_000 };

/** Thorough mode: 15 times the measured customers of quick mode, so intervals about 4 times narrower. */
export const THOROUGH_EFFORT: VerificationEffort = { replications: 60, customers: 100_000, warmupCustomers: 10_000 };

/** Measure name of the Little's law row added to every engine model. */
export const LITTLE_MEASURE = "Little's law (L − λW)/L";

/** Everything `frontdoor verify` reports: the rows under the joint test, the bias check by model, and the verdict. */
export interface VerificationReport {
  rows: VerificationRow[];
  bias: BiasCheck[];
  /** True when the joint test rejects no row. */
  passed: boolean;
}

function required(value: number | undefined, model: string, measure: string, replication: number): number {
  if (value === undefined) {
    throw new Error(`${model}: replication ${replication} has no data for ${measure} (no customer measured)`);
  }
  return value;
}

// The relative gap between L measured by time-weighted integration and λW measured per customer.
function littleGap(r: QueueReplication, model: string, replication: number): number {
  const w = required(r.meanTimeInSystem, model, 'W', replication);
  return (r.timeAverageInSystem - r.admittedRate * w) / r.timeAverageInSystem;
}

function runCase(entry: VerificationCase, effort: VerificationEffort, seed: string): RowValues[] {
  const rows = entry.checks.map((check) => ({ model: entry.model, measure: check.measure, values: [] as number[], theory: check.theory }));
  const little = { model: entry.model, measure: LITTLE_MEASURE, values: [] as number[], theory: 0 };
  for (let replication = 0; replication < effort.replications; replication++) {
    // Each model gets its own seed, so the models' replications are independent of one another.
    const result = runQueue({ ...entry.queue, ...effort, seed: `${seed}/${entry.model}`, replication });
    entry.checks.forEach((check, k) => {
      rows[k]?.values.push(required(check.read(result), entry.model, check.measure, replication));
    });
    little.values.push(littleGap(result, entry.model, replication));
  }
  return [...rows, little];
}

/**
 * Runs every textbook queue of verificationCases on the engine, and every reduction of
 * modelReductions through the whole model, then judges all rows as one family (JOINT_TEST_RULE)
 * and checks each model's rows for a lean to one side (BIAS_RULE). Deterministic for a given seed;
 * engine rows first (Little's law last within each model), then the model's reductions.
 * RangeError if a reduction's scenario is missing or is not the reduction theory describes.
 */
export function runVerification(options: VerificationOptions): VerificationReport {
  const effort = options.thorough ? THOROUGH_EFFORT : QUICK_EFFORT;
  const reductions = modelReductions().map((reduction) => {
    const scenario = options.scenarios.get(reduction.file);
    if (scenario === undefined) throw new RangeError(`runVerification: scenarios must hold ${reduction.file}`);
    return { reduction, scenario };
  });
  // 1. Simulate every replication of every engine model and collect per-replication values.
  const values: RowValues[] = verificationCases().flatMap((entry) => runCase(entry, effort, options.seed));
  // 2. The same for the whole model on each reduction's scenario.
  const notes = new Map<string, string>();
  for (const { reduction, scenario } of reductions) {
    const result = runModelReduction(reduction, scenario, options.thorough ? reduction.thorough : reduction.quick, options.seed);
    values.push(...result.rows);
    if (result.unfinished > 0) {
      for (const row of result.rows) notes.set(row.model, `${result.unfinished} measured referrals unfinished at the end, counted with their time so far`);
    }
  }
  // 3. Judge every row as one family, then look for a lean within each model.
  const rows = jointTest(values.map((row) => {
    const comparison = compareToTheory(row.model, row.measure, row.values, row.theory);
    const note = notes.get(row.model);
    return note === undefined ? comparison : { ...comparison, note };
  }));
  return { rows, bias: biasChecks(values, new Set([LITTLE_MEASURE])), passed: rows.every((row) => row.pass) };
}
