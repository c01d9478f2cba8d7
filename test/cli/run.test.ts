import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/results/canonicalJson.js';
import { SUMMARY_COLUMNS } from '../../src/results/summaryCsv.js';
import { JOURNEY_COLUMNS } from '../../src/results/journeysCsv.js';
import { TIMESERIES_COLUMNS } from '../../src/results/timeseriesCsv.js';
import { METRICS, MILESTONES } from '../../src/model/index.js';
import { shortLabel } from '../../src/cli/shortLabels.js';
import { csvRecords, parseCsv } from '../support/csvParse.js';
import { cli, fakeIo, listFiles, useScenarioFolder } from './fakeIo.js';

/** The parts of run.json these tests read. */
interface RunJson {
  seed: string;
  seedSource: string;
  replications: number;
  tool: { version: string; gitCommit: string | null };
  scenarios: { extends: string[]; sha256: string; resolved: { workforce: { posts: number } } }[];
  method: { streamNames: string[]; ciMethod: string };
  stress: { items: { id: string; text: string }[] };
  system: { cores: number };
  timing: { started: string; finished: string };
}

const QUICK = ['--replications', '3', '--jobs', '1', '--no-charts'];
const DATA_FILES = ['README.md', 'journeys.csv', 'raw.json', 'run.json', 'summary.csv', 'summary.json', 'timeseries.csv'];

const fixture = useScenarioFolder();
let first: { code: number; out: string; err: string };
const runDir = () => join(fixture.dir, 'output', 'tiny-a-7');
const read = (file: string) => readFileSync(join(runDir(), file), 'utf8');

beforeAll(async () => {
  // The first run draws charts; the others skip them (--no-charts) to stay fast.
  first = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '7', '--replications', '3', '--jobs', '1');
});

