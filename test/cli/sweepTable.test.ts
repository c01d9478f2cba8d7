import { describe, expect, it } from 'vitest';
import { sweepTable } from '../../src/cli/sweepTable.js';
import type { ExperimentSummary } from '../../src/experiment/index.js';
import type { SweepDesign } from '../../src/results/index.js';

const LONG = 'Missed chances: children at medium or high risk with 2+ contacts closed unlinked to what was there to link';
const interval = { n: 3, mean: 12, sd: 1, ciLow: 10, ciHigh: 14, ciAvailable: true, p05: 11, p95: 13, min: 11, max: 13 };
const summary = {
  replications: 3, seed: '1',
  definitions: { metrics: [{ id: 'missed', label: LONG, unit: 'children per year', better: 'lower', headline: true }] },
  scenarios: ['p70', 'p80'].map((name) => ({ name, metrics: [{ id: 'missed', unit: 'children per year', interval }] })),
} as unknown as ExperimentSummary;
const sweep: SweepDesign = {
  base: 's.yaml',
  axes: [{ path: 'workforce.posts' }] as unknown as SweepDesign['axes'],
  points: [{ name: 'p70', label: '70', overrides: ['workforce.posts=70'] }, { name: 'p80', label: '80', overrides: ['workforce.posts=80'] }],
};
const plain = (_style: string, text: string) => text;

describe('sweepTable', () => {
  it('wraps a long metric title to the width and keeps a row per point', () => {
    const text = sweepTable(summary, sweep, plain, 50);
    const lines = text.split('\n');
    const titleLines = lines.slice(0, lines.findIndex((l) => l.startsWith('workforce.posts')));
    expect(titleLines.length).toBeGreaterThan(1);
    for (const line of titleLines) expect([...line].length).toBeLessThan(50);
    expect(titleLines.join(' ')).toBe(`${LONG} (children per year)`);
    expect(lines.filter((l) => /^\s*(70|80)\s/.test(l))).toHaveLength(2);
  });

  it('wraps the note under the tables to the width: no line wider than 80 at 80 columns', () => {
    const text = sweepTable(summary, sweep, plain, 80);
    for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(text.replace(/\n/g, ' ')).toContain('3 replications per point, seed 1, the same seeds at every point (common random numbers).');
  });
});
