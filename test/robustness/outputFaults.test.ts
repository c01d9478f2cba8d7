import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, REPO, removeFolder, scenarioFolder } from '../cli/fakeIo.js';

// Faults through the real command line: the built CLI (dist/cli/main.js, built by `npm test` before
// vitest) in its own process, so signals, locks and the disk behave as they do for a user.
const MAIN = join(REPO, 'dist', 'cli', 'main.js');
const QUICK = ['--seed', '1', '--no-charts', '--jobs', '1', '--format', 'json'];

interface Finished {
  code: number | null;
  err: string;
}

interface Running {
  pid: number;
  err: () => string;
  /** Whether the process has exited. */
  exited: () => boolean;
  done: Promise<Finished>;
  kill: (signal: NodeJS.Signals) => void;
}

function start(cwd: string, args: readonly string[]): Running {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  let exited = false;
  child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  child.on('exit', () => void (exited = true));
  const done = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({ code, err })));
  return { pid: child.pid ?? -1, err: () => err, exited: () => exited, done, kill: (signal) => void child.kill(signal) };
}

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2400; i++) {
    if (test()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Mounts a tmpfs at a new folder (root only); undefined with the reason printed when the machine cannot. */
function mountTmpfs(options: string): string | undefined {
  const point = mkdtempSync(join(tmpdir(), 'frontdoor-mount-'));
  const result = process.getuid?.() === 0 ? spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', point]) : undefined;
  if (result?.status === 0) return point;
  rmSync(point, { recursive: true, force: true });
  return undefined;
}

function unmount(point: string | undefined): void {
  if (point === undefined) return;
  spawnSync('umount', [point]);
  rmSync(point, { recursive: true, force: true });
}

let dir: string;
beforeAll(() => {
  dir = scenarioFolder();
});
afterAll(() => removeFolder(dir));

describe('output folders under real processes', () => {
  it('of two runs into one --out at once, exactly one writes and the other exits 2 naming the running one', async () => {
    const first = start(dir, ['run', 'scenarios/a.yaml', ...QUICK, '--replications', '100', '--out', 'out/both']);
    // The second starts only once the first holds the folder, and the first is paused (SIGSTOP) until
    // the second has finished, so the two truly overlap however fast either runs.
    await until(() => existsSync(join(dir, 'out', 'both.lock')) || first.err().includes('error'), 'the first run to claim out/both');
    first.kill('SIGSTOP');
    let second: Finished;
    try {
      expect(first.exited(), 'the first run finished before it could be paused').toBe(false);
      expect(existsSync(join(dir, 'out', 'both.lock'))).toBe(true);
      second = await start(dir, ['run', 'scenarios/b.yaml', ...QUICK, '--replications', '2', '--out', 'out/both']).done;
    } finally {
      first.kill('SIGCONT');
    }
    const firstDone = await first.done;
    expect(firstDone.code).toBe(0);
    expect(second.code).toBe(2);
    expect(second.err).toContain(`another frontdoor run (process ${first.pid}) is writing to --out out/both right now`);
    // The folder is the first run's, whole: every file its run.json lists and nothing else.
    const record = JSON.parse(readFileSync(join(dir, 'out', 'both', 'run.json'), 'utf8')) as { files: string[]; scenarios: { name: string }[] };
    expect(record.scenarios.map((s) => s.name)).toEqual(['tiny-a']);
    expect(listFiles(join(dir, 'out', 'both'))).toEqual([...record.files].sort());
    expect(readdirSync(join(dir, 'out'))).toEqual(['both']);
  });

  it('SIGTERM stops a run like Ctrl-C: exit 143, the replications completed said, nothing left behind', async () => {
    const run = start(dir, ['run', 'scenarios/a.yaml', ...QUICK, '--replications', '5000', '--out', 'out/term']);
    await until(() => run.err().includes('running 5000 replications'), 'the run to start');
    // The run catches SIGTERM before it says it is running, so the signal can follow that line at once.
    run.kill('SIGTERM');
    const { code, err } = await run.done;
    expect(code).toBe(143);
    expect(err).toMatch(/terminated \(SIGTERM\): \d+ of 5000 replications had completed; nothing was written/);
    expect(existsSync(join(dir, 'out', 'term'))).toBe(false);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.startsWith('term'))).toEqual([]);
  });

  it('a run killed hard leaves its lock and partial folder; the next run removes them, says so, and writes', async () => {
    const killed = start(dir, ['run', 'scenarios/a.yaml', ...QUICK, '--replications', '400', '--out', 'out/hard']);
    await until(() => existsSync(join(dir, 'out', 'hard.lock')), 'the run to claim out/hard');
    killed.kill('SIGKILL');
    await killed.done;
    // A kill during the final write leaves this folder; it is made by hand as the timing cannot be hit reliably.
    mkdirSync(join(dir, 'out', `hard.partial-${killed.pid}`));
    writeFileSync(join(dir, 'out', `hard.partial-${killed.pid}`, 'summary.csv'), 'half');
    const next = await start(dir, ['run', 'scenarios/a.yaml', ...QUICK, '--replications', '2', '--out', 'out/hard']).done;
    expect(next.code).toBe(0);
    expect(next.err).toContain(`removed out/hard.lock, a lock left by frontdoor process ${killed.pid}, which is no longer running`);
    expect(next.err).toContain(`removed out/hard.partial-${killed.pid}, an unfinished output folder left by frontdoor process ${killed.pid}`);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.startsWith('hard'))).toEqual(['hard']);
  });

  it('a read-only --out is refused with exit 2 before any replication runs (skips where a read-only tmpfs cannot be mounted)', async (context) => {
    const point = mountTmpfs('ro,size=64k');
    // Only root can mount; as root, chmod does not stop writes, so a read-only mount is the one honest fault.
    if (point === undefined) context.skip('cannot mount a read-only tmpfs here (needs root and mount permission)');
    try {
      const { code, err } = await start(dir, ['run', 'scenarios/a.yaml', ...QUICK, '--replications', '2', '--out', join(point ?? '', 'r')]).done;
      expect(code).toBe(2);
      expect(err).toContain(`cannot be written: the file system is read-only (EROFS) at ${point}`);
      expect(err).not.toContain('running 2 replications');
      expect(err).not.toMatch(/internal error|bug/);
    } finally {
      unmount(point);
    }
  });

  it('a mount point as --out is refused with exit 2 before any replication runs (skips where a tmpfs cannot be mounted)', async (context) => {
    const point = mountTmpfs('size=64k');
    if (point === undefined) context.skip('cannot mount a tmpfs here (needs root and mount permission)');
    try {
      const { code, err } = await start(dir, ['run', 'scenarios/a.yaml', ...QUICK, '--replications', '2', '--out', point ?? '']).done;
      expect(code).toBe(2);
      expect(err).toContain(`--out ${point} is a mount point`);
      expect(err).not.toContain('running 2 replications');
      expect(readdirSync(point ?? '')).toEqual([]);
      // A symbolic link to it is not a mount point: the link itself is replaced, as any --out folder is.
      const link = join(dir, 'out', 'to-mount');
      mkdirSync(join(dir, 'out'), { recursive: true });
      symlinkSync(point ?? '', link);
      const linked = await start(dir, ['run', 'scenarios/a.yaml', ...QUICK, '--replications', '2', '--out', 'out/to-mount']).done;
      expect(linked.err).not.toContain('mount point');
      expect(linked.code).toBe(0);
      rmSync(link, { recursive: true, force: true });
    } finally {
      unmount(point);
    }
  });

  it('a full disk exits 1 naming the folder, the file and the full disk, and leaves the disk as it was (skips where a small tmpfs cannot be mounted)', async (context) => {
    // 96 KiB: room for the lock and the small files, not for raw.json or summary.json (over 100 KB each).
    const point = mountTmpfs('size=96k');
    if (point === undefined) context.skip('cannot mount a small tmpfs here (needs root and mount permission)');
    try {
      const out = join(point ?? '', 'r');
      const { code, err } = await start(dir, ['run', 'scenarios/a.yaml', ...QUICK, '--replications', '2', '--out', out]).done;
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`could not write \\S+ in ${out}: the disk is full \\(ENOSPC\\)`));
      expect(err).not.toMatch(/internal error|bug/);
      expect(readdirSync(point ?? '')).toEqual([]);
    } finally {
      unmount(point);
    }
  });
});

