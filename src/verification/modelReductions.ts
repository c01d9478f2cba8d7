import { erlangC } from './erlangC.js';
import { limitedPsWaits, limitedPsWaitTail } from './limitedProcessorSharing.js';
import { mmcMeanWait, mmcWaitTail } from './mmcMeanWait.js';
import { psSlowdown, mm1PsMeanSojourn } from './processorSharing.js';
import type { ReductionRates } from './reductionRates.js';
import type { ReductionSample } from './reductionSample.js';

/** One measure of a reduced model: how to read it from a replication's sample, and its theory value. */
export interface ReductionCheck {
  measure: string;
  /** The measure in one replication; undefined if the replication had no data for it. */
  read: (sample: ReductionSample) => number | undefined;
  theory: number;
}

/** Replications and simulated years (warm-up excluded) of each replication of a reduced model. */
export interface ReductionEffort {
  replications: number;
  years: number;
}

/** A scenario file under scenarios/validation/ that reduces the whole model to a textbook queue, and what theory says of it. */
export interface ModelReduction {
  /** File name under scenarios/validation/. */
  file: string;
  /** Row label from the scenario's rates. */
  label: (rates: ReductionRates) => string;
  /** Social workers theory assumes, if it fixes them. */
  posts?: number;
  /** Referrals made this close to the end of a run are not measured, so the measured ones finish. */
  drainDays: number;
  quick: ReductionEffort;
  thorough: ReductionEffort;
  checks: (rates: ReductionRates) => ReductionCheck[];
}

function meanOf(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

function shareAbove(values: readonly number[], t: number): number | undefined {
  return values.length === 0 ? undefined : values.filter((v) => v > t).length / values.length;
}

/** Σ sojourn ÷ Σ work over the referrals whose work (days of a whole worker) lies in [low, high). */
function slowdownBetween(sample: ReductionSample, low: number, high: number): number | undefined {
  if (sample.workDays.length !== sample.sojourns.length) return undefined;
  let time = 0;
  let work = 0;
  sample.workDays.forEach((x, i) => {
    if (x >= low && x < high) {
      time += sample.sojourns[i] ?? Number.NaN;
      work += x;
    }
  });
  return work > 0 ? time / work : undefined;
}

function show(x: number): string {
  return Number(x.toPrecision(3)).toString();
}

/** Days a referral waits at the points where the wait tails are checked. */
const MMC_TAIL_DAYS = 1;
const LIMITED_TAIL_DAYS = 2;

/**
 * The model's own reductions checked by `frontdoor verify`: M/M/c (mmc.yaml: several workers,
 * one case each), M/M/1 processor sharing (mm1-ps.yaml: one worker sharing time among all open
 * cases) and limited processor sharing (limited-ps.yaml: one worker with a cap of K cases).
 * Theory values come from each file's own rates. Drains are chosen so that a measured referral is
 * unfinished at the end with chance below about 1e-9 (M/M/5 wait tail e^(−20)·0.55; the PS
 * sojourn tail, about 1e-4 beyond 60 days in 76,000 simulated cases, falls tenfold every 20 days).
 */
export function modelReductions(): readonly ModelReduction[] {
  return [
    {
      file: 'mmc.yaml',
      label: (r) => `mmc.yaml: M/M/${r.servers} λ=${show(r.arrivalRate)} μ=${show(r.serviceRate)}`,
      drainDays: 20,
      quick: { replications: 10, years: 2 },
      thorough: { replications: 30, years: 5 },
      checks: ({ arrivalRate: l, serviceRate: m, servers: c }) => [
        { measure: 'mean wait for allocation (Erlang C)', read: (s) => meanOf(s.waits), theory: mmcMeanWait(l, m, c) },
        { measure: 'P(wait > 0) (Erlang C)', read: (s) => shareAbove(s.waits, 0), theory: erlangC(c, l / m) },
        { measure: `P(wait > ${MMC_TAIL_DAYS} day)`, read: (s) => shareAbove(s.waits, MMC_TAIL_DAYS), theory: mmcWaitTail(l, m, c, MMC_TAIL_DAYS) },
      ],
    },
    {
      file: 'mm1-ps.yaml',
      label: (r) => `mm1-ps.yaml: M/M/1-PS λ=${show(r.arrivalRate)} μ=${show(r.serviceRate)}`,
      posts: 1,
      drainDays: 180,
      quick: { replications: 20, years: 4 },
      thorough: { replications: 60, years: 10 },
      checks: ({ arrivalRate: l, serviceRate: m }) => {
        // Work of mean 1/μ days: below the median (ln 2/μ) and above the 90th percentile (ln 10/μ).
        const median = Math.LN2 / m;
        const p90 = Math.LN10 / m;
        return [
          { measure: 'mean referral → assessment 1/(μ−λ)', read: (s) => meanOf(s.sojourns), theory: mm1PsMeanSojourn(l, m) },
          { measure: 'time ÷ work, work < median', read: (s) => slowdownBetween(s, 0, median), theory: psSlowdown(l, m) },
          { measure: 'time ÷ work, work > 90th pct', read: (s) => slowdownBetween(s, p90, Number.POSITIVE_INFINITY), theory: psSlowdown(l, m) },
        ];
      },
    },
    {
      file: 'limited-ps.yaml',
      label: (r) => `limited-ps.yaml: M/M/1-PS cap ${r.cap} λ=${show(r.arrivalRate)} μ=${show(r.serviceRate)}`,
      posts: 1,
      drainDays: 180,
      quick: { replications: 20, years: 4 },
      thorough: { replications: 60, years: 10 },
      checks: ({ arrivalRate: l, serviceRate: m, cap }) => {
        const waits = limitedPsWaits(l, m, cap);
        return [
          { measure: 'P(wait > 0) = ρ^K', read: (s) => shareAbove(s.waits, 0), theory: waits.waitProbability },
          { measure: 'mean wait for allocation', read: (s) => meanOf(s.waits), theory: waits.meanWait },
          { measure: `P(wait > ${LIMITED_TAIL_DAYS} days)`, read: (s) => shareAbove(s.waits, LIMITED_TAIL_DAYS), theory: limitedPsWaitTail(l, m, cap, LIMITED_TAIL_DAYS) },
          { measure: 'mean allocation → assessment', read: (s) => meanOf(s.inService), theory: waits.meanInService },
        ];
      },
    },
  ];
}
