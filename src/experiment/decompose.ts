import { METRICS } from '../model/index.js';
import type { MetricDefinition, MetricId } from '../model/index.js';
import type { Scenario } from '../scenario/schema.js';
import { summarizeReplications } from '../stats/index.js';
import type { Interval } from '../stats/index.js';
import { cumulativePath, fullSubset, groupsIn, shapleyWeight, subsetSize } from './decomposeDesign.js';
import type { Subset } from './decomposeDesign.js';
import type { DecompositionGroup } from './decomposeVariants.js';
import { metricValues } from './metricValues.js';
import { runExperiment } from './runExperiment.js';
import type { LoadedScenario, ReplicationRecord } from './types.js';

/** What a decomposition runs: the first scenario, its groups of changes, and each configuration to run. */
export interface DecompositionPlan {
  from: LoadedScenario;
  groups: DecompositionGroup[];
  /** Group indices in the order of the cumulative path. */
  order: number[];
  shapley: boolean;
  /** Each configuration and its scenario (the first with that subset of groups applied), 0 and the full set included. */
  variants: { subset: Subset; scenario: Scenario }[];
}

/** How to run a decomposition. */
export interface DecompositionOptions {
  seed: string;
  replications: number;
  jobs: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** The replication records of every configuration, by subset. */
export interface DecompositionRaw {
  seed: string;
  replications: number;
  records: Map<Subset, ReplicationRecord[]>;
}

/** One group's effects on one metric (second minus first, in the metric's unit), each a paired 95% interval across replications. */
export interface GroupEffect {
  group: number;
  name: string;
  /** The group alone applied to the first scenario, minus the first scenario. */
  alone: Interval | undefined;
  /** The second scenario minus the second without this group (all but this group). */
  allBut: Interval | undefined;
  /** Its step on the cumulative path: the path after it minus the path before it. */
  step: Interval | undefined;
  /** Its Shapley value: the step averaged over every order of the groups (with --shapley). */
  shapley: Interval | undefined;
}

/** A decomposition of one metric's difference between the two scenarios. */
export interface MetricDecomposition {
  metric: MetricDefinition;
  /** Replications with a value in every configuration (the pairs behind every interval). */
  replications: number;
  from: Interval | undefined;
  to: Interval | undefined;
  /** The second scenario minus the first. */
  total: Interval | undefined;
  /** The total minus the sum of the groups' effects alone: how much the groups interact. */
  interaction: Interval | undefined;
  groups: GroupEffect[];
  /** The level of the metric along the cumulative path: before any group, then after each group of the order. */
  path: { groups: string[]; level: Interval | undefined }[];
}

/**
 * Runs every configuration of the plan with the same seed and replication indices (common random
 * numbers: replication r of each configuration sees the same children and staffing draws), on
 * `jobs` worker threads, keeping no samples.
 */
export async function runDecomposition(plan: DecompositionPlan, options: DecompositionOptions): Promise<DecompositionRaw> {
  const named = plan.variants.map((v) => ({ ...plan.from, name: `${plan.from.name}+${v.subset}`, scenario: v.scenario }));
  const raw = await runExperiment(named, {
    seed: options.seed,
    replications: options.replications,
    jobs: options.jobs,
    sampleReplications: 0,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const records = new Map<Subset, ReplicationRecord[]>();
  plan.variants.forEach((v, i) => records.set(v.subset, raw.records.filter((r) => r.scenario === named[i]?.name)));
  return { seed: options.seed, replications: options.replications, records };
}

/**
 * Decomposes each metric's difference (second minus first scenario) into the groups' effects: alone,
 * all but each, the steps of the cumulative path in `plan.order`, and Shapley values when every subset
 * was run. Every effect is computed per replication and then summarized, so its interval is the paired
 * 95% t-interval; replications missing the metric in any configuration are left out of that metric.
 * Unknown metric ids throw a RangeError.
 */
export function summarizeDecomposition(plan: DecompositionPlan, raw: DecompositionRaw, metricIds: readonly MetricId[]): MetricDecomposition[] {
  const n = plan.groups.length;
  const full = fullSubset(n);
  const path = cumulativePath(plan.order);
  return metricIds.map((id) => {
    const metric = METRICS.find((m) => m.id === id);
    if (metric === undefined) throw new RangeError(`summarizeDecomposition: unknown metric "${id}"`);
    // 1. Each configuration's values by replication; keep the replications every configuration has.
    const bySubset = new Map<Subset, Map<number, number>>();
    for (const [subset, records] of raw.records) bySubset.set(subset, metricValues(records, id));
    const first = bySubset.get(0) ?? new Map<number, number>();
    const common = [...first.keys()].filter((r) => [...bySubset.values()].every((values) => values.has(r))).sort((a, b) => a - b);
    const value = (subset: Subset, r: number): number => {
      const v = bySubset.get(subset)?.get(r);
      if (v === undefined) throw new RangeError(`summarizeDecomposition: configuration ${subset} was not run`);
      return v;
    };
    const has = (subset: Subset) => bySubset.has(subset);
    const summarize = (f: (r: number) => number) => summarizeReplications(common.map(f));
    // 2. The contrasts, per replication, then summarized.
    // Alone and all-but effects only when every group's were run (--each), not where the path happens to pass.
    const alonesRun = plan.groups.every((_, g) => has(1 << g));
    const allButsRun = plan.groups.every((_, g) => has(full & ~(1 << g)));
    const groups: GroupEffect[] = plan.groups.map((group, g) => {
      const bit = 1 << g;
      const position = plan.order.indexOf(g);
      const before = path[position] ?? 0;
      const after = path[position + 1] ?? full;
      const shapleyRun = plan.shapley && [...Array(full + 1).keys()].every(has);
      return {
        group: g,
        name: group.name,
        alone: alonesRun ? summarize((r) => value(bit, r) - value(0, r)) : undefined,
        allBut: allButsRun ? summarize((r) => value(full, r) - value(full & ~bit, r)) : undefined,
        step: summarize((r) => value(after, r) - value(before, r)),
        shapley: shapleyRun ? summarize((r) => shapleyValue(g, n, (s) => value(s, r))) : undefined,
      };
    });
    return {
      metric: { ...metric },
      replications: common.length,
      from: summarize((r) => value(0, r)),
      to: summarize((r) => value(full, r)),
      total: summarize((r) => value(full, r) - value(0, r)),
      interaction: alonesRun
        ? summarize((r) => value(full, r) - value(0, r) - plan.groups.reduce((sum, _, g) => sum + value(1 << g, r) - value(0, r), 0))
        : undefined,
      groups,
      path: path.map((subset) => ({
        groups: groupsIn(subset, n).map((g) => plan.groups[g]?.name ?? String(g)).sort((a, b) => order(plan, a) - order(plan, b)),
        level: summarize((r) => value(subset, r)),
      })),
    };
  });
}

function order(plan: DecompositionPlan, name: string): number {
  return plan.order.indexOf(plan.groups.findIndex((g) => g.name === name));
}

/** Group g's Shapley value given the value of every subset: Σ over subsets S without g of weight(|S|) · (v(S ∪ g) − v(S)). */
export function shapleyValue(g: number, groupCount: number, v: (subset: Subset) => number): number {
  const bit = 1 << g;
  let total = 0;
  for (let s = 0; s < 2 ** groupCount; s++) {
    if ((s & bit) !== 0) continue;
    total += shapleyWeight(subsetSize(s), groupCount) * (v(s | bit) - v(s));
  }
  return total;
}
