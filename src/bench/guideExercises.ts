// The trainer's guide (scenarios/teaching/README.md) quotes numbers from its exercises. Each quoted
// number sits between markers, <!--n:KEY-->29<!--/n-->, where KEY is exercise.scenario.metric; the
// numbers come from guide-numbers.json, which `npm run guide-numbers` writes by running every exercise.

import type { MetricId } from '../experiment/index.js';

/** One exercise of the guide: the command participants type, and what it runs. */
export interface GuideExercise {
  /** Short key used in the guide's markers, e.g. 'shock'. */
  readonly id: string;
  /** Scenario files, relative to the repository, in the order the command gives them. */
  readonly files: readonly string[];
  /** `--set` overrides (path=value), applied to every scenario. */
  readonly sets: readonly string[];
  readonly years: number;
  readonly replications: number;
  readonly seed: string;
  /** The metric ids the guide quotes for every scenario of the exercise. */
  readonly metrics: readonly MetricId[];
}

/** The seed of every exercise, so every room gets the same numbers. */
export const GUIDE_SEED = '1';

const TEACHING = 'scenarios/teaching';
const Y2022 = 'scenarios/solihull-2022.yaml';
const Y2024 = 'scenarios/solihull-2024.yaml';

/** The exercises in session order. */
export const GUIDE_EXERCISES: readonly GuideExercise[] = [
  {
    id: 'years', files: [Y2022, Y2024], sets: [], years: 1, replications: 5, seed: GUIDE_SEED,
    metrics: ['unallocatedMean', 'referralToAssessment.withinTarget', 'referralToAllocation.p90', 'caseworkUtilisation', 'slotsUsed', 'workerChangesMean', 'unallocatedRising'],
  },
  {
    id: 'shock', files: [Y2022, `${TEACHING}/turnover-shock.yaml`], sets: [], years: 1, replications: 5, seed: GUIDE_SEED,
    metrics: ['unallocatedMean', 'heldOnDutyMean', 'workerChangesMean', 'referralToAssessment.withinTarget', 'leaversPerYear', 'unallocatedRising'],
  },
  {
    id: 'churn', files: [Y2022, `${TEACHING}/agency-churn.yaml`, `${TEACHING}/recruitment-drive.yaml`], sets: [], years: 1, replications: 5, seed: GUIDE_SEED,
    metrics: ['workerChangesMean', 'leaversPerYear', 'vacancyRate', 'unallocatedMean', 'referralToAssessment.withinTarget'],
  },
  {
    id: 'caps', files: [Y2022, `${TEACHING}/lower-caps.yaml`], sets: [], years: 1, replications: 5, seed: GUIDE_SEED,
    metrics: ['caseloadMean', 'allocationToSeenNeed.withinTarget', 'unallocatedMean', 'referralToAllocation.p90', 'strategyToConference.withinTarget'],
  },
  {
    id: 'order', files: [Y2022, `${TEACHING}/risk-prioritised.yaml`], sets: ['workforce.caseloadCap=12'], years: 1, replications: 5, seed: GUIDE_SEED,
    metrics: ['strategyToConference.withinTarget', 'highRiskUnseenDaysPerYear', 'unallocatedMean'],
  },
  {
    id: 'burnout', files: [Y2022, `${TEACHING}/burnout-loop.yaml`], sets: [], years: 3, replications: 5, seed: GUIDE_SEED,
    metrics: ['unallocatedMean', 'workerChangesMean', 'permanentTurnoverRate', 'caseloadMean', 'unallocatedRising'],
  },
  {
    id: 'linking', files: [Y2022, `${TEACHING}/better-linking.yaml`], sets: [], years: 1, replications: 5, seed: GUIDE_SEED,
    metrics: ['missedChancesPerYear', 'missedChancesNeverReferredPerYear', 'referralsPerYear', 'referralToAssessment.withinTarget'],
  },
  {
    id: 'hubs', files: [Y2024, `${TEACHING}/family-hubs.yaml`], sets: [], years: 1, replications: 5, seed: GUIDE_SEED,
    metrics: ['contactToDecision.withinTarget', 'referralsPerYear', 'missedChancesPerYear'],
  },
];

