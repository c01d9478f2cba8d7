import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAIN_FILES } from '../../src/cli/explainFiles.js';
import { schemaErrors } from '../charts/vegaLiteSchema.js';
import { cli, fakeIo, listFiles, useScenarioFolder } from './fakeIo.js';

// Piped output takes COLUMNS as its width; 200 keeps each sentence on one line for the patterns below.
const fixture = useScenarioFolder({ env: { COLUMNS: '200' } });

// Linking probability 0 means no earlier contact is ever linked, so any child referred after two earlier
// contacts that were closed is a missed chance; the tiny scenario has hundreds of children, so one exists.
const NO_LINKING = ['--set', 'screening.linking.probability=0'];

describe('frontdoor explain --out', () => {
  it('writes the story and the timeline chart (spec, SVG, PNG) and nothing else', async () => {
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', 'scenarios/b.yaml', '--child', '3', '--seed', '8', '--jobs', '1', '--out', 'out/child-3');
    expect(res.code).toBe(0);
    const out = join(fixture.dir, 'out', 'child-3');
    expect(listFiles(out)).toEqual(['story.txt', 'timeline.png', 'timeline.svg', 'timeline.vl.json']);
    // --force replaces exactly these: the list it checks a folder against is what explain writes.
    expect([...EXPLAIN_FILES].sort()).toEqual(listFiles(out));
    const story = readFileSync(join(out, 'story.txt'), 'utf8');
    expect(story).toContain('Child 3, replication 0, seed 8');
    expect(story).toContain('Child 3 comes to notice');
    const spec = JSON.parse(readFileSync(join(out, 'timeline.vl.json'), 'utf8')) as unknown;
    expect(schemaErrors(spec)).toEqual([]);
    const svg = readFileSync(join(out, 'timeline.svg'), 'utf8');
    for (const text of ['Child 3: the same child in tiny-a and tiny-b', 'tiny-a', 'tiny-b', 'Comes to notice']) expect(svg).toContain(`>${text}<`);
    expect(readFileSync(join(out, 'timeline.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    // Nothing half-written is left beside it.
    expect(readdirSync(join(fixture.dir, 'out'))).toEqual(['child-3']);
  });

  it('holds the folder\'s lock while it runs: refuses a folder another run is writing, cleans up after a dead one, leaves no lock', async () => {
    const out = join(fixture.dir, 'out', 'locked');
    mkdirSync(join(fixture.dir, 'out'), { recursive: true });
    // A live run (the fake process itself, 4242) holds the lock: refused before any simulation.
    writeFileSync(`${out}.lock`, '{"pid":4242}');
    const busy = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--child', '3', '--seed', '8', '--jobs', '1', '--out', 'out/locked');
    expect(busy.code).toBe(2);
    expect(busy.err).toContain('is writing to --out out/locked right now');
    // Refused before the seed line: nothing ran, so there is no seed to repeat.
    expect(busy.err).not.toContain('seed');
    expect(existsSync(out)).toBe(false);
    // A dead one's lock and unfinished folder are removed and said, and the story is written.
    writeFileSync(`${out}.lock`, '{"pid":777}');
    mkdirSync(`${out}.partial-777`);
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--child', '3', '--seed', '8', '--jobs', '1', '--out', 'out/locked');
    expect(res.code).toBe(0);
    expect(res.err).toContain('removed out/locked.lock, a lock left by frontdoor process 777');
    expect(res.err).toContain('removed out/locked.partial-777, an unfinished output folder left by frontdoor process 777');
    expect(readdirSync(join(fixture.dir, 'out')).filter((f) => f.startsWith('locked'))).toEqual(['locked']);
  });

  it('stopped by Ctrl-C, exits 130, writes nothing and gives up its lock (the next run need not clean up)', async () => {
    const interrupted = fakeIo({ dir: fixture.dir, interruptOnStart: true });
    // Two scenarios, one replication each: the interrupt comes after the first.
    const res = await cli(interrupted, 'explain', 'scenarios/a.yaml', 'scenarios/b.yaml', '--child', '3', '--seed', '8', '--jobs', '1', '--out', 'out/stopped');
    expect(res.code).toBe(130);
    expect(res.err).toContain('interrupted; nothing was written');
    expect(listFiles(fixture.dir).filter((f) => f.includes('stopped'))).toEqual([]);
  });

  it('names a run\'s folder given by mistake as a run, and leaves it as it was', async () => {
    const run = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '1', '--replications', '2', '--jobs', '1', '--no-charts', '--out', 'out/a-run');
    expect(run.code).toBe(0);
    const before = listFiles(join(fixture.dir, 'out', 'a-run'));
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--child', '3', '--seed', '8', '--jobs', '1', '--out', 'out/a-run', '--force');
    expect(res.code).toBe(2);
    expect(res.err).toContain('--out out/a-run holds a frontdoor run (its run.json), not a story');
    expect(listFiles(join(fixture.dir, 'out', 'a-run'))).toEqual(before);
  });

  it('prints the same story on stdout as without --out', async () => {
    const args = ['explain', 'scenarios/a.yaml', '--child', '5', '--seed', '8', '--jobs', '1'];
    const plain = await cli(fixture.io, ...args);
    const withOut = await cli(fixture.io, ...args, '--out', 'out/child-5');
    expect(withOut.out).toBe(plain.out);
    expect(existsSync(join(fixture.dir, 'out', 'child-5', 'story.txt'))).toBe(true);
  });

  it('refuses an existing story folder unless --force, and a folder it did not write even with --force', async () => {
    const args = ['explain', 'scenarios/a.yaml', '--child', '4', '--seed', '8', '--jobs', '1', '--out', 'out/child-4'];
    expect((await cli(fixture.io, ...args)).code).toBe(0);
    const again = await cli(fixture.io, ...args);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    expect((await cli(fixture.io, ...args, '--force')).code).toBe(0);
    const foreign = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--child', '4', '--seed', '8', '--jobs', '1', '--out', 'scenarios', '--force');
    expect(foreign.code).toBe(2);
    expect(foreign.err).toContain('no story.txt');
  });

  it('refuses, even with --force, a folder whose story.txt is not one explain wrote, and leaves it as it was', async () => {
    const notes = join(fixture.dir, 'my notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'story.txt'), 'my own story\n');
    for (const force of [[], ['--force']]) {
      const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--child', '3', '--seed', '1', '--jobs', '1', '--out', 'my notes', ...force);
      expect(res.code).toBe(2);
      expect(res.err).toContain(`--out 'my notes' has a story.txt that explain did not write (it does not start with explain's title line, "Child <n>, replication 0, seed <s>")`);
      expect(res.out).toBe('');
      expect(listFiles(notes)).toEqual(['story.txt']);
      expect(readFileSync(join(notes, 'story.txt'), 'utf8')).toBe('my own story\n');
    }
  });

  it('with --force, keeps files it did not write beside an earlier story: lists them, exits 2 and changes nothing', async () => {
    const args = ['explain', 'scenarios/a.yaml', '--seed', '8', '--jobs', '1', '--out', 'out/tale'];
    expect((await cli(fixture.io, ...args, '--child', '6')).code).toBe(0);
    const tale = join(fixture.dir, 'out', 'tale');
    writeFileSync(join(tale, 'mynote.txt'), 'my own notes');
    mkdirSync(join(tale, 'drafts'));
    writeFileSync(join(tale, 'drafts', 'a.md'), 'draft');
    const story = readFileSync(join(tale, 'story.txt'), 'utf8');
    const before = listFiles(tale);
    const refused = await cli(fixture.io, ...args, '--child', '7', '--force');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--out out/tale holds 2 files that explain did not write (it writes only story.txt and timeline.vl.json, .svg and .png): drafts/a.md, mynote.txt.');
    expect(refused.err).toContain('move those files out of the folder, or choose a new folder with --out');
    expect(listFiles(tale)).toEqual(before);
    expect(readFileSync(join(tale, 'mynote.txt'), 'utf8')).toBe('my own notes');
    expect(readFileSync(join(tale, 'story.txt'), 'utf8')).toBe(story);
    // Once they are moved out, --force replaces the story.
    rmSync(join(tale, 'mynote.txt'));
    rmSync(join(tale, 'drafts'), { recursive: true });
    expect((await cli(fixture.io, ...args, '--child', '7', '--force')).code).toBe(0);
    expect(readFileSync(join(tale, 'story.txt'), 'utf8')).toContain('Child 7, replication 0');
  });
});

describe('frontdoor explain --missed-chance', () => {
  it('picks a missed chance from the measured period, says why with the caveat, and ties each decision to its contact', async () => {
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--missed-chance', '--seed', '8', '--jobs', '1', ...NO_LINKING);
    expect(res.code).toBe(0);
    const picked = /Child (\d+) picked: in the measured period of replication 0 of tiny-a, a missed chance \((never referred|referred later)\)/.exec(res.out);
    expect(picked).not.toBeNull();
    expect(res.out).toContain("An illustration of a pattern the national review described; it does not reproduce any real child's case.");
    // Two contacts closed unlinked: each has its own numbered contact line and a decision naming it.
    const contacts = res.out.split('\n').filter((line) => /Contact \d+, from /.test(line));
    expect(contacts.length).toBeGreaterThanOrEqual(2);
    for (const line of contacts) {
      const n = /Contact (\d+), from/.exec(line)?.[1] ?? '';
      expect(res.out).toContain(`Decision on contact ${n} (`);
    }
    expect(res.out).toMatch(/earlier contacts? about the child not linked/);
    expect(res.out).toMatch(/(within|over) the 1 working day timescale/);
    expect(res.out).toMatch(/Child \d+(,| comes)/);
  });

  it('with two scenarios, tells the picked child side by side and puts the caveat in the chart', async () => {
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', 'scenarios/b.yaml', '--missed-chance', '--seed', '8', '--jobs', '1', ...NO_LINKING, '--out', 'out/missed');
    expect(res.code).toBe(0);
    expect(res.out.split('\n').find((line) => line.startsWith(' ') && line.includes('tiny-a'))).toContain('tiny-b');
    const svg = readFileSync(join(fixture.dir, 'out', 'missed', 'timeline.svg'), 'utf8');
    expect(svg).toContain("it does not reproduce any real child's case.");
    expect(svg).toContain('>Contact: ');
    expect(res.out).toMatch(/in tiny-b, (no missed chance|also a missed chance)/);
  });

  it('wraps the title and why the child was picked to the width: at COLUMNS=80 no line is wider than 80', async () => {
    const res = await cli(fakeIo({ dir: fixture.dir, env: { COLUMNS: '80' } }), 'explain', 'scenarios/a.yaml', 'scenarios/b.yaml', '--missed-chance', '--seed', '8', '--jobs', '1', ...NO_LINKING);
    expect(res.code).toBe(0);
    for (const line of res.out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(res.out.replace(/\n/g, ' ')).toMatch(/Child \d+ picked: in the measured period of replication 0 of tiny-a, a missed chance \((never referred|referred later)\): at medium or high latent risk/);
  });

  it('cannot be combined with --child (exit 2)', async () => {
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--missed-chance', '--child', '3', '--seed', '8', '--jobs', '1');
    expect(res.code).toBe(2);
    expect(res.err).toContain('mutually exclusive');
  });

  it('is invalid input (exit 3) with the fix when no child has a missed chance', async () => {
    const res = await cli(fixture.io, 'explain', 'scenarios/a.yaml', '--missed-chance', '--seed', '8', '--jobs', '1', '--set', 'screening.linking.probability=1', '--set', 'demand.childrenPerYear=5');
    expect(res.code).toBe(3);
    expect(res.err).toContain('try another --seed');
  });
});
