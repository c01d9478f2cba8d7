import type { Scenario } from '../scenario/schema.js';
import { runExperiment } from './runExperiment.js';
import type { LoadedScenario, ReplicationRecord } from './types.js';

/** How the headroom search runs. */
export interface HeadroomOptions {
  seed: string;
  /** Replications per probe (the same indices, so every probe sees the same children and staffing draws). */
  replications: number;
  jobs: number;
  /** A configuration settles when at most this share of its replications run away (default 0.1). */
  maxRunawayShare?: number;
  signal?: AbortSignal;
  /** Called after each probe. */
  onProbe?: (probe: HeadroomProbe & { dimension: 'posts' | 'demand' }) => void;
}

/** One configuration tried: the value, and how many of its replications ran away. */
export interface HeadroomProbe {
  value: number;
  runaway: number;
  replications: number;
  settles: boolean;
}

/** The distance to the cliff along one dimension. */
export interface HeadroomDimension {
  current: number;
  /** The last value at which the queue still settles (fewest posts; largest demand multiplier); undefined if none in range. */
  limit: number | undefined;
  /** Whether the current configuration itself settles. */
  currentSettles: boolean;
  probes: HeadroomProbe[];
}

/** The headroom of one scenario. */
export interface HeadroomResult {
  scenario: string;
  rule: string;
  posts: HeadroomDimension;
  demand: HeadroomDimension;
}

/** A replication runs away when its queue of new referrals keeps rising through the measured window (trend test). */
export function ranAway(record: ReplicationRecord): boolean {
  return record.metrics.scalars.unallocatedRising === 1;
}

/** The search's rule in words, for the output and the run record. */
export function headroomRule(maxRunawayShare: number, replications: number): string {
  return `A configuration settles when at most ${Math.round(maxRunawayShare * 100)}% of ${replications} replications run away ` +
    '(their queue of new referrals keeps rising through the measured period, by the trend test). Every configuration ' +
    'runs the same replication indices and seed (common random numbers); posts are searched in whole posts, demand (children ' +
    'coming to notice for the first time) in steps of 1%, by bisection, assuming more posts and less demand never make it worse.';
}

/** Runs one configuration. */
export type Probe = (value: number) => Promise<HeadroomProbe>;

/** The smallest integer in [lo, hi] that settles, given that hi settles and settling is monotone. */
async function bisectDown(probe: Probe, lo: number, hi: number): Promise<number> {
  let bad = lo;
  let good = hi;
  while (good - bad > 1) {
    const mid = Math.floor((bad + good) / 2);
    if ((await probe(mid)).settles) good = mid;
    else bad = mid;
  }
  return good;
}

/** Searches the fewest posts at which `probe` settles, from the current establishment (down, or up when it does not settle). */
export async function searchPosts(probe: Probe, current: number): Promise<HeadroomDimension> {
  const probes: HeadroomProbe[] = [];
  const record: Probe = async (v) => {
    const p = await probe(v);
    probes.push(p);
    return p;
  };
  const here = await record(current);
  if (!here.settles) {
    // Past the cliff: find how many posts it takes to settle (up to three times the establishment).
    let hi = current;
    let lo = current;
    while (hi < current * 3) {
      lo = hi;
      hi = Math.ceil(hi * 1.15) + 1;
      if ((await record(hi)).settles) return { current, currentSettles: false, limit: await bisectDown(record, lo, hi), probes: sorted(probes) };
    }
    return { current, currentSettles: false, limit: undefined, probes: sorted(probes) };
  }
  // Step down until the queue runs away, then bisect.
  let hi = current;
  for (;;) {
    const next = Math.max(1, Math.floor(hi * 0.9));
    if (next === hi) return { current, currentSettles: true, limit: hi, probes: sorted(probes) };
    if (!(await record(next)).settles) return { current, currentSettles: true, limit: await bisectDown(record, next, hi), probes: sorted(probes) };
    hi = next;
  }
}

/** Searches the largest demand increase, in whole percent up to 100, at which `probe` settles. */
export async function searchDemand(probe: Probe): Promise<HeadroomDimension> {
  const probes: HeadroomProbe[] = [];
  const record: Probe = async (percent) => {
    const p = await probe(percent);
    probes.push(p);
    return p;
  };
  const here = await record(0);
  if (!here.settles) return { current: 0, currentSettles: false, limit: undefined, probes };
  // Step up in 10% steps (to +100%) until the queue runs away, then bisect to 1%.
  let good = 0;
  for (let step = 10; step <= 100; step += 10) {
    if (!(await record(step)).settles) {
      let bad = step;
      while (bad - good > 1) {
        const mid = Math.floor((good + bad) / 2);
        if ((await record(mid)).settles) good = mid;
        else bad = mid;
      }
      return { current: 0, currentSettles: true, limit: good, probes: sorted(probes) };
    }
    good = step;
  }
  return { current: 0, currentSettles: true, limit: good, probes: sorted(probes) };
}

function sorted(probes: HeadroomProbe[]): HeadroomProbe[] {
  return [...probes].sort((a, b) => a.value - b.value);
}

/**
 * The distance to the cliff: the fewest posts and the largest increase in demand (new children a
 * year, in percent) at which the scenario's queue of new referrals still settles, by bisection over
 * configurations that each run the same replications (common random numbers).
 */
export async function findHeadroom(loaded: LoadedScenario, options: HeadroomOptions): Promise<HeadroomResult> {
  const maxShare = options.maxRunawayShare ?? 0.1;
  const run = async (dimension: 'posts' | 'demand', value: number, scenario: Scenario): Promise<HeadroomProbe> => {
    const raw = await runExperiment([{ ...loaded, name: `${loaded.name}-${dimension}-${value}`, scenario }], {
      seed: options.seed, replications: options.replications, jobs: options.jobs, sampleReplications: 0,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const runaway = raw.records.filter(ranAway).length;
    const probe = { value, runaway, replications: raw.records.length, settles: runaway <= maxShare * raw.records.length };
    options.onProbe?.({ ...probe, dimension });
    return probe;
  };
  const base = loaded.scenario;
  const posts = await searchPosts((p) => run('posts', p, { ...base, workforce: { ...base.workforce, posts: p } }), base.workforce.posts);
  const demand = await searchDemand((percent) => run('demand', percent, {
    ...base, demand: { ...base.demand, childrenPerYear: base.demand.childrenPerYear * (1 + percent / 100) },
  }));
  return { scenario: loaded.name, rule: headroomRule(maxShare, options.replications), posts, demand };
}
