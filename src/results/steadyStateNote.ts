import type { ExperimentSummary, ScenarioSummary } from '../experiment/index.js';

/** How many of the scenario's replications ran away: their queue of new referrals kept rising. */
export function ranAwayCount(s: ScenarioSummary): number {
  return s.runaway.queueRising;
}

function settlingWords(s: ScenarioSummary): string {
  const settling = s.settling;
  if (settling === undefined) return '';
  const cuts = settling.measures.map((m) => `${m.label} ${Math.round(m.truncationDays)} days${m.reliable ? '' : ' (not settled within the run)'}`).join(', ');
  return settling.sufficient
    ? `the ${settling.warmupDays}-day warm-up is long enough (MSER-5: ${cuts})`
    : `the ${settling.warmupDays}-day warm-up may be too short (MSER-5: ${cuts})`;
}

/** Per scenario, one line saying whether it settled: the warm-up analysis and how many replications ran away, with the spread when any did. */
export function steadyStateLines(summary: ExperimentSummary): string[] {
  return summary.scenarios.map((s) => {
    const r = s.runaway;
    const away = ranAwayCount(s);
    const settling = settlingWords(s);
    const overwhelmed = r.queueOverwhelmed === 0 ? '' : ` In ${r.queueOverwhelmed} of ${r.replications} replications the queue held four weeks of arrivals or more on average: overwhelmed even where it does not rise.`;
    if (away === 0) {
      return `${s.name}: settles; the queue of new referrals kept rising in none of ${r.replications} replications${settling === '' ? '' : `; ${settling}`}.${overwhelmed}`;
    }
    const waiting = s.metrics.find((m) => m.id === 'unallocatedMean')?.interval;
    const spread = waiting === undefined ? '' : ` New referrals waiting ranged from ${Math.round(waiting.p05)} to ${Math.round(waiting.p95)} across replications (5th–95th percentile), so read the spread, not only the mean.`;
    return `${s.name}: does not settle in ${away} of ${r.replications} replications (the queue of new referrals kept rising): ` +
      `the means mix settled and runaway replications.${spread}${overwhelmed}${settling === '' ? '' : ` Also: ${settling}.`}`;
  });
}
