import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../support/csvParse.js';
import { cli, listFiles, useScenarioFolder } from './fakeIo.js';

const fixture = useScenarioFolder();
const read = (...path: string[]) => readFileSync(join(fixture.dir, ...path), 'utf8');

describe('frontdoor sweep', () => {
  it('sweep --set path=a,b runs one point per value and writes sweep.csv with a column for the path', async () => {
    const res = await cli(fixture.io, 'sweep', 'scenarios/a.yaml', '--set', 'workforce.posts=6,9', '--seed', '2', '--replications', '2', '--jobs', '1', '--format', 'csv', '--no-charts');
    expect(res.code).toBe(0);
    const rows = csvRecords(res.out);
    expect(res.out).toBe(read('output', 'tiny-a-sweep-2', 'sweep.csv'));
    expect([...new Set(rows.map((r) => r['workforce.posts']))]).toEqual(['6', '9']);
    const caseload = rows.filter((r) => r['metric'] === 'caseloadMean');
    expect(caseload.map((r) => r['point'])).toEqual(['workforce.posts=6', 'workforce.posts=9']);
    // Same children, fewer posts to share them: the mean caseload per worker is higher with 6 posts.
    expect(Number(caseload[0]?.['mean'])).toBeGreaterThan(Number(caseload[1]?.['mean']));
  });

  it('several --set make a grid, first axis varying slowest; the table has one block per headline metric', async () => {
    const res = await cli(fixture.io, 'sweep', 'scenarios/a.yaml', '--set', 'workforce.posts=6..8:2', '--set', 'workforce.caseloadCap=15,20',
      '--seed', '2', '--replications', '2', '--jobs', '1', '--out', 'grid');
    expect(res.code).toBe(0);
    const summary = JSON.parse(read('grid', 'summary.json')) as { sweep: { points: { label: string }[] } };
    expect(summary.sweep.points.map((p) => p.label)).toEqual([
      'workforce.posts=6, workforce.caseloadCap=15', 'workforce.posts=6, workforce.caseloadCap=20',
      'workforce.posts=8, workforce.caseloadCap=15', 'workforce.posts=8, workforce.caseloadCap=20',
    ]);
    expect(res.out).toContain('workforce.caseloadCap');
    expect(res.out).toContain('mean (95% CI)');
    // One chart per headline metric, the second axis drawn as series.
    expect(listFiles(join(fixture.dir, 'grid')).filter((f) => /^charts\/sweep-.*\.svg$/.test(f)).length).toBeGreaterThan(5);
  });

  it('a sweep without a --set of several values, or with a malformed range, is a usage error (exit 2)', async () => {
    const none = await cli(fixture.io, 'sweep', 'scenarios/a.yaml', '--seed', '1');
    expect(none.code).toBe(2);
    expect(none.err).toContain('sweep needs at least one --set');
    // One value (or a word that is not a list or range) is said to be one value, not missing.
    const one = await cli(fixture.io, 'sweep', 'scenarios/a.yaml', '--set', 'workforce.posts=abc', '--seed', '1');
    expect(one.code).toBe(2);
    expect(one.err).toContain('--set workforce.posts=abc gives one value (kept the same at every point)');
    expect(one.err).not.toContain('at least one --set');
    const bad = await cli(fixture.io, 'sweep', 'scenarios/a.yaml', '--set', 'workforce.posts=9..6', '--seed', '1');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--set "workforce.posts=9..6"');
  });
});

