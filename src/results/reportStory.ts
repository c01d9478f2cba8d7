import { VERDICT_LABELS, changeVerdict, formatNumber } from '../charts/index.js';
import type { ExperimentSummary, MetricId, ScenarioSummary } from '../experiment/index.js';
import { formatMean } from './formatEstimate.js';
import { CAPACITY_RESOURCES, ranAwayCount } from './steadyStateNote.js';

/** The metric the story opens on: the statutory assessment timescale, the measure inspections quote. */
const LEAD_METRIC: MetricId = 'referralToAssessment.withinTarget';

const mean = (s: ScenarioSummary, id: MetricId): number | undefined => s.metrics.find((m) => m.id === id)?.interval.mean;
const percent = (share: number | undefined): string => (share === undefined ? 'n/a' : `${formatNumber(share * 100, 0, false)}%`);

/** "a, b and c" */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function leadSentence(summary: ExperimentSummary): string {
  const first = summary.scenarios[0];
  const years = first === undefined ? 0 : (first.facts.endDay - first.facts.warmupEndDay) / 365;
  const window = first === undefined ? '' : ` (${first.facts.measuredStartDate} to ${first.facts.measuredEndDate})`;
  const shares = summary.scenarios.map((s) => `${s.name} ${percent(mean(s, LEAD_METRIC))}`);
  // As the headline table shows it (0.27, not 0: most of a scenario's weeks may have no queue).
  const waiting = summary.scenarios.map((s) => {
    const found = s.metrics.find((m) => m.id === 'unallocatedMean');
    return found === undefined ? 'n/a' : formatMean(found.interval, found.unit);
  });
  return `Measured over ${formatNumber(years, years % 1 === 0 ? 0 : 1, false)} year${years === 1 ? '' : 's'}${window} in ${summary.replications} replications: ` +
    `assessments completed within the statutory 45 working days, ${list(shares)}; ` +
    `new referrals waiting for a first allocation, on average ${list(waiting)}.`;
}

function changeSentence(summary: ExperimentSummary): string | undefined {
  if (summary.comparisons.length === 0) return undefined;
  const judged = summary.definitions.metrics.filter((m) => m.headline && m.better !== 'neither');
  const parts = summary.comparisons.map((c) => {
    const counts = { better: 0, worse: 0, unclear: 0 };
    const worse: string[] = [];
    for (const metric of judged) {
      const d = c.differences.find((x) => x.id === metric.id);
      if (d === undefined || metric.better === 'neither') continue;
      const verdict = d.interval.ciAvailable ? changeVerdict(d.interval, metric.better) : 'unclear';
      counts[verdict]++;
      if (verdict === 'worse') worse.push(metric.label);
    }
    const named = worse.length === 0 || worse.length > 2 ? '' : ` (${list(worse)})`;
    return `${c.comparison} against ${c.baseline}, ${counts.better} of ${judged.length} headline measures ${VERDICT_LABELS.better.toLowerCase()}, ${counts.worse} ${VERDICT_LABELS.worse.toLowerCase()}${named}, ${counts.unclear} with no clear change`;
  });
  return `Paired on the same children: ${parts.join('; ')}.`;
}

function settledWords(s: ScenarioSummary): string {
  const r = s.runaway;
  const away = ranAwayCount(s);
  const queue = away === 0 ? `yes (queue rising in 0 of ${r.replications} replications` : `no, in ${away} of ${r.replications} replications the queue of new referrals kept rising (`;
  const warmup = s.settling === undefined ? '' : s.settling.sufficient ? `${away === 0 ? '; ' : ''}warm-up long enough by MSER-5` : `${away === 0 ? '; ' : ''}warm-up of ${s.settling.warmupDays} days may be too short by MSER-5`;
  // As the terminal's steady-state lines: a screening queue that keeps rising means the scenario is not called settled.
  const screening = r.screeningRising === 0 ? '' : `; screening queue rising in ${r.screeningRising} of ${r.replications}`;
  const verdict = away === 0 && screening !== '' ? queue.replace(/^yes/, 'allocation yes') : queue;
  return `${s.name} ${verdict}${screening}${warmup})`.replace(' ()', '');
}

function loadWords(s: ScenarioSummary, first: boolean): string {
  return `${s.name} ${CAPACITY_RESOURCES.map((m, i) => `${percent(mean(s, m.id))}${first || i === 0 ? ` ${m.words} used` : ''}`).join(', ')}`;
}

/**
 * The three or four sentences report.html opens on: the lead measure and the queue per scenario; for
 * comparisons, how many headline measures changed which way; how settled each scenario is (runaway
 * replications and the warm-up analysis); and how close to the cliff it runs (utilisation), with the
 * command that measures the headroom (too slow to run for every report), naming `firstFile` when given.
 */
export function reportStory(summary: ExperimentSummary, firstFile?: string): string[] {
  const first = summary.scenarios[0]?.name ?? 'scenario';
  const file = firstFile ?? '<scenario file>';
  return [
    leadSentence(summary),
    changeSentence(summary),
    `Settled: ${summary.scenarios.map(settledWords).join('; ')}.`,
    `How close to the cliff (near 100% little slack is left and queues can stop settling): ${summary.scenarios.map((s, i) => loadWords(s, i === 0)).join('; ')}. ` +
      `For the headroom in posts and in demand, run \`npx frontdoor headroom ${file}\` (slow: it runs ${first} many times).`,
  ].filter((x): x is string => x !== undefined);
}
