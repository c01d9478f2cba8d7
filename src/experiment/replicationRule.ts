import { summarizeReplications } from '../stats/index.js';
import { METRICS } from '../model/index.js';
import type { MetricId } from '../model/index.js';
import type { ReplicationRecord } from './types.js';

/** The sequential rule for `--replications auto`: its precision, bounds and look-ahead. */
export interface ReplicationRule {
  /** Largest accepted relative half-width of the 95% interval of every headline measure (0.05 = ±5% of its mean). */
  precision: number;
  /** Replications run before the rule is first checked. */
  minReplications: number;
  /** The rule stops here even if the precision is not reached. */
  maxReplications: number;
  /** Hoad, Robinson and Davies's kLimit: the precision must still hold this many replications later. */
  lookAhead: number;
}

/** The default rule: ±5% at 95% confidence, 10 to 200 replications, a look-ahead of 5 (Hoad, Robinson and Davies's recommended kLimit). */
export const DEFAULT_REPLICATION_RULE: ReplicationRule = { precision: 0.05, minReplications: 10, maxReplications: 200, lookAhead: 5 };

/**
 * Per unit, the scale below which a precision relative to the mean stops making sense: a measure
 * whose mean is smaller is judged against this instead (with ±5%, half a child, half a working day
 * or half a percentage point). Without it, a measure near 0, such as children held on duty in a
 * well-staffed scenario, never reaches a relative precision and every run goes to the maximum.
 */
export const PRECISION_FLOORS: Readonly<Partial<Record<string, number>>> = { children: 10, 'children per year': 10, 'working days': 10, share: 0.1 };

/** How the rule works, as text for run.json and the README. */
export const REPLICATION_RULE_METHOD: string =
  'confidence-interval method with look-ahead (Hoad, Robinson and Davies 2010, Journal of the Operational Research Society 61(11):1632–1644): ' +
  'after each replication n (n >= the minimum), the 95% Student-t interval of every headline measure of every scenario is computed from ' +
  'replications 0..n-1; n is the solution when every half-width is at most the precision times |mean|, or times a floor when |mean| is below it ' +
  '(10 children, 10 children a year, 10 working days, 10 percentage points; a measure with zero half-width counts as met) ' +
  'at n and at each of the next k(n) replications, where k(n) = lookAhead for n <= 100 and floor(lookAhead·n/100) above; the experiment keeps ' +
  'n + k(n) replications (all the rule looked at), or the maximum when the precision is not reached by then';

/** What the rule decided, as run.json records it. */
export interface ReplicationRuleOutcome {
  rule: ReplicationRule;
  method: string;
  /** Whether every headline measure reached the precision. */
  met: boolean;
  /** The solution n of the rule (undefined when it was not met). */
  solution?: number;
  /** Replications kept per scenario: solution + look-ahead, or the maximum. */
  replications: number;
  /** Replications run per scenario (the last batch may have run past the answer; those are dropped). */
  replicationsRun: number;
  /** Per unit, the floor a mean below it is judged against instead (PRECISION_FLOORS). */
  floors: Readonly<Partial<Record<string, number>>>;
  /**
   * The measure furthest from the precision at the kept replications: its 95% half-width, the
   * half-width the precision allows it (precision × max(|mean|, floor)), and the half-width relative to its mean.
   */
  widest: RuleWidest | undefined;
}

/** The measure furthest from the precision (see ReplicationRuleOutcome.widest). */
export interface RuleWidest {
  scenario: string;
  metric: MetricId;
  halfWidth: number;
  allowedHalfWidth: number;
  relativeHalfWidth: number;
}

/** The headline metric ids: the measures the rule watches. */
export const HEADLINE_METRICS: readonly MetricId[] = METRICS.filter((m) => m.headline).map((m) => m.id);

/** k(n): the look-ahead after a candidate solution n. */
export function lookAheadAt(rule: ReplicationRule, n: number): number {
  return n <= 100 ? rule.lookAhead : Math.floor((rule.lookAhead * n) / 100);
}

/** Throws RangeError naming the field unless the rule is usable: 0 < precision, 2 <= min <= max, integer look-ahead >= 0. */
export function checkReplicationRule(rule: ReplicationRule): void {
  if (!(rule.precision > 0) || !Number.isFinite(rule.precision)) throw new RangeError(`replication rule: precision must be a number above 0, got ${String(rule.precision)}`);
  if (!Number.isSafeInteger(rule.minReplications) || rule.minReplications < 2) {
    throw new RangeError(`replication rule: minReplications must be an integer >= 2, got ${String(rule.minReplications)}`);
  }
  if (!Number.isSafeInteger(rule.maxReplications) || rule.maxReplications < rule.minReplications) {
    throw new RangeError(`replication rule: maxReplications must be an integer >= minReplications (${rule.minReplications}), got ${String(rule.maxReplications)}`);
  }
  if (!Number.isSafeInteger(rule.lookAhead) || rule.lookAhead < 0) throw new RangeError(`replication rule: lookAhead must be an integer >= 0, got ${String(rule.lookAhead)}`);
}

