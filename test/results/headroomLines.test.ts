import { describe, expect, it } from 'vitest';
import { headroomLines, NEAR_LIMIT } from '../../src/results/index.js';
import type { ExperimentSummary } from '../../src/experiment/index.js';

/** A summary with one scenario whose utilisation metrics have the given means. */
function summaryWith(name: string, used: Record<string, number>): ExperimentSummary {
  const metrics = Object.entries(used).map(([id, mean]) => ({ id, interval: { mean } }));
  return { scenarios: [{ name, metrics }] } as unknown as ExperimentSummary;
}

describe('headroomLines', () => {
  it('names the resource nearest its ceiling and says it is at its limit from NEAR_LIMIT up', () => {
    const [line] = headroomLines(summaryWith('tight', { slotsUsed: NEAR_LIMIT + 0.01, screenerUtilisation: 0.5, caseworkUtilisation: 0.6 }));
    expect(line).toContain('case-holding slots 96%');
    expect(line).toContain('screener hours 50%');
    expect(line).toMatch(/at its limit on case-holding slots/);
  });

  it('only reports the most used resource below NEAR_LIMIT, and ends with the headroom command', () => {
    const lines = headroomLines(summaryWith('roomy', { slotsUsed: 0.7, screenerUtilisation: 0.8, caseworkUtilisation: 0.4 }));
    expect(lines[0]).toMatch(/most used: screener hours/);
    expect(lines[0]).not.toMatch(/at its limit/);
    expect(lines.at(-1)).toMatch(/npx frontdoor headroom/);
  });

  it('says so when a scenario has no utilisation metrics', () => {
    expect(headroomLines(summaryWith('old', {}))[0]).toBe('old: utilisation not measured.');
  });
});
