import { describe, it, expect } from 'vitest';
import { SimulationError } from '../../src/engine/index.js';
import { modelCalendar, replicationMetrics, runReplication } from '../../src/model/index.js';
import { runChecked, scalar, scenarioFile } from './fixtures.js';

const scenario = scenarioFile('validation/golden.yaml', ['horizon.years=0.5', 'horizon.warmupDays=60']);

describe('runReplication with a cap on stored records', () => {
  const MAX = 150;
  const out = runChecked(scenario, { seed: 'limits', replication: 0, maxStoredRecords: MAX });

  it('keeps at most the cap of contacts and of journeys and counts the rest as dropped', () => {
    const full = runChecked(scenario, { seed: 'limits', replication: 0 });
    expect(out.contacts).toHaveLength(MAX);
    expect(out.journeys.length).toBeLessThanOrEqual(MAX);
    expect(out.droppedRecords).toBe(full.contacts.length - MAX + Math.max(0, full.journeys.length - MAX));
    expect(out.droppedRecords).toBeGreaterThan(0);
  });

  it('warns how many records were dropped and what the cap was', () => {
    expect(out.warnings.some((w) => w.includes(`${out.droppedRecords} records`) && w.includes(`cap ${MAX}`))).toBe(true);
  });

  it('still computes every metric from what was stored', () => {
    const metrics = replicationMetrics(out, modelCalendar(scenario));
    expect(Object.values(metrics.scalars).every(Number.isFinite)).toBe(true);
    expect(scalar(metrics, 'unallocatedMean')).toBeGreaterThanOrEqual(0);
    expect(metrics.delays.contactToDecision.survival.every((s) => s >= 0 && s <= 1)).toBe(true);
  });
});

describe('runReplication with a runaway guard', () => {
  it('throws a SimulationError naming the event limit once maxEvents events have run', () => {
    let error: unknown;
    try {
      runReplication(scenario, { seed: 'limits', replication: 0, maxEvents: 500 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect((error as SimulationError).message).toMatch(/maxEvents is 500/);
    expect((error as SimulationError).time).toBeGreaterThan(0);
  });

  it('runs to the end when the limit is not reached', () => {
    const out = runChecked(scenario, { seed: 'limits', replication: 0, maxEvents: 1_000_000 });
    expect(out.events).toBeLessThan(1_000_000);
  });
});
