import { describe, expect, it } from 'vitest';
import type { ExperimentSummary } from '../../src/experiment/index.js';
import { summaryJson } from '../../src/results/summaryJson.js';

// A hand-made summary with every field the experiment layer fills in; the values do not matter here.
const summary = {
  seed: '1',
  replications: 2,
  scenarios: [{
    name: 'a', metrics: [], delays: {}, fans: { unallocated: [], heldOnDuty: [] }, staffing: [], workerChanges: [],
    facts: { startDate: '2022-01-03', measuredStartDate: '2022-03-04', measuredEndDate: '2023-03-04', warmupEndDay: 60, endDay: 425, caseloadCap: 18, weekDates: [] },
  }],
  comparisons: [],
  definitions: { metrics: [], milestones: [] },
} as unknown as ExperimentSummary;

describe('summaryJson', () => {
  it('writes layout 1: the version, tool, seed, replications, scenarios and comparisons, without the facts and definitions', () => {
    const document = JSON.parse(summaryJson(summary, { name: 'frontdoor-sim', version: '9.9.9', dependencies: {} }, undefined)) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['schemaVersion', 'tool', 'seed', 'replications', 'scenarios', 'comparisons']);
    expect(document['tool']).toEqual({ name: 'frontdoor-sim', version: '9.9.9' });
    const [scenario] = document['scenarios'] as Record<string, unknown>[];
    expect(Object.keys(scenario ?? {})).toEqual(['name', 'metrics', 'delays', 'fans', 'staffing', 'workerChanges']);
  });

  it('adds the sweep last when there is one', () => {
    const sweep = { base: 's.yaml', axes: [], points: [] };
    const document = JSON.parse(summaryJson(summary, { name: 't', version: '1', dependencies: {} }, sweep)) as Record<string, unknown>;
    expect(Object.keys(document).at(-1)).toBe('sweep');
    expect(document['sweep']).toEqual(sweep);
  });
});