/**
 * Values of each watched measure by replication index, per scenario and metric: rows[k][r] is the
 * value of series k in replication r, or undefined where the replication has no finite value.
 */
function seriesOf(records: readonly ReplicationRecord[], metrics: readonly MetricId[]): { scenario: string; metric: MetricId; values: (number | undefined)[] }[] {
  const byKey = new Map<string, { scenario: string; metric: MetricId; values: (number | undefined)[] }>();
  for (const record of records) {
    for (const id of metrics) {
      const key = `${record.scenario}\u0000${id}`;
      let series = byKey.get(key);
      if (series === undefined) byKey.set(key, (series = { scenario: record.scenario, metric: id, values: [] }));
      const v = record.metrics.scalars[id];
      series.values[record.replication] = v !== undefined && Number.isFinite(v) ? v : undefined;
    }
  }
  return [...byKey.values()];
}

/**
 * The 95% interval of the finite values among the first n: its half-width relative to |mean|
 * (Infinity at a zero mean beside a spread), and that half-width as a share of what the precision
 * allows, precision × max(|mean|, floor) (met at 1 or less). Both are 0 when the half-width is 0,
 * and Infinity with fewer than 2 values.
 */
function halfWidthAt(values: readonly (number | undefined)[], n: number, precision: number, floor: number): { halfWidth: number; allowed: number; relative: number; ofAllowed: number } {
  const kept: number[] = [];
  for (let r = 0; r < n; r++) {
    const v = values[r];
    if (v !== undefined) kept.push(v);
  }
  const interval = summarizeReplications(kept);
  if (interval === undefined || !interval.ciAvailable) return { halfWidth: Infinity, allowed: 0, relative: Infinity, ofAllowed: Infinity };
  const halfWidth = (interval.ciHigh - interval.ciLow) / 2;
  const allowed = precision * Math.max(Math.abs(interval.mean), floor);
  if (halfWidth === 0) return { halfWidth, allowed, relative: 0, ofAllowed: 0 };
  return { halfWidth, allowed, relative: interval.mean === 0 ? Infinity : halfWidth / Math.abs(interval.mean), ofAllowed: allowed === 0 ? Infinity : halfWidth / allowed };
}

/**
 * Applies the rule to the replications run so far (records of indices 0..available-1 of every
 * scenario). Returns the outcome when it is decided (met, or the maximum reached), or undefined
 * when more replications are needed. The answer depends only on the values in replication order,
 * never on how they were batched or on the number of worker threads.
 */
export function decideReplications(
  records: readonly ReplicationRecord[], available: number, rule: ReplicationRule, metrics: readonly MetricId[] = HEADLINE_METRICS,
): ReplicationRuleOutcome | undefined {
  const series = seriesOf(records, metrics);
  const floorOf = (id: MetricId) => PRECISION_FLOORS[METRICS.find((m) => m.id === id)?.unit ?? ''] ?? 0;
  // The measure furthest from its allowed half-width; the rule is met at n when it is within it.
  const worst = (n: number) => {
    let widest: (RuleWidest & { ofAllowed: number }) | undefined;
    for (const s of series) {
      const w = halfWidthAt(s.values, n, rule.precision, floorOf(s.metric));
      if (widest === undefined || w.ofAllowed > widest.ofAllowed) {
        widest = { scenario: s.scenario, metric: s.metric, halfWidth: w.halfWidth, allowedHalfWidth: w.allowed, relativeHalfWidth: w.relative, ofAllowed: w.ofAllowed };
      }
    }
    return widest;
  };
  const metAt = (n: number) => (worst(n)?.ofAllowed ?? 0) <= 1;
  const widestAt = (n: number): RuleWidest | undefined => {
    const w = worst(n);
    if (w === undefined) return undefined;
    const { ofAllowed: _, ...widest } = w;
    return widest;
  };
  const outcome = (met: boolean, replications: number, solution?: number): ReplicationRuleOutcome => ({
    rule: { ...rule }, method: REPLICATION_RULE_METHOD, floors: { ...PRECISION_FLOORS }, met, ...(solution === undefined ? {} : { solution }),
    replications, replicationsRun: available, widest: widestAt(replications),
  });
  for (let n = rule.minReplications; n <= Math.min(available, rule.maxReplications); n++) {
    if (!metAt(n)) continue;
    const end = n + lookAheadAt(rule, n);
    // Every later candidate needs as many replications again: only the maximum can settle it.
    if (end > rule.maxReplications) return available >= rule.maxReplications ? outcome(false, rule.maxReplications) : undefined;
    let held = true;
    for (let m = n + 1; m <= end; m++) {
      if (m > available) return undefined;
      if (!metAt(m)) {
        held = false;
        break;
      }
    }
    if (held) return outcome(true, end, n);
  }
  return available >= rule.maxReplications ? outcome(false, rule.maxReplications) : undefined;
}
