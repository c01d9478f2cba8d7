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

/** The same points as a grid of two axes (posts and a second key), which the one-table overview cannot show. */
const grid: SweepDesign = {
  ...sweep,
  axes: [{ path: 'workforce.posts' }, { path: 'demand.multiplier' }] as unknown as SweepDesign['axes'],
  points: [
    { name: 'p70', label: '70, 1', overrides: ['workforce.posts=70', 'demand.multiplier=1'] },
    { name: 'p80', label: '80, 1', overrides: ['workforce.posts=80', 'demand.multiplier=1'] },
  ],
};

describe('sweepTable', () => {
  it('wraps a long metric title to the width and keeps a row per point', () => {
    const text = sweepTable(summary, grid, plain, 50);
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

describe('sweepTable on a terminal under 120 columns', () => {
  // A metric with a short label, as every headline metric has.
  const known = JSON.parse(JSON.stringify(summary).replaceAll('"missed"', '"missedChancesPerYear"')) as ExperimentSummary;

  it('shows a one-axis sweep as one table, a row per metric and a column per point, with the means and where the intervals are', () => {
    const text = sweepTable(known, sweep, plain, 80);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^workforce\.posts =\s+70\s+80$/);
    expect(lines[2]).toMatch(/^Missed chances per year\s+12\.0\s+12\.0$/);
    expect(text).not.toContain('mean (95% CI)');
    expect(text.replace(/\n/g, ' ')).toContain('Widen the terminal to 120 columns to see each with its 95% CI, or read sweep.csv');
    // From 120 columns, the per-metric tables with every interval.
    const wide = sweepTable(known, sweep, plain, 120);
    expect(wide).toContain('mean (95% CI)');
    expect(wide).toContain('12.0 (10.0 to 14.0)');
  });

  it('keeps the per-metric tables when the points do not fit across the width', () => {
    const many: SweepDesign = { ...sweep, points: Array.from({ length: 12 }, (_, i) => ({ name: 'p70', label: String(60 + i), overrides: [`workforce.posts=${60 + i}`] })) };
    const text = sweepTable(known, many, plain, 80);
    expect(text).toContain('mean (95% CI)');
    for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('explains an n/a cell (a point where no replication gave a value) under the table, and says nothing of it otherwise', () => {
    const gap = { ...known, scenarios: [known.scenarios[0], { ...known.scenarios[1], metrics: [] }] } as unknown as ExperimentSummary;
    const text = sweepTable(gap, sweep, plain, 80);
    expect(text.split('\n')[2]).toMatch(/^Missed chances per year\s+12\.0\s+n\/a$/);
    expect(text.replace(/\n/g, ' ')).toContain('n/a: no replication gave a value');
    expect(sweepTable(known, sweep, plain, 80)).not.toContain('n/a');
  });
});
