import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { REPO_ROOT, replyFromChild } from './childReply.js';
import type { CliChildReply } from './cliChild.js';

/** Target for `npm start` on an unchanged checkout, in seconds on two cores (issue 16). */
const TARGET_SECONDS = 8;

/** The build's up-to-date check as `npm start` runs it first; its wall time in seconds. */
function timeBuildCheck(): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`scripts/build.mjs failed with exit code ${String(result.status)}`);
  return (performance.now() - started) / 1000;
}

/**
 * Times what `npm start` does on an unchanged checkout: the build's up-to-date check (a fresh
 * process), then the default comparison with charts and report in a fresh process (30 replications
 * per scenario, seed 2022, default --jobs), `rounds` times; the median is reported with the target.
 * `mmcLimitSeconds` (the hand-inlined M/M/c loop's time in the same bench run) is passed in so the
 * figure can be read on any machine as a multiple of it. npm's own start-up (about 0.2 s) is not included.
 */
export async function benchStart(rounds: number, mmcLimitSeconds: number | undefined, replications = 30): Promise<Record<string, unknown>> {
  const scratch = mkdtempSync(join(tmpdir(), 'frontdoor-bench-start-'));
  const perRound: { buildCheckSeconds: number; compareSeconds: number; compareCpuSeconds: number; seconds: number }[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const buildCheckSeconds = timeBuildCheck();
      const reply = await replyFromChild<CliChildReply>(join(REPO_ROOT, 'dist', 'bench', 'cliChild.js'), {
        args: ['compare', 'scenarios/solihull-2022.yaml', 'scenarios/solihull-2024.yaml', '--seed', '2022', '--replications', String(replications),
          '--force', '--quiet', '--out', join(scratch, String(round))],
        stderr: false,
      });
      if (reply.exitCode !== 0) throw new Error(`frontdoor compare failed with exit code ${reply.exitCode}`);
      perRound.push({ buildCheckSeconds, compareSeconds: reply.seconds, compareCpuSeconds: reply.cpuSeconds, seconds: buildCheckSeconds + reply.seconds });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = median(perRound.map((r) => r.seconds));
  return {
    benchmark: 'cli-start',
    command: `npm start (build up-to-date check, then frontdoor compare solihull-2022 solihull-2024 --seed 2022, ${replications} replications, charts and report)`,
    cores: availableParallelism(),
    loadAverage1m: loadavg()[0],
    rounds: perRound,
    seconds,
    buildCheckSeconds: median(perRound.map((r) => r.buildCheckSeconds)),
    mmcLimitSeconds: mmcLimitSeconds ?? null,
    secondsInMmcLimits: mmcLimitSeconds === undefined ? null : seconds / mmcLimitSeconds,
    target: TARGET_SECONDS,
    met: seconds < TARGET_SECONDS,
  };
}
