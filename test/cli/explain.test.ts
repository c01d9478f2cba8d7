import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/index.js';
import { loadScenario, ScenarioSchema } from '../../src/scenario/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { cli, fakeIo, useScenarioFolder } from './fakeIo.js';

const fixture = useScenarioFolder();

function load(file: string): Scenario {
  const reader = {
    read: (p: string) => readFileSync(p),
    resolve: (from: string, rel: string) => normalize(join(dirname(from), rel)),
  };
  const result = loadScenario(join(fixture.dir, file), ScenarioSchema, reader);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** A child (by arrival order) with at least two contacts in replication 0, found by running the model directly. */
function childWithContacts(scenario: Scenario, seed: string): { child: number; contacts: number } {
  const out = runReplication(scenario, { seed, replication: 0 });
  for (let child = 0; child < 200; child++) {
    const contacts = out.contacts.filter((c) => c.child === child).length;
    if (contacts >= 2) return { child, contacts };
  }
  throw new Error('no child with two contacts');
}

describe('frontdoor explain', () => {
  it("tells the child's story with one dated, numbered contact line per contact the model recorded", async () => {
    const { child, contacts } = childWithContacts(load('scenarios/a.yaml'), '8');
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--child', String(child), '--seed', '8', '--jobs', '1');
    expect(res.code).toBe(0);
    expect(res.out).toContain(`Child ${child}, replication 0, seed 8`);
    const contactLines = res.out.split('\n').filter((line) => /Contact \d+, from /.test(line));
    expect(contactLines.length).toBe(contacts);
    expect(res.out).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}-\d{2}-\d{2} {2}\S/m);
  });

  it('when piped, lays the side-by-side story out in COLUMNS, else 80 columns', async () => {
    const narrow = await cli(fakeIo({ dir: fixture.dir, env: { COLUMNS: '72' } }), 'explain', 'scenarios/a.yaml', 'scenarios/b.yaml', '--child', '3', '--seed', '8', '--jobs', '1');
    expect(narrow.code).toBe(0);
    // The dated rows of the two-column story (the header lines above it are prose and may be long).
    const widest = (text: string) => Math.max(...text.split('\n').filter((l) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}-/.test(l)).map((l) => [...l].length));
    expect(widest(narrow.out)).toBeLessThanOrEqual(72);
    const plain = await cli(fakeIo({ dir: fixture.dir }), 'explain', 'scenarios/a.yaml', 'scenarios/b.yaml', '--child', '3', '--seed', '8', '--jobs', '1');
    expect(widest(plain.out)).toBeLessThanOrEqual(80);
    expect(widest(plain.out)).toBeGreaterThan(72);
  });

  it('with two scenarios, shows the same child side by side under both names', async () => {
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', 'scenarios/b.yaml', '--child', '3', '--seed', '8', '--jobs', '1');
    expect(res.code).toBe(0);
    const header = res.out.split('\n').find((line) => line.includes('tiny-a'));
    expect(header).toContain('tiny-b');
    // Arrivals use the same streams in both scenarios, so the child comes to notice on the same line.
    const notice = res.out.split('\n').find((line) => line.includes('Child 3 comes to notice'));
    expect(notice?.match(/Child 3 comes to notice/g)?.length).toBe(2);
  });

  it('--format json gives each scenario its dated lines', async () => {
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--child', '3', '--seed', '8', '--jobs', '1', '--format', 'json');
    const parsed = JSON.parse(res.out) as { child: number; stories: { scenario: string; lines: { date: string; text: string }[] }[] };
    expect(parsed.child).toBe(3);
    expect(parsed.stories[0]?.scenario).toBe('tiny-a');
    expect(parsed.stories[0]?.lines[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('without --child or --missed-chance, tells the first child referred after the warm-up, and says why it was picked', async () => {
    const scenario = load('scenarios/a.yaml');
    const out = runReplication(scenario, { seed: '4', replication: 0 });
    const first = out.journeys.filter((j) => j.child >= 0 && j.referralTime >= out.warmupEnd).sort((a, b) => a.referralTime - b.referralTime)[0];
    expect(first).toBeDefined();
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', 'scenarios/b.yaml', '--seed', '4', '--jobs', '1');
    expect(res.code).toBe(0);
    const flat = res.out.replace(/\s+/g, ' ');
    expect(flat).toContain(`Child ${first?.child} picked: the first child referred in the measured period (after the warm-up) of replication 0 of tiny-a`);
    // Two scenarios: why the same child may come to notice on another day.
    expect(flat).toContain('where the scenarios\' demand differs, the child comes to notice on another day');
  });

  it('a child who never arrives is invalid input (exit 3) with the fix', async () => {
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--child', '999999', '--seed', '8', '--jobs', '1');
    expect(res.code).toBe(3);
    expect(res.err).toContain('choose a smaller --child');
  });
});
