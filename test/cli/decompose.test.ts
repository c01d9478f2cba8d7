import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../support/csvParse.js';
import { cli, listFiles, useScenarioFolder } from './fakeIo.js';

const fixture = useScenarioFolder();
let result: { code: number; out: string; err: string };
const folder = () => join(fixture.dir, 'output', 'decompose-tiny-a-to-tiny-c-7');

beforeAll(async () => {
  writeFileSync(
    join(fixture.dir, 'scenarios', 'c.yaml'),
    'extends: a.yaml\nname: tiny-c\nworkforce:\n  posts: 11          # evidence: a staffing return\nscreening:\n  screeners: 3       # assumption: more screeners\n',
  );
  result = await cli(fixture.io, 'decompose', 'scenarios/a.yaml', 'scenarios/c.yaml', '--seed', '7', '--replications', '3', '--jobs', '1',
    '--shapley', '--metric', 'unallocatedMean,contactToDecision.withinTarget', '--order', 'workforce,screening');
});

describe('frontdoor decompose', () => {
  it('exits 0 and writes the data, the reading, the charts and run.json to output/decompose-<from>-to-<to>-<seed>/', () => {
    expect(result.code).toBe(0);
    expect(listFiles(folder())).toEqual(expect.arrayContaining([
      'decompose.csv', 'decompose.json', 'decompose.md', 'run.json',
      'charts/waterfall-unallocatedMean.png', 'charts/waterfall-unallocatedMean.svg', 'charts/waterfall-unallocatedMean.vl.json',
      'charts/shapley-contactToDecision-withinTarget.png',
    ]));
  });

  it('groups the differences by section and marks each group evidence or assumption from the labels in the files', () => {
    const json = JSON.parse(readFileSync(join(folder(), 'decompose.json'), 'utf8')) as { groups: { name: string; basis: string }[]; configurations: string[] };
    expect(json.groups.map((g) => [g.name, g.basis]).sort()).toEqual([['screening', 'assumption'], ['workforce', 'assumption']]);
    // The base value of posts in a.yaml has no label, so the change rests on the weaker end.
    expect(json.configurations).toHaveLength(4);
  });

  it('writes per metric and group the effects alone, all but, step and Shapley, whose Shapley values add up to the total', () => {
    const rows = csvRecords(readFileSync(join(folder(), 'decompose.csv'), 'utf8'));
    const of = (metric: string, effect: string) => rows.filter((r) => r['metric'] === metric && r['effect'] === effect).map((r) => Number(r['mean']));
    for (const metric of ['unallocatedMean', 'contactToDecision.withinTarget']) {
      const total = of(metric, 'total')[0] ?? NaN;
      const shapley = of(metric, 'shapley');
      expect(shapley).toHaveLength(2);
      // CSV numbers carry full precision; the sum differs from the total only by rounding.
      expect(Math.abs(shapley.reduce((a, b) => a + b, 0) - total)).toBeLessThan(1e-9);
      expect(of(metric, 'step')).toHaveLength(2);
    }
  });

  it('reads the result in words in decompose.md, with a table per metric and the changes with their labels', () => {
    const md = readFileSync(join(folder(), 'decompose.md'), 'utf8');
    expect(md).toContain('## New referrals waiting for a first allocation (average)');
    expect(md).toContain('From tiny-a to tiny-c, new referrals waiting');
    expect(md).toContain('| workforce | `workforce.posts` | 8 | 11 | assumption | no label | evidence: a staffing return |');
    expect(md).toContain('![shapley-unallocatedMean](charts/shapley-unallocatedMean.png)');
    expect(result.out).toContain('Shapley');
  });

  it('records the tool and every file it wrote in run.json, so --force replaces its own folder but not one holding files it did not write', async () => {
    const record = JSON.parse(readFileSync(join(folder(), 'run.json'), 'utf8')) as { tool: { name: string }; files: string[] };
    expect(record.tool.name).toBe('frontdoor-sim');
    expect([...record.files].sort()).toEqual(listFiles(folder()));
    const args = ['decompose', 'scenarios/a.yaml', 'scenarios/c.yaml', '--seed', '7', '--replications', '2', '--jobs', '1', '--no-charts', '--out', 'output/again'];
    expect((await cli(fixture.io, ...args)).code).toBe(0);
    const again = join(fixture.dir, 'output', 'again');
    expect((await cli(fixture.io, ...args)).err).toContain('add --force to replace that run');
    const forced = await cli(fixture.io, ...args, '--force');
    expect(forced.err).not.toContain('error');
    expect(forced.code).toBe(0);
    writeFileSync(join(again, 'notes.md'), 'mine');
    const before = listFiles(again);
    const refused = await cli(fixture.io, ...args, '--force');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--out output/again holds 1 file that the earlier run did not write (not listed in its run.json): notes.md');
    expect(listFiles(again)).toEqual(before);
    expect(readFileSync(join(again, 'notes.md'), 'utf8')).toBe('mine');
  });

  it('claims its folder with <out>.lock as run does: refuses one another run is writing (exit 2, before any work), removes a stale lock, and releases its own', async () => {
    const args = ['decompose', 'scenarios/a.yaml', 'scenarios/c.yaml', '--seed', '7', '--replications', '2', '--jobs', '1', '--no-charts', '--out', 'output/busy'];
    mkdirSync(join(fixture.dir, 'output'), { recursive: true });
    const lock = join(fixture.dir, 'output', 'busy.lock');
    writeFileSync(lock, '{"pid":4242}');
    const busy = await cli(fixture.io, ...args);
    expect(busy.code).toBe(2);
    expect(busy.err).toContain('another frontdoor run (process 4242) is writing to --out output/busy right now');
    expect(busy.err).not.toContain('decomposing');
    expect(existsSync(join(fixture.dir, 'output', 'busy'))).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe('{"pid":4242}');
    writeFileSync(lock, '{"pid":777}');
    const stale = await cli(fixture.io, ...args);
    expect(stale.code).toBe(0);
    expect(stale.err).toContain('removed output/busy.lock, a lock left by frontdoor process 777, which is no longer running');
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(join(fixture.dir, 'output', 'busy', 'run.json'))).toBe(true);
  });

  it('fits its answer to the width: piped without COLUMNS, no line wider than 80 (means without CIs, titles and notes wrapped)', () => {
    for (const line of result.out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    const flat = result.out.replace(/\n/g, ' ');
    expect(flat).toContain('New referrals waiting for a first allocation (average; children; mean)');
    expect(flat).toMatch(/Widen the terminal to \d+ columns to see the 95% CI of each effect, or read decompose\.md or decompose\.csv in output\/decompose-tiny-a-to-tiny-c-7\./);
    expect(flat).toContain('Groups added in the order workforce → screening; 3 paired replications, seed 7. Reading: output/decompose-tiny-a-to-tiny-c-7/decompose.md');
  });

  it('warns on stderr and under its tables, as compare does, that 3 replications are too few for an interval', () => {
    const warning = 'warning: only 3 replications per configuration: with fewer than 5 the intervals are too wide and too rough to quote; use --replications 10 (the default) or more.';
    expect(result.err).toContain(warning);
    expect(result.out.replace(/\n/g, ' ')).toContain(warning);
  });

  it('refuses an --order naming an unknown group and a --group matching no difference, with exit 2 and the fix', async () => {
    const order = await cli(fixture.io, 'decompose', 'scenarios/a.yaml', 'scenarios/c.yaml', '--seed', '7', '--order', 'staff,screening', '--out', 'output/never');
    expect(order.code).toBe(2);
    expect(order.err).toContain('--order: no group named "staff"; the groups are screening, workforce');
    const group = await cli(fixture.io, 'decompose', 'scenarios/a.yaml', 'scenarios/c.yaml', '--seed', '7', '--group', 'x=demand.childrenPerYear', '--out', 'output/never');
    expect(group.code).toBe(2);
    expect(group.err).toContain('"demand.childrenPerYear" matches no value that differs. The differing values are: screening.screeners, workforce.posts');
    const metric = await cli(fixture.io, 'decompose', 'scenarios/a.yaml', 'scenarios/c.yaml', '--seed', '7', '--metric', 'caseloadMaen', '--out', 'output/never');
    expect(metric.code).toBe(2);
    expect(metric.err).toContain('--metric: unknown metric "caseloadMaen"; did you mean "caseloadMean"?');
    expect(listFiles(fixture.dir).some((f) => f.startsWith('output/never'))).toBe(false);
  });
});