/** The one-line command of an exercise, exactly as the guide prints it. */
export function exerciseCommand(exercise: GuideExercise): string {
  const sets = exercise.sets.map((s) => ` --set ${s}`).join('');
  return `npx frontdoor compare ${exercise.files.join(' ')}${sets} --replications ${exercise.replications} --years ${exercise.years} --seed ${exercise.seed} --force`;
}

/** Per exercise, per scenario (by position), per metric: the value of each replication (NaN kept as null). */
export interface GuideNumbers {
  readonly exercises: Record<string, { readonly command: string; readonly scenarios: readonly string[]; readonly values: readonly Record<string, readonly (number | null)[]>[] }>;
}

const PERCENT: ReadonlySet<string> = new Set<MetricId>(['vacancyRate', 'permanentTurnoverRate', 'caseworkUtilisation', 'screenerUtilisation', 'slotsUsed', 'agencyShare', 'heldOnDutyShare']);
const TWO_DECIMALS: ReadonlySet<string> = new Set<MetricId>(['workerChangesMean']);
const ONE_DECIMAL: ReadonlySet<string> = new Set<MetricId>(['caseloadMean']);
/** Metrics that are 0 or 1 per replication: quoted as a count of replications ("3 of 5"). */
const COUNTS = new Set(['unallocatedRising', 'unallocatedOverwhelmed', 'caseloadMeanRising', 'screeningQueueRising']);

/**
 * A metric's replications as the guide quotes them: shares as whole percentages, counts of
 * replications as "k of n", changes of worker to 2 decimals, caseloads to 1, and everything else
 * rounded to a whole number (with a thousands comma). '–' when no replication has a value.
 */
export function formatGuideNumber(metric: string, values: readonly (number | null)[]): string {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return '–';
  if (COUNTS.has(metric)) return `${present.filter((v) => v > 0).length} of ${values.length}`;
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  if (metric.endsWith('.withinTarget') || PERCENT.has(metric)) return `${Math.round(mean * 100)}%`;
  if (TWO_DECIMALS.has(metric)) return mean.toFixed(2);
  if (ONE_DECIMAL.has(metric)) return mean.toFixed(1);
  return Math.round(mean).toLocaleString('en-GB');
}

/** The markers of quoted numbers: <!--n:exercise.scenarioIndex.metric-->text<!--/n-->. */
const MARKER = /<!--n:([a-z]+)\.(\d+)\.([A-Za-z0-9.]+)-->([^<]*)<!--\/n-->/g;

/** Every quoted number in the guide with its key and its text. */
export function guideMarkers(guide: string): { exercise: string; scenario: number; metric: string; text: string }[] {
  return [...guide.matchAll(MARKER)].map((m) => ({ exercise: m[1] ?? '', scenario: Number(m[2]), metric: m[3] ?? '', text: m[4] ?? '' }));
}

/** The value a marker should show, or undefined when guide-numbers.json has no such exercise, scenario or metric. */
export function expectedText(numbers: GuideNumbers, exercise: string, scenario: number, metric: string): string | undefined {
  const values = numbers.exercises[exercise]?.values[scenario]?.[metric];
  return values === undefined ? undefined : formatGuideNumber(metric, values);
}

/**
 * The guide with every marked number replaced by its value from `numbers`. Throws naming every
 * marker whose key has no values (a typo in the guide or an exercise that no longer quotes that metric).
 */
export function fillGuide(guide: string, numbers: GuideNumbers): string {
  const unknown: string[] = [];
  const filled = guide.replace(MARKER, (whole, exercise: string, scenario: string, metric: string) => {
    const text = expectedText(numbers, exercise, Number(scenario), metric);
    if (text === undefined) {
      unknown.push(`${exercise}.${scenario}.${metric}`);
      return whole;
    }
    return `<!--n:${exercise}.${scenario}.${metric}-->${text}<!--/n-->`;
  });
  if (unknown.length > 0) throw new RangeError(`fillGuide: no numbers for ${unknown.join(', ')}: add the metric to the exercise in src/bench/guideExercises.ts or fix the marker`);
  return filled;
}
