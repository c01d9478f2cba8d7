import type { ExperimentSummary, ScenarioSummary } from '../experiment/index.js';

/** How many of the scenario's replications ran away: their queue of new referrals kept rising. */
export function ranAwayCount(s: ScenarioSummary): number {
  return s.runaway.queueRising;
}

function settlingWords(s: ScenarioSummary): string {
  const settling = s.settling;
  if (settling === undefined) return '';
  const cuts = settling.measures.map((m) => `${m.label} ${Math.round(m.truncationDays)}${m.reliable ? '' : ' (not settled within the run)'}`).join(', ');
  return settling.sufficient
    ? `the ${settling.warmupDays}-day warm-up is long enough (MSER-5, days until each measure settles: ${cuts})`
    : `the ${settling.warmupDays}-day warm-up may be too short (MSER-5, days until each measure settles: ${cuts})`;
}

/** Per scenario, one line saying whether it settled: the warm-up analysis and how many replications ran away, with the spread when any did. */
export function steadyStateLines(summary: ExperimentSummary): string[] {
  return summary.scenarios.map((s) => {
    const r = s.runaway;
    const away = ranAwayCount(s);
    const settling = settlingWords(s);
    const screening = r.screeningRising === 0 ? '' : ` The screening queue kept rising in ${r.screeningRising} of ${r.replications} replications: the front-door screeners do not keep up.`;
    const overwhelmed = (r.queueOverwhelmed === 0 ? '' : ` In ${r.queueOverwhelmed} of ${r.replications} replications the queue held four weeks of arrivals or more on average: overwhelmed even where it does not rise.`) + screening;
    if (away === 0) {
      return `${s.name}: ${screening === '' ? 'settles' : 'allocation settles'}; the queue of new referrals kept rising in none of ${r.replications} replications${settling === '' ? '' : `; ${settling}`}.${overwhelmed}`;
    }
    const waiting = s.metrics.find((m) => m.id === 'unallocatedMean')?.interval;
    const spread = waiting === undefined ? '' : ` New referrals waiting ranged from ${Math.round(waiting.p05)} to ${Math.round(waiting.p95)} across replications (5th–95th percentile), so read the spread, not only the mean.`;
    return `${s.name}: does not settle in ${away} of ${r.replications} replications (the queue of new referrals kept rising): ` +
      `the means mix settled and runaway replications.${spread}${overwhelmed}${settling === '' ? '' : ` Also: ${settling}.`}`;
  });
}

/** The resources whose use against their ceiling says how close a scenario runs to the cliff, as metric ids and words. */
export const CAPACITY_RESOURCES = [
  { id: 'slotsUsed', words: 'case-holding slots' },
  { id: 'screenerUtilisation', words: 'screener hours' },
  { id: 'caseworkUtilisation', words: 'casework hours' },
] as const;

/** The share of its ceiling at which a resource counts as near its limit. */
export const NEAR_LIMIT = 0.95;

/**
 * Per scenario, one line on how close it sits to the capacity cliff: the mean utilisation of
 * each resource against its ceiling, which one binds, and the command that searches the margins.
 */
export function headroomLines(summary: ExperimentSummary): string[] {
  const lines = summary.scenarios.map((s) => {
    const used = CAPACITY_RESOURCES.map((r) => ({ ...r, value: s.metrics.find((m) => m.id === r.id)?.interval.mean }))
      .filter((r): r is typeof r & { value: number } => r.value !== undefined && Number.isFinite(r.value));
    if (used.length === 0) return `${s.name}: utilisation not measured.`;
    const figures = used.map((r) => `${r.words} ${Math.round(100 * r.value)}%`).join(', ');
    const top = used.reduce((a, b) => (b.value > a.value ? b : a));
    const verdict = top.value >= NEAR_LIMIT
      ? `at its limit on ${top.words}: a small loss of posts or rise in demand moves the queue`
      : `most used: ${top.words}`;
    return `${s.name} capacity used: ${figures}; ${verdict}.`;
  });
  return [...lines, 'npx frontdoor headroom <scenario file> finds the fewest posts and the largest demand at which the queue still settles.'];
}
