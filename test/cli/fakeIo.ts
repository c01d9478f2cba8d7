import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { CliIo, StopSignal } from '../../src/cli/cliIo.js';
import { nodeFs } from '../../src/cli/nodeIo.js';
import { runCli } from '../../src/cli/runCli.js';

/** The repository folder (package.json, scenarios/). */
export const REPO = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

/** A CLI io over a temporary folder that records stdout and stderr. */
export interface FakeIo extends CliIo {
  out: () => string;
  err: () => string;
  /** Calls the registered interrupt handler, as Ctrl-C (or, given 'SIGTERM', a batch scheduler) would. */
  interrupt: (signal?: StopSignal) => void;
  dir: string;
}

/** Options for a fake io: terminal flags, environment, and an interrupt fired once the run yields. */
export interface FakeIoOptions {
  dir: string;
  tty?: boolean;
  env?: Record<string, string>;
  interruptOnStart?: boolean;
}

/** A fake io whose cwd is `dir`, reading and writing the real disk there. */
export function fakeIo(options: FakeIoOptions): FakeIo {
  let stdout = '';
  let stderr = '';
  let handler: ((signal: StopSignal) => void) | undefined;
  const tty = options.tty ?? false;
  return {
    dir: options.dir,
    stdout: { write: (t) => void (stdout += t), isTTY: tty, columns: tty ? 100 : undefined },
    stderr: { write: (t) => void (stderr += t), isTTY: tty, columns: tty ? 100 : undefined },
    cwd: options.dir,
    env: options.env ?? {},
    fs: nodeFs,
    now: () => new Date('2024-05-01T10:00:00Z'),
    pid: 4242,
    packageRoot: REPO,
    onInterrupt(h) {
      handler = h;
      // Fires after the first replication, when the in-process runner yields to the event loop.
      if (options.interruptOnStart === true) setImmediate(() => h('SIGINT'));
      return () => {
        handler = undefined;
      };
    },
    gitCommit: () => 'a'.repeat(40),
    processAlive: (pid) => pid === 4242,
    availableParallelism: 2,
    memory: { heapLimitBytes: 4 * 1024 ** 3, totalBytes: 8 * 1024 ** 3 },
    out: () => stdout,
    err: () => stderr,
    interrupt: (signal = 'SIGINT') => handler?.(signal),
  };
}

/** A small scenario over the shipped base: few children and staff, a quarter of a year, so a replication takes milliseconds. */
export const TINY_OVERRIDES = `
demand:
  childrenPerYear: 600
screening:
  screeners: 2
workforce:
  posts: 8
allocation:
  heldOnDuty:
    dutyWorkers: 1
horizon:
  years: 0.25
  warmupDays: 30
`;

/** A temp folder holding scenarios/base.yaml (copied from the repository) and two tiny scenarios, a.yaml and b.yaml. */
export function scenarioFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontdoor-cli-'));
  cpSync(join(REPO, 'scenarios', 'base.yaml'), join(dir, 'scenarios', 'base.yaml'));
  writeFileSync(join(dir, 'scenarios', 'a.yaml'), `extends: base.yaml\nname: tiny-a\ndescription: A tiny scenario for tests. Few staff.\n${TINY_OVERRIDES}`);
  writeFileSync(
    join(dir, 'scenarios', 'b.yaml'),
    `extends: a.yaml\nname: tiny-b\ndescription: The tiny scenario with two more posts.\nworkforce:\n  posts: 10   # evidence: a test source for the labels\n`,
  );
  return dir;
}

/** Removes a temp folder. */
export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A test file's scenario folder (see `scenarioFolder`) and a fake io whose cwd it is. */
export interface ScenarioFixture {
  readonly dir: string;
  readonly io: FakeIo;
}

/**
 * The scenario folder and fake io of a test file (io built with `options`): made before its first
 * test and removed after its last, or with `per: 'test'` made afresh for every test; read them
 * inside tests and hooks, not at the top level.
 */
export function useScenarioFolder(options: Omit<FakeIoOptions, 'dir'> = {}, per: 'file' | 'test' = 'file'): ScenarioFixture {
  let made: { dir: string; io: FakeIo } | undefined;
  const current = () => {
    if (made === undefined) throw new Error('the scenario folder is made in beforeAll: read it inside a test or hook');
    return made;
  };
  const [before, after] = per === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(() => {
    const dir = scenarioFolder();
    made = { dir, io: fakeIo({ ...options, dir }) };
  });
  after(() => {
    if (made !== undefined) removeFolder(made.dir);
  });
  return {
    get dir() {
      return current().dir;
    },
    get io() {
      return current().io;
    },
  };
}

/** Runs the CLI in-process and returns the exit code with what it wrote. */
export async function cli(io: FakeIo, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const before = { out: io.out().length, err: io.err().length };
  const code = await runCli(argv, io);
  return { code, out: io.out().slice(before.out), err: io.err().slice(before.err) };
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
