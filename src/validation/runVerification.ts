import { compareToTheory } from './compareToTheory.js';
import type { VerificationRow } from './compareToTheory.js';
import { runQueue } from './runQueue.js';
import type { QueueReplication } from './runQueue.js';
import { verificationCases } from './verificationCases.js';
import type { VerificationCase } from './verificationCases.js';

/** How `frontdoor verify` runs: quick (seconds) or thorough (more replications and customers), and its seed. */
export interface VerificationOptions {
  thorough: boolean;
  seed: string;
}

/** Replications per model and customers per replication (warm-up included). */
export interface VerificationEffort {
  replications: number;
  customers: number;
  warmupCustomers: number;
}

/** Quick mode: 20 replications of 20,000 customers per model, a few seconds in all. */
export const QUICK_EFFORT: VerificationEffort = { replications: 20, customers: 20_000, warmupCustomers: 2_000 };

/** Thorough mode: 15 times the measured customers of quick mode, so intervals about 4 times narrower; under a minute. */
export const THOROUGH_EFFORT: VerificationEffort = { replications: 60, customers: 100_000, warmupCustomers: 10_000 };

/** Measure name of the Little's law row added to every model. */
export const LITTLE_MEASURE = "Little's law (L − λW)/L";

interface PendingRow {
  model: string;
  measure: string;
  values: number[];
  theory: number;
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

function runCase(entry: VerificationCase, effort: VerificationEffort, seed: string): PendingRow[] {
  const rows: PendingRow[] = entry.checks.map((check) => ({ model: entry.model, measure: check.measure, values: [], theory: check.theory }));
  const little: PendingRow = { model: entry.model, measure: LITTLE_MEASURE, values: [], theory: 0 };
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
 * Runs every textbook queue of verificationCases for the chosen effort and judges each measure,
 * plus Little's law for every model, against theory (see PASS_RULE). Deterministic for a given seed;
 * rows come in case order, Little's law last within each model.
 */
export function runVerification(options: VerificationOptions): VerificationRow[] {
  const effort = options.thorough ? THOROUGH_EFFORT : QUICK_EFFORT;
  // 1. Simulate every replication of every model and collect per-replication values.
  const pending = verificationCases().flatMap((entry) => runCase(entry, effort, options.seed));
  // 2. Judge each row, with the Bonferroni adjustment sized to the whole table.
  return pending.map((row) => compareToTheory(row.model, row.measure, row.values, row.theory, pending.length));
}
