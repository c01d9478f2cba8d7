import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { REPO_ROOT, replyFromChild } from './childReply.js';
import type { CliChildReply } from './cliChild.js';

/** Runs `frontdoor compare` on the default comparison in a fresh process; resolves with its wall and CPU time (and peak RSS). */
function timeCompare(replications: number, jobs: number, out: string, seed = 'bench-cli'): Promise<CliChildReply> {
  return runMeasured([
    'compare', 'scenarios/solihull-2022.yaml', 'scenarios/solihull-2024.yaml', '--seed', seed,
    '--replications', String(replications), '--jobs', String(jobs), '--no-charts', '--quiet', '--format', 'csv', '--out', out,
  ]);
}

/**
 * Times the default comparison as a user runs it: `frontdoor compare` in a fresh process (cold, as
 * every command-line run is), without charts, in `rounds` interleaved rounds of --jobs 1 then
 * --jobs 2, so a slow spell of a shared machine hits both. Each round also runs two --jobs 1
 * processes at once, each with half the replications (different seeds): that is what two cores of
 * this machine give this workload with nothing shared but the hardware, the ceiling to read the
 * --jobs 2 speed-up against.
 *
 * Each round also reports the cores a --jobs 1 run already keeps busy (its CPU time over its wall
 * time: V8 compiles and collects garbage on background threads) and the most --jobs 2 can then
 * gain: C cores cannot do the same CPU work in less than 1/C of it, so on a machine with C cores
 * --jobs 2 is at most min(2, C / cores used by --jobs 1) times faster.
 */
export async function benchCliCompare(replications: number, rounds: number): Promise<Record<string, unknown>> {
  const cores = availableParallelism();
  const scratch = mkdtempSync(join(tmpdir(), 'frontdoor-bench-'));
  const perRound: Record<string, number>[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const folder = (name: string) => join(scratch, `${round}-${name}`);
      const jobs1 = await timeCompare(replications, 1, folder('jobs1'));
      const jobs2 = await timeCompare(replications, 2, folder('jobs2'));
      const halves = await Promise.all([
        timeCompare(Math.ceil(replications / 2), 1, folder('half1'), 'bench-cli-half-1'),
        timeCompare(Math.floor(replications / 2), 1, folder('half2'), 'bench-cli-half-2'),
      ]);
      const twoProcessesSeconds = Math.max(...halves.map((h) => h.seconds));
      const jobs1Cores = jobs1.cpuSeconds / jobs1.seconds;
      perRound.push({
        jobs1Seconds: jobs1.seconds, jobs2Seconds: jobs2.seconds, twoProcessesSeconds,
        jobs1CpuSeconds: jobs1.cpuSeconds, jobs2CpuSeconds: jobs2.cpuSeconds,
        jobs1Cores, jobs2Bound: Math.min(2, cores / jobs1Cores),
        speedUp: jobs1.seconds / jobs2.seconds, twoProcessesSpeedUp: jobs1.seconds / twoProcessesSeconds,
      });
    }
    const middle = (key: string) => median(perRound.map((r) => r[key] as number));
    return {
      benchmark: 'cli-compare-jobs',
      command: `frontdoor compare solihull-2022 solihull-2024 --replications ${replications} --no-charts`,
      replications,
      cores,
      loadAverage1m: loadavg()[0],
      rounds: perRound,
      speedUp: middle('speedUp'),
      twoProcessesSpeedUp: middle('twoProcessesSpeedUp'),
      jobs1Cores: middle('jobs1Cores'),
      jobs2Bound: middle('jobs2Bound'),
      target: 1.7,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs one frontdoor command in a fresh child process and returns its exit code, peak RSS, wall and CPU time. */
async function runMeasured(args: string[]): Promise<CliChildReply> {
  const reply = await replyFromChild<CliChildReply>(join(REPO_ROOT, 'dist', 'bench', 'cliChild.js'), { args, stderr: false });
  if (reply.exitCode !== 0) throw new Error(`frontdoor ${args.join(' ')} failed with exit code ${reply.exitCode}`);
  return reply;
}

/**
 * Peak memory of a whole command-line run against its number of replications: `frontdoor run
 * solihull-2022` (the heavier scenario of the default comparison, 3 measured years) with the
 * default --jobs 2, writing every output but charts, at `fewer` and at `more` replications, each in
 * a fresh process measured by the kernel's high-water mark (worker threads included).
 */
export async function benchCliMemory(fewer: number, more: number): Promise<Record<string, unknown>> {
  const scratch = mkdtempSync(join(tmpdir(), 'frontdoor-bench-'));
  const measure = async (replications: number) => {
    const out = join(scratch, `replications-${replications}`);
    const reply = await runMeasured([
      'run', 'scenarios/solihull-2022.yaml', '--seed', 'bench-memory', '--replications', String(replications),
      '--jobs', '2', '--no-charts', '--quiet', '--format', 'csv', '--out', out,
    ]);
    return { replications, peakRssKiB: reply.peakRssKiB, seconds: reply.seconds, rawJsonBytes: statSync(join(out, 'raw.json')).size };
  };
  try {
    const low = await measure(fewer);
    const high = await measure(more);
    return {
      benchmark: 'cli-memory',
      command: 'frontdoor run solihull-2022 --jobs 2 --no-charts, at two replication counts, each in a fresh process',
      method: 'peak RSS is the kernel high-water mark of the whole process (getrusage maxRSS, KiB), worker threads and output writing included',
      small: low,
      large: high,
      peakRssGrowthKiB: high.peakRssKiB - low.peakRssKiB,
      peakRssRatio: high.peakRssKiB / low.peakRssKiB,
      target: 1.3,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