describe('the lock under SIGKILL', () => {
  it('is never left half-written: a process killed while making locks leaves each one whole or absent', async () => {
    // A child makes lock after lock (l0, l1, ...) with the CLI's own createExclusive and is killed
    // at five different moments. An exclusive open followed by a write leaves an empty lock when the
    // kill falls between the two (one kill in several here); a lock must parse whenever it exists.
    const nodeIo = join(REPO, 'dist', 'cli', 'nodeIo.js');
    for (const delay of [60, 90, 120, 150, 180]) {
      const folder = mkdtempSync(join(tmpdir(), 'frontdoor-lock-'));
      try {
        const program = `import { nodeFs } from ${JSON.stringify(nodeIo)};
          for (let i = 0; ; i++) nodeFs.createExclusive(${JSON.stringify(folder)} + '/l' + i, JSON.stringify({ pid: process.pid }) + '\\n');`;
        const child = spawn(process.execPath, ['--input-type=module', '-e', program], { stdio: 'ignore' });
        const closed = new Promise((resolve) => child.on('close', resolve));
        await until(() => readdirSync(folder).length > 20, 'the child to make locks');
        await new Promise((resolve) => setTimeout(resolve, delay));
        child.kill('SIGKILL');
        await closed;
        const locks = readdirSync(folder).filter((name) => /^l\d+$/.test(name));
        expect(locks.length).toBeGreaterThan(20);
        for (const name of locks) expect(JSON.parse(readFileSync(join(folder, name), 'utf8')), name).toEqual({ pid: child.pid });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }
  });
});
