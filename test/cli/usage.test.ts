import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../src/cli/nodeIo.js';
import { COMMANDS } from '../../src/cli/runCli.js';
import { cli, fakeIo, listFiles, REPO, useScenarioFolder } from './fakeIo.js';
import type { FakeIo } from './fakeIo.js';

const fixture = useScenarioFolder();

describe('usage errors exit 2 and name the fix', () => {
  it.each([
    [['run', 'scenarios/a.yaml', '--replicatons', '3'], 'unknown option --replicatons. Did you mean --replications?'],
    [['rnu', 'scenarios/a.yaml'], 'unknown command "rnu". Did you mean run?'],
    [['run', 'scenarios/a.yaml', '--shard', '3/2'], '--shard: a shard is written k/n'],
    [['run', 'scenarios/a.yaml', '--shard', 'half'], '--shard: a shard is written k/n'],
    [['run', 'scenarios/a.yaml', '--set', 'workforce.posts'], '--set "workforce.posts": expected key.path=value'],
    [['run', 'scenarios/a.yaml', '--replications', 'many'], '--replications must be a whole number from 1 to 100000, got "many"'],
    [['run', 'scenarios/a.yaml', '--jobs', '0'], '--jobs must be a whole number'],
    [['run', 'scenarios/a.yaml', '--years', '-1'], '--years must be a number of years above 0'],
    [['run', 'scenarios/a.yaml', '--seed', 'a/b'], '--seed must be 1 to 64 letters'],
    [['run', 'scenarios/a.yaml', '--format', 'xml'], 'Invalid values'],
    [['run', 'scenarios/a.yaml', 'scenarios/b.yaml'], 'unexpected argument "scenarios/b.yaml"'],
    [['compare', 'scenarios/a.yaml'], 'compare needs two or more scenarios to compare'],
    [['run'], 'run needs a scenario (a file, or a name `npx frontdoor list` shows), e.g. `npx frontdoor run solihull-2022`'],
    [[], 'choose a command'],
  ])('%j', async (argv, message) => {
    const res = await cli(fixture.io, ...argv);
    expect(res.code).toBe(2);
    expect(res.err).toContain(message);
    expect(res.out).toBe('');
    expect(existsSync(join(fixture.dir, 'output'))).toBe(false);
  });

  it('no command, or an unknown one far from any, lists every command there is', async () => {
    for (const argv of [[], ['frobnicate']]) {
      const res = await cli(fixture.io, ...argv);
      expect(res.code).toBe(2);
      const said = (res.err.split('\n')[0] ?? '').replace(/[,.`]/g, ' ').split(/\s+/);
      for (const command of COMMANDS) expect(said, `${command} in ${res.err}`).toContain(command);
    }
  });

  it('compare with one scenario says that it needs two or more, with an example, instead of counting arguments', async () => {
    const res = await cli(fixture.io, 'compare', 'scenarios/a.yaml', '--seed', '1');
    expect(res.code).toBe(2);
    expect(res.err).toBe(
      'error: compare needs two or more scenarios to compare (files, or names `npx frontdoor list` shows), the first being the baseline, ' +
      'e.g. `npx frontdoor compare solihull-2022 solihull-2024`; nothing was run\n' +
      'run `npx frontdoor compare --help` for the options and examples\n',
    );
  });

  it('every command that takes file names or words says what it needs when given none', async () => {
    for (const command of COMMANDS.filter((c) => !['list', 'verify', 'interactive'].includes(c))) {
      const res = await cli(fixture.io, command);
      expect(res.code, command).toBe(2);
      expect(res.err, command).toMatch(new RegExp(`^error: ${command} needs .*, e\\.g\\. \`npx frontdoor ${command} .*; nothing was run\\n`));
    }
  });

  it.each([
    [['run', 'scenarios/a.yaml', '--replicatons', '3'], 'run'],
    [['compare', 'scenarios/a.yaml'], 'compare'],
    [['sweep', 'scenarios/a.yaml'], 'sweep'],
    [['show', 'scenarios/a.yaml', 'extra'], 'show'],
    [['--format', 'json', 'validate'], 'validate'],
  ])('the help hint under %j names its command', async (argv, command) => {
    const res = await cli(fixture.io, ...argv);
    expect(res.code).toBe(2);
    expect(res.err).toContain(`\nrun \`npx frontdoor ${command} --help\` for the options and examples\n`);
    expect(res.err).not.toContain('<command>');
  });

  it.each([[['rnu', 'scenarios/a.yaml']], [[]], [['--bogus']]])('with no command (%j), the help hint points at the top-level --help', async (argv) => {
    const res = await cli(fixture.io, ...argv);
    expect(res.code).toBe(2);
    expect(res.err).toContain('\nrun `npx frontdoor --help` for the commands, options and examples\n');
    expect(res.err).not.toContain('<command>');
  });
});