describe('frontdoor run', () => {
  it('run <scenario> exits 0, writes every data file into output/<name>-<seed>/ and prints the headline table', () => {
    expect(first.code).toBe(0);
    const files = listFiles(runDir());
    for (const file of DATA_FILES) expect(files).toContain(file);
    // Not a terminal and no COLUMNS: laid out for 80 columns, with the short labels.
    const definitions = { metrics: [...METRICS], milestones: [...MILESTONES] };
    for (const metric of METRICS.filter((m) => m.headline)) expect(first.out).toContain(shortLabel(metric.id, metric.unit, definitions));
    for (const line of first.out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(first.err).toContain('seed 7');
    expect(first.err).toContain('warning: only 3 replications per scenario');
    // The run ends with where the results went and the report to open.
    const [wrote, open] = first.err.trimEnd().split('\n').slice(-2);
    expect(wrote).toBe('results written to output/tiny-a-7');
    expect(open).toMatch(/^(open|xdg-open|start) output\/tiny-a-7\/report\.html$/);
  });

  it('draws each chart as .vl.json, .svg and .png, and a self-contained report.html', () => {
    const files = listFiles(runDir());
    const ids = files.filter((f) => f.endsWith('.vl.json')).map((f) => f.slice('charts/'.length, -'.vl.json'.length));
    expect(ids).toEqual(expect.arrayContaining(['within-target', 'waiting-referral-to-allocation', 'fan-unallocated', 'staffing', 'worker-changes', 'caseloads-1']));
    for (const id of ids) {
      expect(files).toContain(`charts/${id}.svg`);
      expect(readFileSync(join(runDir(), 'charts', `${id}.png`)).subarray(1, 4).toString()).toBe('PNG');
      expect((JSON.parse(read(`charts/${id}.vl.json`)) as { $schema: string }).$schema).toMatch(/vega-lite/);
    }
    const report = read('report.html');
    expect(report).toContain('Referrals per year');
    expect(report).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
    expect((JSON.parse(read('run.json')) as { files: string[] }).files).toEqual(expect.arrayContaining(['report.html', 'charts/staffing.svg']));
  });

  it('--interactive inlines vega and vega-embed into report.html, which still loads nothing from the network', async () => {
    const out = join(fixture.dir, 'interactive-run');
    const result = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '7', '--replications', '2', '--jobs', '1', '--interactive', '--out', out);
    expect(result.code).toBe(0);
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    const plain = read('report.html');
    expect(report).toContain('vegaEmbed');
    expect(plain).not.toContain('vegaEmbed');
    expect(report.length).toBeGreaterThan(plain.length + 300_000);
    expect(report).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });

  it('--events writes events.csv in the vidigi event-log schema, one arrival per journey of the sample replication', async () => {
    const out = join(fixture.dir, 'events-run');
    const result = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '7', ...QUICK, '--events', '--out', out);
    expect(result.code).toBe(0);
    const rows = csvRecords(readFileSync(join(out, 'events.csv'), 'utf8'));
    expect(Object.keys(rows[0] ?? {})).toEqual(['entity_id', 'pathway', 'event_type', 'event', 'time', 'resource_id', 'run', 'child', 'episode']);
    const journeys = csvRecords(readFileSync(join(out, 'journeys.csv'), 'utf8'));
    expect(rows.filter((r) => r.event === 'arrival').length).toBe(journeys.length);
    for (const r of rows.filter((x) => x.event_type === 'resource_use')) expect(Number(r.resource_id)).toBeGreaterThan(0);
    expect(existsSync(join(runDir(), 'events.csv'))).toBe(false);
  });

  it('leaves no temporary or partial files beside or inside the output folder', () => {
    const all = listFiles(join(fixture.dir, 'output'));
    expect(all.filter((f) => /\.tmp-|\.partial-|\.replaced-/.test(f))).toEqual([]);
    expect(all.every((f) => f.startsWith('tiny-a-7/'))).toBe(true);
  });

  it('summary.csv has one row per metric of the scenario, each with ciLow <= mean <= ciHigh and n <= replications', () => {
    const rows = parseCsv(read('summary.csv'));
    expect(rows[0]).toEqual([...SUMMARY_COLUMNS]);
    const records = csvRecords(read('summary.csv'));
    const summary = JSON.parse(read('summary.json')) as { scenarios: { metrics: unknown[] }[] };
    expect(records.length).toBe(summary.scenarios[0]?.metrics.length);
    for (const r of records) {
      expect(r['scenario']).toBe('tiny-a');
      expect(Number(r['ciLow'])).toBeLessThanOrEqual(Number(r['mean']) + 1e-9);
      expect(Number(r['mean'])).toBeLessThanOrEqual(Number(r['ciHigh']) + 1e-9);
      // A metric counts the replications that report it (a delay no one completed has no value).
      expect(['1', '2', '3']).toContain(r['n']);
    }
    expect(records.filter((r) => r['n'] === '3').length).toBeGreaterThan(records.length / 2);
  });

  it('run.json records the seed, replications, scenario hash and extends chain, methods and the STRESS-DES items', () => {
    const record = JSON.parse(read('run.json')) as RunJson;
    expect(record.seed).toBe('7');
    expect(record.seedSource).toBe('argument');
    expect(record.replications).toBe(3);
    expect(record.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(record.tool.gitCommit).toBe('a'.repeat(40));
    const scenario = record.scenarios[0];
    expect(scenario?.extends).toEqual(['scenarios/a.yaml', 'scenarios/base.yaml']);
    expect(scenario?.sha256).toBe(sha256Hex(canonicalJson(scenario?.resolved)));
    expect(scenario?.resolved.workforce.posts).toBe(8);
    expect(record.method.streamNames).toContain('arrivals');
    expect(record.method.ciMethod).toMatch(/Student-t/);
    expect(record.stress.items.map((i) => i.id)).toEqual(['4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '5.4']);
    expect(record.stress.items[1]?.text).toContain('30 warm-up days');
    expect(record.system.cores).toBeGreaterThan(0);
    expect(Date.parse(record.timing.finished)).toBeGreaterThanOrEqual(Date.parse(record.timing.started));
  });

  it('journeys.csv holds replication 0 only, with referral at working day 0 and later events at or after it', () => {
    const text = read('journeys.csv');
    expect(parseCsv(text)[0]).toEqual(JOURNEY_COLUMNS);
    const rows = csvRecords(text);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r['replication']).toBe('0');
      expect(r['referralWorkingDays']).toBe('0');
      expect(r['referralDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r['allocationWorkingDays'] !== '') expect(Number(r['allocationWorkingDays'])).toBeGreaterThanOrEqual(0);
      expect(Number(r['firstContactWorkingDays'])).toBeLessThanOrEqual(0);
    }
  });

  it('timeseries.csv has the same number of weeks for every replication, numbered from 0', () => {
    const text = read('timeseries.csv');
    expect(parseCsv(text)[0]).toEqual([...TIMESERIES_COLUMNS]);
    const rows = csvRecords(text);
    const weeks = (rep: string) => rows.filter((r) => r['replication'] === rep).map((r) => Number(r['week']));
    expect(weeks('0').length).toBeGreaterThan(10); // a quarter of a year is 13 weeks
    expect(weeks('1')).toEqual(weeks('0'));
    expect(weeks('2')).toEqual(weeks('0'));
    expect(weeks('0')[0]).toBe(0);
  });

  it('--format json prints the same document as summary.json', async () => {
    const res = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '7', ...QUICK, '--format', 'json', '--out', 'out-json');
    expect(res.code).toBe(0);
    const printed = JSON.parse(res.out) as Record<string, unknown>;
    expect(printed).toEqual(JSON.parse(read('summary.json')));
    expect(printed['schemaVersion']).toBe(2);
    expect(printed['seed']).toBe('7');
  });

  it('--format csv prints summary.csv on stdout and nothing but data', async () => {
    const res = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '7', ...QUICK, '--format', 'csv', '--out', 'out-csv');
    expect(res.code).toBe(0);
    expect(res.out).toBe(read('summary.csv'));
  });

  it('refuses an --out folder holding an earlier run with exit 2; --force keeps a file the run did not write, and replaces the run once it is gone', async () => {
    const marker = join(runDir(), 'notes.txt');
    writeFileSync(marker, 'an earlier file');
    const before = read('run.json');
    const refused = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '7', ...QUICK, '--out', 'output/tiny-a-7');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--force');
    expect(read('run.json')).toBe(before);
    const kept = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '7', ...QUICK, '--out', 'output/tiny-a-7', '--force');
    expect(kept.code).toBe(2);
    expect(kept.err).toContain('notes.txt');
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    const forced = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '7', ...QUICK, '--out', 'output/tiny-a-7', '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(listFiles(join(fixture.dir, 'output')).filter((f) => /\.partial-|\.replaced-/.test(f))).toEqual([]);
  });

  it('refuses a non-empty folder that is not a run even with --force', async () => {
    writeFileSync(join(fixture.dir, 'scenarios', 'keep.txt'), 'mine');
    const res = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '7', ...QUICK, '--out', 'scenarios', '--force');
    expect(res.code).toBe(2);
    expect(res.err).toContain('no run.json');
    expect(existsSync(join(fixture.dir, 'scenarios', 'keep.txt'))).toBe(true);
  });

  it('without --seed chooses one from the clock, prints it and names the folder after it', async () => {
    const res = await cli(fixture.io, 'run', 'scenarios/a.yaml', ...QUICK, '--quiet', '--format', 'json');
    expect(res.code).toBe(0);
    const seed = (JSON.parse(res.out) as { seed: string }).seed;
    // The fake clock reads 2024-05-01T10:00:00Z; the seed is its milliseconds modulo 1e9.
    expect(seed).toBe(String(Date.parse('2024-05-01T10:00:00Z') % 1e9));
    const record = JSON.parse(readFileSync(join(fixture.dir, 'output', `tiny-a-${seed}`, 'run.json'), 'utf8')) as Record<string, unknown>;
    expect(record['seedSource']).toBe('clock');
    const loud = await cli(fixture.io, 'run', 'scenarios/a.yaml', ...QUICK, '--out', 'out-clock');
    expect(loud.err).toContain(`seed ${seed} (chosen from the clock`);
  });

  it('--jobs 1 and --jobs 2 write byte-identical summary.csv, summary.json and raw.json', async () => {
    const common = ['run', 'scenarios/a.yaml', '--seed', '11', '--replications', '4', '--quiet', '--no-charts'];
    expect((await cli(fixture.io, ...common, '--jobs', '1', '--out', 'j1')).code).toBe(0);
    expect((await cli(fixture.io, ...common, '--jobs', '2', '--out', 'j2')).code).toBe(0);
    for (const file of ['summary.csv', 'summary.json', 'raw.json']) {
      expect(readFileSync(join(fixture.dir, 'j2', file), 'utf8')).toBe(readFileSync(join(fixture.dir, 'j1', file), 'utf8'));
    }
  });

  it('an interrupt exits 130, says how many replications completed, and writes nothing', async () => {
    const interrupted = fakeIo({ dir: fixture.dir, interruptOnStart: true });
    const res = await cli(interrupted, 'run', 'scenarios/a.yaml', '--seed', '3', '--replications', '4', '--jobs', '1', '--no-charts');
    expect(res.code).toBe(130);
    expect(res.err).toMatch(/interrupted: 1 of 4 replications had completed; nothing was written/);
    expect(existsSync(join(fixture.dir, 'output', 'tiny-a-3'))).toBe(false);
    expect(listFiles(fixture.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });
});
