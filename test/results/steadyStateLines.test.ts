import { describe, expect, it } from 'vitest';
import { steadyStateLines } from '../../src/results/index.js';
import type { ExperimentSummary } from '../../src/experiment/index.js';

/** A one-scenario summary with the given runaway counts out of 10 replications. */
function summaryWith(runaway: { queueRising?: number; queueOverwhelmed?: number; screeningRising?: number }): ExperimentSummary {
  const counts = { replications: 10, queueRising: 0, queueOverwhelmed: 0, caseloadRising: 0, screeningRising: 0, ...runaway };
  return { scenarios: [{ name: 's', metrics: [{ id: 'unallocatedMean', interval: { mean: 50, p05: 5, p95: 120 } }], runaway: counts }] } as unknown as ExperimentSummary;
}

describe('steadyStateLines', () => {
  it('says a scenario settles when no queue kept rising', () => {
    expect(steadyStateLines(summaryWith({}))[0]).toMatch(/^s: settles; the queue of new referrals kept rising in none of 10 replications\.$/);
  });

  it('does not call a scenario settled when its screening queue kept rising', () => {
    const [line] = steadyStateLines(summaryWith({ screeningRising: 3 }));
    expect(line).toMatch(/^s: allocation settles;/);
    expect(line).toMatch(/screening queue kept rising in 3 of 10 replications/);
  });

  it('reports runaway replications with the spread of the queue across replications', () => {
    const [line] = steadyStateLines(summaryWith({ queueRising: 4 }));
    expect(line).toMatch(/does not settle in 4 of 10 replications/);
    expect(line).toMatch(/ranged from 5 to 120/);
  });
});
