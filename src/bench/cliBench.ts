import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Times the default comparison as a user runs it: `frontdoor compare` in a fresh process, with
 * --jobs 1 and then --jobs 2 (both start cold, as every command-line run does), without charts.
 */
export function benchCliCompare(replications: number): Record<string, unknown> {
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
  const main = join(root, 'dist', 'cli', 'main.js');
  const scratch = mkdtempSync(join(tmpdir(), 'frontdoor-bench-'));
  const time = (jobs: number): number => {
    const started = performance.now();
    execFileSync(process.execPath, [
      main, 'compare', 'scenarios/solihull-2022.yaml', 'scenarios/solihull-2024.yaml', '--seed', 'bench-cli',
      '--replications', String(replications), '--jobs', String(jobs), '--no-charts', '--quiet', '--format', 'csv',
      '--out', join(scratch, `jobs-${jobs}`),
    ], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    return (performance.now() - started) / 1000;
  };
  try {
    const jobs1Seconds = time(1);
    const jobs2Seconds = time(2);
    return {
      benchmark: 'cli-compare-jobs',
      command: `frontdoor compare solihull-2022 solihull-2024 --replications ${replications} --no-charts`,
      replications,
      jobs1Seconds,
      jobs2Seconds,
      speedUp: jobs1Seconds / jobs2Seconds,
      target: 1.7,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
