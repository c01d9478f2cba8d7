import { describe, expect, it } from 'vitest';
import { readingFile, terminalText } from '../../src/cli/decomposeText.js';
import { effectDecimals } from '../../src/results/index.js';
import type { LabelledGroup, MetricDecomposition } from '../../src/experiment/index.js';

// An interval in the stats layer's shape: mean, its CI, and the extremes across replications.
const interval = (mean: number, ciLow: number, ciHigh: number, min = ciLow, max = ciHigh) =>
  ({ n: 3, mean, sd: 1, ciLow, ciHigh, ciAvailable: true, ciMethod: 'student-t', p05: min, p95: max, min, max });
const effect = (mean: number) => interval(mean, mean - 0.025, mean + 0.025);
const groups = [
  { name: 'screening', basis: 'assumption', evidenceChanges: 0, labelled: [] },
  { name: 'workforce', basis: 'evidence', evidenceChanges: 1, labelled: [] },
] as unknown as LabelledGroup[];
const result = {
  metric: { id: 'contactToDecision.withinTarget', label: 'Contact → screening decision: share within 1 working day', unit: 'share', better: 'higher', headline: true },
  replications: 3,
  from: interval(0.6, 0.55, 0.65), to: interval(0.85, 0.8, 0.9), total: effect(0.253), interaction: effect(0.001),
  groups: [
    { group: 0, name: 'screening', alone: effect(0.32), allBut: effect(0.31), step: effect(0.32), shapley: effect(0.315) },
    { group: 1, name: 'workforce', alone: effect(-0.071), allBut: effect(-0.07), step: effect(-0.067), shapley: effect(-0.062) },
  ],
  path: [],
} as unknown as MetricDecomposition;
const note = { order: ['screening', 'workforce'], replications: 3, seed: '7', shown: 'output/decompose-solihull-2022-to-solihull-2024-7' };
const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('decompose on the terminal (terminalText)', () => {
  it('without a width shows every effect with its 95% CI, the note on one line', () => {
    const text = terminalText([result], groups, note);
    expect(text).toMatch(/^screening\s+assumption\s+\+32\.0 \(\+29\.5 to \+34\.5\)\s+\+31\.0 \(\+28\.5 to \+33\.5\)/m);
    expect(text).toContain('(percentage points; mean, 95% CI)');
    expect(text).toContain('Groups added in the order screening → workforce; 3 paired replications, seed 7. Reading: output/');
    expect(text).toContain('warning: only 3 replications per configuration');
    expect(terminalText([result], groups, { ...note, replications: 5 })).not.toContain('warning');
  });

  it('at 80 columns keeps every line within 80: the means alone, and a note on where the CIs are', () => {
    const text = terminalText([result], groups, note, 80);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toMatch(/^screening\s+assumption\s+\+32\.0\s+\+31\.0\s+\+32\.0\s+\+31\.5$/m);
    const flat = text.replace(/\n/g, ' ');
    expect(flat).toContain('Contact → screening decision: share within 1 working day (percentage points; mean)');
    expect(flat).toContain('Groups added in the order screening → workforce; 3 paired replications, seed 7. Reading: output/decompose-solihull-2022-to-solihull-2024-7/decompose.md');
    expect(flat).toMatch(/Widen the terminal to \d+ columns to see the 95% CI of each effect, or read decompose\.md or decompose\.csv in output\//);
  });

  it('at 40 columns gives each group a few lines, every effect with its CI', () => {
    // A folder name short enough to wrap: a path is never broken.
    const text = terminalText([result], groups, { ...note, shown: 'out' }, 40);
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(text).toContain('workforce (evidence)\n  alone: −7.1 (−9.6 to −4.6)');
    expect(text).toContain('total\n  change: +25.3 (+22.8 to +27.8)');
  });

  it('says "all replications: −6" for an effect every replication gave alike, as compare does, never an interval −6.0 (−6.0 to −6.0)', () => {
    const same = interval(-0.06, -0.06, -0.06);
    const alike = { ...result, total: same, groups: [{ ...result.groups[0], alone: same, allBut: same, step: same, shapley: same }, result.groups[1]] } as MetricDecomposition;
    const text = terminalText([alike], groups, note);
    expect(text).toMatch(/^screening\s+assumption\s+all replications: −6\s+all replications: −6/m);
    expect(text).toMatch(/^total\s+all replications: −6\s+all replications: −6$/m);
    expect(text).not.toContain('(−6.0 to −6.0)');
    const md = readingFile([alike], groups, 'a', 'b', note.order, '7', 3, []);
    expect(md).toContain('| **Total** |  |  |  | all replications: −6 | all replications: −6 | 100% |');
    expect(md).toContain('changes by −6 (the same in every replication) percentage points');
    expect(md).not.toContain('(−6.0 to −6.0)');
  });

  it('says what the brackets hold: a 95% CI, a CI only where the replications differ, or nothing when every bracket says the same in every replication', () => {
    const same = interval(-0.06, -0.06, -0.06);
    expect(readingFile([result], groups, 'a', 'b', note.order, '7', 3, [])).toContain('means over 3 paired replications, 95% CI in brackets).');
    const someAlike = { ...result, total: same } as MetricDecomposition;
    const some = readingFile([someAlike], groups, 'a', 'b', note.order, '7', 3, []);
    expect(some).toContain('changes by −6 (the same in every replication) percentage points');
    expect(some).toContain('means over 3 paired replications, 95% CI in brackets where the replications differ).');
    const allAlike = {
      ...result, total: same, interaction: same, groups: result.groups.map((g) => ({ ...g, alone: same, allBut: same, step: same, shapley: same })),
    } as MetricDecomposition;
    const all = readingFile([allAlike], groups, 'a', 'b', note.order, '7', 3, []);
    expect(all).toContain('means over 3 paired replications).');
    expect(all).not.toContain('95% CI in brackets');
  });

  it('at the narrowest layout names an effect every replication gave alike as "−6 (the same in every replication)", not "all replications: −6"', () => {
    const same = interval(-0.06, -0.06, -0.06);
    const alike = { ...result, total: same, groups: [{ ...result.groups[0], alone: same }, result.groups[1]] } as MetricDecomposition;
    const text = terminalText([alike], groups, { ...note, shown: 'out' }, 40);
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(text).toContain('screening (assumption)\n  alone: −6 (the same in every\n  replication)');
    expect(text).toContain('total\n  change: −6 (the same in every\n  replication)');
    expect(text).not.toContain('all replications');
  });
});

describe('decompose gives every effect the significant figures compare\'s table gives it', () => {
  // Changes of social worker per allocated referral: every effect well below 1, as in solihull-2022 → 2024.
  const small = {
    ...result,
    metric: { id: 'workerChangesPerReferral', label: 'Changes of social worker per allocated referral', unit: 'changes', better: 'lower', headline: true },
    from: interval(0.466, 0.43, 0.5), to: interval(0.336, 0.32, 0.35), total: interval(-0.13, -0.17, -0.09), interaction: undefined,
    groups: [
      { group: 0, name: 'screening', step: interval(-0.016, -0.03, -0.002) },
      { group: 1, name: 'workforce', step: interval(-0.114, -0.14, -0.09) },
    ],
  } as unknown as MetricDecomposition;
  // Child-days per year: thousands, where decimals only add noise.
  const large = {
    ...result,
    metric: { id: 'childDaysUnseen', label: 'Child-days unseen', unit: 'child-days per year', better: 'lower', headline: true },
    from: interval(4996.2, 4763.1, 5230.4), to: interval(2428.5, 2286.1, 2571.3), total: interval(-2567.84, -2707.32, -2428.35), interaction: undefined,
    groups: [
      { group: 0, name: 'screening', step: interval(-290.7, -665.2, 82.4) },
      { group: 1, name: 'workforce', step: interval(-2277.14, -2500.5, -2050.2) },
    ],
  } as unknown as MetricDecomposition;

  it('shows a small effect with its digits on the terminal, never 0.0 (0.0 to 0.0)', () => {
    const text = terminalText([small], groups, note);
    expect(text).toMatch(/^screening\s+assumption\s+−0\.02 \(−0\.03 to 0\.00\)$/m);
    expect(text).toMatch(/^workforce\s+evidence\s+−0\.11 \(−0\.14 to −0\.09\)$/m);
    expect(text).toMatch(/^total\s+−0\.13 \(−0\.17 to −0\.09\)$/m);
    expect(text).not.toContain('0.0 (0.0 to 0.0)');
    expect(terminalText([small], groups, note, 40)).toMatch(/^workforce\s+evidence\s+−0\.11$/m);
    expect(terminalText([small], groups, { ...note, shown: 'out' }, 30)).toContain('workforce (evidence)\n  step on the path: −0.11\n  (−0.14 to −0.09)');
  });

  it('shows a small effect with its digits in decompose.md: the table, the shares and what evidence carries', () => {
    const md = readingFile([small], groups, 'a', 'b', note.order, '7', 3, []);
    expect(md).toContain('changes by −0.13 (−0.17 to −0.09) changes (from 0.47 changes to 0.34 changes;');
    expect(md).toContain('workforce, −0.11 (−0.14 to −0.09): 88% of the change (evidence)');
    expect(md).toContain('carry −0.11 changes (88% of the change)');
    expect(md).toContain('| workforce | evidence | −0.11 (−0.14 to −0.09) | 88% |');
    expect(md).not.toMatch(/[−+]?0\.0 \(/);
  });

  it('gives counts in the thousands and hundreds no decimals', () => {
    const md = readingFile([large], groups, 'a', 'b', note.order, '7', 3, []);
    expect(md).toContain('changes by −2568 (−2707 to −2428) child-days per year (from 4996 child-days per year to 2429 child-days per year;');
    expect(md).toContain('| screening | assumption (0 of 0 changes) | −291 (−665 to +82) | 11% |');
    expect(terminalText([large], groups, note)).toMatch(/^workforce\s+evidence\s+−2277 \(−2501 to −2050\)$/m);
  });

  it('labels the charts with the decimals the largest change calls for (effectDecimals)', () => {
    expect(effectDecimals(small)).toBe(2);
    expect(effectDecimals(large)).toBe(0);
    expect(effectDecimals(result)).toBe(1);
  });
});
