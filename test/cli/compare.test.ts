import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../support/csvParse.js';
import { cli, fakeIo, listFiles, useScenarioFolder } from './fakeIo.js';

interface Summary {
  scenarios: { name: string; metrics: { id: string; interval: { mean: number; n: number } }[] }[];
  comparisons: { baseline: string; comparison: string; differences: { id: string; interval: { mean: number; n: number } }[] }[];
}

interface Raw {
  seed: string;
  records: { scenario: string; replication: number }[];
}

const fixture = useScenarioFolder();
let result: { code: number; out: string; err: string };
const folder = () => join(fixture.dir, 'output', 'tiny-a-vs-tiny-b-5');

beforeAll(async () => {
  result = await cli(fixture.io, 'compare', 'scenarios/a.yaml', 'scenarios/b.yaml', '--seed', '5', '--replications', '4', '--jobs', '1');
});

describe('frontdoor compare', () => {
  it('compare <a> <b> exits 0 and writes output/<a>-vs-<b>-<seed>/', () => {
    expect(result.code).toBe(0);
    expect(result.err).toContain('output/tiny-a-vs-tiny-b-5');
    expect(JSON.parse(readFileSync(join(folder(), 'summary.json'), 'utf8'))).toHaveProperty('comparisons');
  });

  it('records each value\'s evidence or assumption label in run.json and shows it in the report\'s parameters table', () => {
    const run = JSON.parse(readFileSync(join(folder(), 'run.json'), 'utf8')) as { scenarios: { name: string; labels?: Record<string, { kind: string; note: string }> }[] };
    const b = run.scenarios.find((s) => s.name === 'tiny-b');
    expect(b?.labels?.['workforce.posts']).toEqual({ kind: 'evidence', note: 'a test source for the labels' });
    expect(run.scenarios.find((s) => s.name === 'tiny-a')?.labels?.['workforce.posts']).toBeUndefined();
    expect(readFileSync(join(folder(), 'report.html'), 'utf8')).toContain('evidence: a test source for the labels');
  });

  it('runs every scenario with the same seed and replication indices (common random numbers)', () => {
    const raw = JSON.parse(readFileSync(join(folder(), 'raw.json'), 'utf8')) as Raw;
    expect(raw.seed).toBe('5');
    const reps = (name: string) => raw.records.filter((r) => r.scenario === name).map((r) => r.replication);
    expect(reps('tiny-a')).toEqual([0, 1, 2, 3]);
    expect(reps('tiny-b')).toEqual([0, 1, 2, 3]);
  });

  it('each paired difference has the mean of b minus the mean of a when both have every replication', () => {
    const summary = JSON.parse(readFileSync(join(folder(), 'summary.json'), 'utf8')) as Summary;
    const [a, b] = summary.scenarios;
    const comparison = summary.comparisons[0];
    expect(comparison?.baseline).toBe('tiny-a');
    expect(comparison?.comparison).toBe('tiny-b');
    let checked = 0;
    for (const diff of comparison?.differences ?? []) {
      const ma = a?.metrics.find((m) => m.id === diff.id)?.interval;
      const mb = b?.metrics.find((m) => m.id === diff.id)?.interval;
      if (ma?.n !== 4 || mb?.n !== 4 || diff.interval.n !== 4) continue;
      // The mean of paired differences equals the difference of means (linearity), up to rounding.
      expect(diff.interval.mean).toBeCloseTo(mb.mean - ma.mean, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('summary.csv ends with difference rows whose scenario is "b − a"', () => {
    const rows = csvRecords(readFileSync(join(folder(), 'summary.csv'), 'utf8'));
    const diffs = rows.filter((r) => r['scenario'] === 'tiny-b − tiny-a');
    expect(diffs.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r['scenario'] === 'tiny-a').length).toBeGreaterThan(0);
    expect(rows.at(-1)?.['scenario']).toBe('tiny-b − tiny-a');
  });

  it('the table shows each scenario and the difference column with arrows and better/worse/no clear change in words', () => {
    expect(result.out).toContain('tiny-a vs tiny-b: mean of 4 replications');
    expect(result.out).toContain('tiny-b − tiny-a');
    expect(result.out).toMatch(/[▲▼]/u);
    expect(result.out).toMatch(/better|worse|no clear change/);
    expect(result.out).not.toContain('\u001b['); // not a terminal: no colour
  });

  it('colours the verdicts on a terminal, but not under NO_COLOR', async () => {
    const tty = fakeIo({ dir: fixture.dir, tty: true });
    const coloured = await cli(tty, 'compare', 'scenarios/a.yaml', 'scenarios/b.yaml', '--seed', '5', '--replications', '4', '--jobs', '1', '--out', 'c1', '--no-charts');
    expect(coloured.out).toContain('\u001b[');
    const plain = fakeIo({ dir: fixture.dir, tty: true, env: { NO_COLOR: '1' } });
    const res = await cli(plain, 'compare', 'scenarios/a.yaml', 'scenarios/b.yaml', '--seed', '5', '--replications', '4', '--jobs', '1', '--out', 'c2', '--no-charts');
    expect(res.out).not.toContain('\u001b[');
  });

  it('draws the paired differences chart and puts the difference column in report.html', () => {
    expect(listFiles(folder())).toContain('charts/difference.svg');
    expect(readFileSync(join(folder(), 'report.html'), 'utf8')).toContain('Difference (tiny-b − tiny-a)');
  });

  it('two scenarios with the same name are a usage error (exit 2)', async () => {
    const res = await cli(fixture.io, 'compare', 'scenarios/a.yaml', 'scenarios/a.yaml', '--seed', '5');
    expect(res.code).toBe(2);
    expect(res.err).toContain('both named "tiny-a"');
  });
});
