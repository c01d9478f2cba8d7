import { MILESTONES, modelCalendar, replicationMetrics, runReplication, survivalGrid } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import { HEADLINE_IDS } from './headlines.js';
import type { HeadlineId } from './headlines.js';
import type { TeachingRun } from './pageContract.js';

/** The delays the teaching page draws: waiting for a social worker, and waiting for the assessment (45-working-day rule). */
export const TEACHING_MILESTONES = ['referralToAllocation', 'referralToAssessment'] as const;

/** A milestone the teaching page draws. */
export type TeachingMilestoneId = (typeof TEACHING_MILESTONES)[number];

/** The share still waiting on a grid of working days, one row per run. */
export interface TeachingCurve {
  /** Working days since the referral, from 0 to the milestone's grid maximum. */
  readonly t: readonly number[];
  /** `runs[r][i]`: share of children (0–1) still waiting at `t[i]` in run r (Kaplan–Meier). */
  readonly runs: readonly (readonly number[])[];
}

/** What the teaching page keeps from the runs of one setting: plain data, cheap to post between threads. */
export interface TeachingRuns {
  readonly curves: Record<TeachingMilestoneId, TeachingCurve>;
  /** Each headline metric's value in each run; NaN where a run had no value (e.g. no eligible referral). */
  readonly scalars: Record<HeadlineId, readonly number[]>;
  /** The model's warnings (e.g. a queue that grew throughout the run), one list per run. */
  readonly warnings: readonly (readonly string[])[];
}

/** The scenario shortened to the teaching run's horizon. */
export function withTeachingHorizon(scenario: Scenario, run: TeachingRun): Scenario {
  return { ...scenario, horizon: { warmupDays: run.warmupDays, years: run.years } };
}

/**
 * Runs `run.replications` replications of the scenario over the teaching horizon, with the given seed
 * (replication r uses the same random streams in every scenario: common random numbers), calling
 * `onProgress(done)` after each. Deterministic for a given scenario, seed and run.
 */
export function runTeachingJob(scenario: Scenario, seed: string, run: TeachingRun, onProgress: (done: number) => void = () => {}): TeachingRuns {
  const shortened = withTeachingHorizon(scenario, run);
  const calendar = modelCalendar(shortened);
  const curves = {} as Record<TeachingMilestoneId, { t: number[]; runs: number[][] }>;
  for (const id of TEACHING_MILESTONES) {
    const milestone = MILESTONES.find((m) => m.id === id);
    if (milestone === undefined) throw new Error(`runTeachingJob: the model has no milestone ${id}`);
    curves[id] = { t: survivalGrid(milestone.gridMaxWorkingDays), runs: [] };
  }
  const scalars = {} as Record<HeadlineId, number[]>;
  for (const id of HEADLINE_IDS) scalars[id] = [];
  const warnings: string[][] = [];
  for (let replication = 0; replication < run.replications; replication++) {
    const out = runReplication(shortened, { seed, replication });
    const metrics = replicationMetrics(out, calendar);
    for (const id of TEACHING_MILESTONES) curves[id].runs.push(metrics.delays[id].survival);
    for (const id of HEADLINE_IDS) scalars[id].push(metrics.scalars[id] ?? Number.NaN);
    warnings.push([...out.warnings]);
    onProgress(replication + 1);
  }
  return { curves, scalars, warnings };
}
