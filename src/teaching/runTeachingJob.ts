import { MILESTONES, modelCalendar, replicationMetrics, runReplication, survivalGrid } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import { TEACHING_SCALARS } from './headlines.js';
import type { TeachingScalarId } from './headlines.js';
import { animationData } from './animationData.js';
import type { TeachingAnimation } from './animationData.js';
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
  /** Each headline and headroom metric's value in each run; NaN where a run had no value (e.g. no eligible referral). */
  readonly scalars: Record<TeachingScalarId, readonly number[]>;
  /** New referrals waiting for a first allocation, weekly through the measured period: `runs[r][i]` at `weeks[i]` weeks in. */
  readonly backlog: { readonly weeks: readonly number[]; readonly runs: readonly (readonly number[])[] };
  /** The first month of the measured period of run 0, for the animation of the front door. */
  readonly animation: TeachingAnimation;
  /** The model's warnings (e.g. a queue that grew throughout the run), one list per run. */
  readonly warnings: readonly (readonly string[])[];
}

/** The scenario shortened to the teaching run's horizon. */
export function withTeachingHorizon(scenario: Scenario, run: TeachingRun): Scenario {
  return { ...scenario, horizon: { warmupDays: run.warmupDays, years: run.years } };
}

/** The replication numbers of a run: 0 to run.replications − 1. */
export function allReplications(run: TeachingRun): number[] {
  return Array.from({ length: run.replications }, (_, r) => r);
}

/**
 * Runs replications of the scenario over the teaching horizon, with the given seed (replication r
 * uses the same random streams in every scenario: common random numbers), calling `onProgress(done)`
 * after each: by default all `run.replications` of them, or only the numbers in `replications`, in
 * that order (the animation and the backlog's weeks come from replication 0, when it is among them).
 * Deterministic for a given scenario, seed, run and replications.
 */
export function runTeachingJob(scenario: Scenario, seed: string, run: TeachingRun, onProgress: (done: number) => void = () => {},
  replications: readonly number[] = allReplications(run)): TeachingRuns {
  const shortened = withTeachingHorizon(scenario, run);
  const calendar = modelCalendar(shortened);
  const curves = {} as Record<TeachingMilestoneId, { t: number[]; runs: number[][] }>;
  for (const id of TEACHING_MILESTONES) {
    const milestone = MILESTONES.find((m) => m.id === id);
    if (milestone === undefined) throw new Error(`runTeachingJob: the model has no milestone ${id}`);
    curves[id] = { t: survivalGrid(milestone.gridMaxWorkingDays), runs: [] };
  }
  const scalars = {} as Record<TeachingScalarId, number[]>;
  for (const id of TEACHING_SCALARS) scalars[id] = [];
  const warnings: string[][] = [];
  const backlog: { weeks: number[]; runs: number[][] } = { weeks: [], runs: [] };
  let animation: TeachingAnimation | undefined;
  let done = 0;
  for (const replication of replications) {
    const out = runReplication(shortened, { seed, replication });
    const metrics = replicationMetrics(out, calendar);
    for (const id of TEACHING_MILESTONES) curves[id].runs.push(metrics.delays[id].survival);
    for (const id of TEACHING_SCALARS) scalars[id].push(metrics.scalars[id] ?? Number.NaN);
    warnings.push([...out.warnings]);
    const measured = out.series.time.flatMap((t, i) => (t >= out.warmupEnd ? [{ week: (t - out.warmupEnd) / 7, value: out.series.unallocated[i] ?? 0 }] : []));
    if (replication === 0) backlog.weeks = measured.map((m) => Math.round(m.week * 10) / 10);
    backlog.runs.push(measured.map((m) => m.value));
    if (replication === 0) animation = animationData(out);
    onProgress(++done);
  }
  return { curves, scalars, warnings, backlog, animation: animation ?? { days: 0, contacts: [], cases: [] } };
}

/**
 * The runs of several parts of one job put back together, each part's runs after the previous
 * part's: parts that ran consecutive replication numbers, the first from 0, give what one
 * runTeachingJob over all of them gives (the animation and the backlog's weeks from the first part).
 */
export function mergeTeachingRuns(parts: readonly TeachingRuns[]): TeachingRuns {
  const [first, ...rest] = parts;
  if (first === undefined) throw new Error('mergeTeachingRuns: no parts');
  if (rest.length === 0) return first;
  const curves = {} as Record<TeachingMilestoneId, TeachingCurve>;
  for (const id of TEACHING_MILESTONES) curves[id] = { t: first.curves[id].t, runs: parts.flatMap((p) => p.curves[id].runs) };
  const scalars = {} as Record<TeachingScalarId, readonly number[]>;
  for (const id of TEACHING_SCALARS) scalars[id] = parts.flatMap((p) => p.scalars[id]);
  return {
    curves,
    scalars,
    warnings: parts.flatMap((p) => p.warnings),
    backlog: { weeks: first.backlog.weeks, runs: parts.flatMap((p) => p.backlog.runs) },
    animation: first.animation,
  };
}