describe('frontdoor merge', () => {
  it('merging --shard 1/2 and 2/2 gives byte-identical results to one unsharded run', async () => {
    const shardArgs = ['run', 'scenarios/a.yaml', '--seed', '4', '--replications', '3', '--jobs', '1', '--quiet', '--no-charts'];
    expect((await cli(fixture.io, ...shardArgs, '--out', 'single-a')).code).toBe(0);
    expect((await cli(fixture.io, ...shardArgs, '--shard', '1/2', '--out', 's1')).code).toBe(0);
    expect((await cli(fixture.io, ...shardArgs, '--shard', '2/2', '--out', 's2')).code).toBe(0);
    expect(listFiles(join(fixture.dir, 's1'))).toEqual(['README.md', 'raw.json', 'run.json']);
    const merged = await cli(fixture.io, 'merge', 's2', 's1', '--out', 'merged', '--format', 'csv', '--no-charts');
    expect(merged.code).toBe(0);
    for (const file of ['summary.csv', 'summary.json', 'journeys.csv', 'timeseries.csv', 'raw.json']) {
      expect(read('merged', file)).toBe(read('single-a', file));
    }
    expect(merged.out).toBe(read('single-a', 'summary.csv'));
    const record = JSON.parse(read('merged', 'run.json')) as { mergedFrom: { folder: string }[]; seedSource: string };
    expect(record.mergedFrom.map((m) => m.folder)).toEqual(['s2', 's1']);
    expect(record.seedSource).toBe('shards');
    // With charts, the last line names the report to open, as run and compare end.
    const drawn = await cli(fixture.io, 'merge', 's2', 's1', '--out', 'drawn');
    expect(drawn.code, drawn.err).toBe(0);
    expect(drawn.err.trimEnd().split('\n').at(-1)).toMatch(/^(open|xdg-open|start) drawn\/report\.html$/);
  });

  it('the merged run keeps the evidence and assumption labels of the scenario files, as a single run records them', async () => {
    const args = ['run', 'scenarios/b.yaml', '--seed', '4', '--replications', '2', '--jobs', '1', '--quiet', '--no-charts'];
    expect((await cli(fixture.io, ...args, '--out', 'single-b')).code).toBe(0);
    expect((await cli(fixture.io, ...args, '--shard', '1/2', '--out', 'b1')).code).toBe(0);
    expect((await cli(fixture.io, ...args, '--shard', '2/2', '--out', 'b2')).code).toBe(0);
    expect((await cli(fixture.io, 'merge', 'b1', 'b2', '--out', 'labelled-b', '--quiet', '--no-charts')).code).toBe(0);
    type Labelled = { scenarios: { labels?: Record<string, { kind: string; note: string }> }[] };
    const single = JSON.parse(read('single-b', 'run.json')) as Labelled;
    const merged = JSON.parse(read('labelled-b', 'run.json')) as Labelled;
    expect(single.scenarios[0]?.labels?.['workforce.posts']).toEqual({ kind: 'evidence', note: 'a test source for the labels' });
    expect(merged.scenarios.map((s) => s.labels)).toEqual(single.scenarios.map((s) => s.labels));
  });

  it('a missing shard or a folder without raw.json is invalid input (exit 3) and writes nothing', async () => {
    const partial = await cli(fixture.io, 'merge', 's1', '--out', 'merged-partial');
    expect(partial.code).toBe(3);
    expect(partial.err).toContain('missing replications');
    mkdirSync(join(fixture.dir, 'empty-folder'), { recursive: true });
    const empty = await cli(fixture.io, 'merge', 's1', 'empty-folder', '--out', 'merged-empty');
    expect(empty.code).toBe(3);
    expect(empty.err).toContain('empty-folder: no raw.json here');
    expect(listFiles(fixture.dir).filter((f) => f.startsWith('merged-'))).toEqual([]);
    rmSync(join(fixture.dir, 'empty-folder'), { recursive: true });
  });

  it('a shard from the earlier raw format (0 for no data) is refused with what to do (exit 3) and nothing is written', async () => {
    const raw = JSON.parse(read('s2', 'raw.json')) as Record<string, unknown>;
    mkdirSync(join(fixture.dir, 'old-shard'), { recursive: true });
    writeFileSync(join(fixture.dir, 'old-shard', 'raw.json'), JSON.stringify({ ...raw, schemaVersion: 1 }));
    const old = await cli(fixture.io, 'merge', 's1', 'old-shard', '--out', 'merged-old');
    expect(old.code).toBe(3);
    expect(old.err).toContain('schemaVersion 1');
    expect(old.err).toContain('run that shard again with this version');
    expect(listFiles(fixture.dir).filter((f) => f.startsWith('merged-'))).toEqual([]);
    rmSync(join(fixture.dir, 'old-shard'), { recursive: true });
  });

  it('merge without --out is a usage error (exit 2)', async () => {
    const res = await cli(fixture.io, 'merge', 's1', 's2');
    expect(res.code).toBe(2);
    expect(res.err).toContain('--out');
  });
});
