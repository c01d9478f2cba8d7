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

/** Replications per scenario of the short comparison that shows the part of `npm start` that does not grow with replications. */
const FEW_REPLICATIONS = 2;

/** One `frontdoor compare` of the default pair in a fresh process: its wall and CPU seconds. */
async function timeCompare(replications: number, out: string): Promise<{ seconds: number; cpuSeconds: number }> {
  const reply = await replyFromChild<CliChildReply>(join(REPO_ROOT, 'dist', 'bench', 'cliChild.js'), {
    args: ['compare', 'scenarios/solihull-2022.yaml', 'scenarios/solihull-2024.yaml', '--seed', '2022', '--replications', String(replications),
      '--force', '--quiet', '--out', out],
    stderr: false,
  });
  if (reply.exitCode !== 0) throw new Error(`frontdoor compare failed with exit code ${reply.exitCode}`);
  return { seconds: reply.seconds, cpuSeconds: reply.cpuSeconds };
}

/**
 * The time of a comparison split into a part that does not depend on the replications (start-up,
 * data files, charts, report) and a part per replication, from two comparisons that differ only in
 * replications per scenario (`few` and `many`, median seconds each): a straight line through the
 * two. From these, the wall time one replication may take for the whole to fit in `target` seconds
 * (after `buildCheckSeconds`), and how many times faster than now that is; null when the fixed part
 * alone exceeds the target, so no speed of the model can meet it.
 */
export function startBudget(few: { replications: number; seconds: number }, many: { replications: number; seconds: number }, buildCheckSeconds: number, target: number): Record<string, number | null> {
  const scenarios = 2;
  const perReplicationSeconds = Math.max(0, (many.seconds - few.seconds) / (scenarios * (many.replications - few.replications)));
  const fixedSeconds = buildCheckSeconds + few.seconds - scenarios * few.replications * perReplicationSeconds;
  const allowed = (target - fixedSeconds) / (scenarios * many.replications);
  return {
    fixedSeconds,
    perReplicationSeconds,
    perReplicationSecondsForTarget: allowed > 0 ? allowed : null,
    modelSpeedUpForTarget: allowed > 0 && perReplicationSeconds > 0 ? perReplicationSeconds / allowed : null,
  };
}

/**
 * Times what `npm start` does on an unchanged checkout: the build's up-to-date check (a fresh
 * process), then the default comparison with charts and report in a fresh process (30 replications
 * per scenario, seed 2022, default --jobs), `rounds` times; the median is reported with the target.
 * Each round also times the same comparison with FEW_REPLICATIONS per scenario, so the record splits
 * the time into the part that no speed of the model changes and the part per replication (startBudget).
 * `mmcLimitSeconds` (the hand-inlined M/M/c loop's time in the same bench run) is passed in so the
 * figure can be read on any machine as a multiple of it. npm's own start-up (about 0.2 s) is not included.
 */
export async function benchStart(rounds: number, mmcLimitSeconds: number | undefined, replications = 30): Promise<Record<string, unknown>> {
  const scratch = mkdtempSync(join(tmpdir(), 'frontdoor-bench-start-'));
  const perRound: { buildCheckSeconds: number; compareSeconds: number; compareCpuSeconds: number; seconds: number; fewSeconds: number }[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const buildCheckSeconds = timeBuildCheck();
      const full = await timeCompare(replications, join(scratch, `${round}`));
      const few = await timeCompare(FEW_REPLICATIONS, join(scratch, `${round}-few`));
      perRound.push({ buildCheckSeconds, compareSeconds: full.seconds, compareCpuSeconds: full.cpuSeconds, seconds: buildCheckSeconds + full.seconds, fewSeconds: few.seconds });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = median(perRound.map((r) => r.seconds));
  const buildCheckSeconds = median(perRound.map((r) => r.buildCheckSeconds));
  const budget = startBudget(
    { replications: FEW_REPLICATIONS, seconds: median(perRound.map((r) => r.fewSeconds)) },
    { replications, seconds: median(perRound.map((r) => r.compareSeconds)) },
    buildCheckSeconds, TARGET_SECONDS,
  );
  return {
    benchmark: 'cli-start',
    command: `npm start (build up-to-date check, then frontdoor compare solihull-2022 solihull-2024 --seed 2022, ${replications} replications, charts and report)`,
    cores: availableParallelism(),
    loadAverage1m: loadavg()[0],
    rounds: perRound,
    seconds,
    buildCheckSeconds,
    ...budget,
    mmcLimitSeconds: mmcLimitSeconds ?? null,
    secondsInMmcLimits: mmcLimitSeconds === undefined ? null : seconds / mmcLimitSeconds,
    target: TARGET_SECONDS,
    met: seconds < TARGET_SECONDS,
  };
}