describe('invalid scenarios exit 3 with every problem, and nothing is written', () => {
  it('a missing file names the file and the fix', async () => {
    const res = await cli(fixture.io, 'run', 'scenarios/missing.yaml', '--seed', '1');
    expect(res.code).toBe(3);
    expect(res.err).toContain('scenarios/missing.yaml: file not found (check the path; `npx frontdoor list` shows the shipped scenarios, which you can also give by name)');
  });

  it('every --set problem across the scenarios is listed once', async () => {
    const res = await cli(fixture.io, 'compare', 'scenarios/a.yaml', 'scenarios/b.yaml', '--seed', '1', '--set', 'workforce.posts=-1', '--set', 'workforce.postz=3');
    expect(res.code).toBe(3);
    expect(res.err).toContain('2 problems in the values given on the command line (--set, --years, --warmup); nothing was run or written');
    expect(res.err).toContain('(--set): workforce.posts: Too small');
    expect(res.err).toMatch(/\(--set\): workforce.postz: .*did you mean "posts"/);
    expect(existsSync(join(fixture.dir, 'output'))).toBe(false);
  });
});

describe('help, version and internal errors', () => {
  it('--help lists every command and the exit codes; each command has examples', async () => {
    const top = await cli(fixture.io, '--help');
    expect(top.code).toBe(0);
    for (const command of COMMANDS) expect(top.out).toContain(`frontdoor ${command}`);
    expect(top.out).toContain('130  interrupted');
    for (const command of COMMANDS) {
      const res = await cli(fixture.io, command, '--help');
      expect(res.code).toBe(0);
      expect(res.out).toContain('Examples:');
    }
  });

  it('--out gives the folder each command writes by default; decompose --charts names the files it draws', async () => {
    const help = async (command: string) => (await cli(fixture.io, command, '--help')).out.replace(/\s+/g, ' ');
    expect(await help('run')).toContain('--out Output folder (default output/<name>-<seed>/)');
    expect(await help('compare')).toContain('--out Output folder (default output/<a>-vs-<b>-<seed>/, every scenario\'s name joined by -vs-)');
    expect(await help('sweep')).toContain('--out Output folder (default output/<name>-sweep-<seed>/)');
    const decompose = await help('decompose');
    expect(decompose).toContain('--out Output folder (default output/decompose-<from>-to-<to>-<seed>/)');
    expect(decompose).toMatch(/--charts Draw a waterfall chart per metric .* in charts\/ .* shown in decompose\.md/);
    expect(decompose).not.toContain('report.html');
  });

  it('--version prints the version in package.json', async () => {
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    const res = await cli(fixture.io, '--version');
    expect(res).toMatchObject({ code: 0, out: `${version}\n` });
  });

  it('an unexpected failure exits 1 with "internal error", a stack only under --debug, and no half-written folder', async () => {
    const failing: FakeIo = { ...fakeIo({ dir: fixture.dir }), fs: { ...nodeFs, writeFile: () => { throw new Error('disk on fire'); } } };
    const res = await cli(failing, 'run', 'scenarios/a.yaml', '--seed', '1', '--replications', '2', '--jobs', '1', '--quiet', '--no-charts');
    expect(res.code).toBe(1);
    expect(res.err).toContain('internal error: disk on fire');
    expect(res.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(fixture.dir, 'output', 'tiny-a-1'))).toBe(false);
    expect(listFiles(fixture.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    const debug = await cli(failing, 'run', 'scenarios/a.yaml', '--seed', '1', '--replications', '2', '--jobs', '1', '--quiet', '--debug', '--no-charts');
    expect(debug.err).toMatch(/\n\s+at /);
  });

  it('draws a progress bar on a terminal stderr only', async () => {
    const tty = await cli(fakeIo({ dir: fixture.dir, tty: true }), 'run', 'scenarios/a.yaml', '--seed', '1', '--replications', '2', '--jobs', '1', '--out', 'p1', '--no-charts');
    expect(tty.err).toContain('replications [');
    const piped = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '1', '--replications', '2', '--jobs', '1', '--out', 'p2', '--no-charts');
    expect(piped.err).not.toContain('replications [');
  });
});
