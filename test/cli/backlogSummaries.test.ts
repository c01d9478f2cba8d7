import { describe, expect, it } from 'vitest';
import { backlogSummaries } from '../../src/cli/backlogSummaries.js';
import type { ExperimentRaw } from '../../src/experiment/index.js';
import { backlogWarnings } from '../../src/model/index.js';
import type { TimeSeries } from '../../src/model/index.js';

// The model's own wording of its backlog warnings (src/model backlogWarnings), as a sweep printed them.
const HELD = 'The queue of new referrals waiting for a first allocation held about 472 children on average, 9.5 weeks of arrivals at 50 a week (by Little\'s law, an average wait of about 9.5 weeks): the case-holding social workers are overwhelmed, and the queue stays that long only because work is cut short or taken above the cap.';
const rising = (from: number, to: number, rate: string, percent: number): string =>
  `The queue of new referrals waiting for a first allocation kept rising through the measured period (from about ${from} to ${to} children; trend test p < 0.01): demand outruns the case-holding social workers by about ${rate} a week (${percent}% of the 49 a week arriving), so waits are dominated by a growing backlog.`;

/** Three replications of one scenario with the given warnings each (only what backlogSummaries reads). */
function raw(warnings: string[][]): ExperimentRaw {
  return {
    scenarios: [{ name: 's' }],
    records: warnings.map((w, replication) => ({ scenario: 's', replication, warnings: w })),
  } as unknown as ExperimentRaw;
}

describe('backlogSummaries', () => {
  it('says one line per queue, counting each replication once, with how many held a long queue and how many rose', () => {
    const lines = backlogSummaries(raw([[HELD], [rising(65, 231, '1 children', 2)], [rising(60, 200, '1.2 children', 2)]]));
    expect(lines).toEqual([
      'warning: s: the front door is overwhelmed: demand outruns capacity at the queue of new referrals waiting for a first allocation in 3 of 3 replications ' +
        '(in 1 the queue holds about 9.5 weeks of arrivals; in 2 it rises by about 1 child a week, 2% of arrivals). ' +
        'Waits measured past that queue describe only the work that got through; read the details below.',
    ]);
  });

  it('calls a queue that only crept up (under 0.5% of arrivals a week) near capacity, not overwhelmed', () => {
    const [line] = backlogSummaries(raw([[], [rising(0, 4, '0.1 children', 0)], []]));
    expect(line).toBe('warning: s: near capacity: the queue of new referrals waiting for a first allocation crept up in 1 of 3 replications ' +
      '(by about 0.1 children a week, under 0.5% of arrivals). More replications or a longer run would tell whether it settles; read the details below.');
    // One replication rising faster makes it overwhelmed again.
    expect(backlogSummaries(raw([[rising(3, 54, '0.5 children', 1)], [rising(0, 4, '0.1 children', 0)], []]))[0]).toMatch(/overwhelmed.* in 2 of 3 replications \(by about 0\.5 children a week, 1% of arrivals\)/);
  });

  it('says nothing when no replication warned of a backlog', () => {
    expect(backlogSummaries(raw([['Some other warning.'], [], []]))).toEqual([]);
  });

  it('reads the model\'s own warnings: a screening queue creeping up (contacts) is near capacity, an allocation queue running away is overwhelmed', () => {
    const weeks = 156;
    const line = (from: number, to: number) => Array.from({ length: weeks }, (_, w) => from + ((to - from) * w) / (weeks - 1));
    const series = { time: line(0, weeks - 1), unallocated: line(0, 500), screeningQueue: line(13, 77) } as unknown as TimeSeries;
    const warnings = backlogWarnings(series, { unallocated: 50, screeningQueue: 300 });
    expect(warnings).toHaveLength(2);
    const lines = backlogSummaries(raw([warnings, [], []]));
    expect(lines.find((l) => l.includes('contacts waiting for screening'))).toMatch(/near capacity: the queue of contacts waiting for screening crept up in 1 of 3 replications \(by about 0\.4 contacts a week, under 0\.5% of arrivals\)/);
    expect(lines.find((l) => l.includes('first allocation'))).toMatch(/the front door is overwhelmed: .* in 1 of 3 replications \(by about 3 children a week, 6% of arrivals\)/);
  });
});
