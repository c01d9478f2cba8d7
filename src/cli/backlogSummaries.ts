import type { ExperimentRaw } from '../experiment/index.js';
import { MESSAGES } from './messages.js';

/** A backlog warning of the model: the queue it names, and the rate demand outruns capacity when the queue rose. */
const BACKLOG = /^The (queue of [^()]+?) (?:kept rising|held about)/;
const HELD = /([\d.]+) weeks of arrivals/;
const RATE = /outruns the [^()]+? by about ([\d.]+ \w+) a week(?: \((\d+)% of)?/;

/** "1 children" or "1 contacts", as the model words a rate, said in the singular. */
const perWeek = (amount: string): string => amount.replace(/^1 children$/, '1 child').replace(/^1 contacts$/, '1 contact');

/**
 * One line per scenario and queue that the model's backlog warnings (src/model backlogWarnings) name,
 * said plainly before the details: how many replications it held a long queue or kept rising in (one
 * replication counted once), with the first figure of each kind. A queue that only crept up, by under
 * 0.5% of arrivals a week in every replication that rose (the model's whole percent says 0%), is near
 * capacity rather than overwhelmed.
 */
export function backlogSummaries(raw: ExperimentRaw): string[] {
  const perScenario = raw.records.length / Math.max(1, raw.scenarios.length);
  const queues = new Map<string, { scenario: string; queue: string; replications: Set<number>; held: number; weeks?: string; rising: number; rate?: string; percents: number[] }>();
  for (const record of raw.records) {
    for (const text of record.warnings) {
      const backlog = BACKLOG.exec(text);
      if (backlog === null) continue;
      const queue = backlog[1] ?? 'front door';
      const key = `${record.scenario}\u0000${queue}`;
      const entry = queues.get(key) ?? { scenario: record.scenario, queue, replications: new Set<number>(), held: 0, rising: 0, percents: [] };
      queues.set(key, entry);
      entry.replications.add(record.replication);
      const rate = RATE.exec(text);
      const held = HELD.exec(text);
      if (rate !== null) {
        entry.rising++;
        entry.rate ??= perWeek(rate[1] ?? '');
        entry.percents.push(rate[2] === undefined ? Number.NaN : Number(rate[2]));
      } else if (held !== null) {
        entry.held++;
        entry.weeks ??= held[1] ?? '?';
      }
    }
  }
  return [...queues.values()].map((q) => {
    const count = q.replications.size;
    const share = (p: number) => (p < 1 ? 'under 0.5%' : `${p}%`);
    const rising = q.rate === undefined ? '' : `by about ${q.rate} a week${Number.isNaN(q.percents[0] ?? Number.NaN) ? '' : `, ${share(q.percents[0] ?? 0)} of arrivals`}`;
    if (q.held === 0 && q.percents.length > 0 && q.percents.every((p) => p < 1)) return MESSAGES.nearCapacity(q.scenario, q.queue, count, perScenario, rising);
    const parts = [
      ...(q.held > 0 ? [`${q.held === count ? '' : `in ${q.held} `}the queue holds about ${q.weeks ?? '?'} weeks of arrivals`] : []),
      ...(q.rising > 0 ? [`${q.rising === count ? '' : `in ${q.rising} it rises `}${rising}`] : []),
    ];
    return MESSAGES.overwhelmed(q.scenario, q.queue, count, perScenario, parts.join('; '));
  });
}
