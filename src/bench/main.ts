#!/usr/bin/env node
// Benchmarks (npm run bench [-- --quick] [-- --model]): prints one JSON line per benchmark to stdout.
// 1. the engine against a hand-inlined loop on M/M/c; 2. the model's events per second and
// allocation on the Solihull scenarios, and its targets against that loop; 3. the default comparison with --jobs 1 and 2 (in-process, and as the
// command line runs it); 4. what a small scenario keeps per replication; 5. the peak memory of
// `frontdoor run` at 30 and 300 replications; 6. `npm start` on an unchanged checkout, also in units of
// the M/M/c limit's time from step 1; 7. the teaching page's re-run after a slider move, in Chromium.
// --quick uses fewer replications for a fast look; --model stops after 2; --teaching runs only 7.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LoadedScenario } from '../experiment/index.js';
import { loadScenario, ScenarioSchema } from '../scenario/index.js';
import { REPO_ROOT, replyFromChild } from './childReply.js';
import { benchCliCompare, benchCliMemory } from './cliBench.js';
import { benchExperiment } from './experimentBench.js';
import { benchKernel } from './kernelBench.js';
import { benchModel, modelTargets } from './modelBench.js';
import type { ScheduleChildReply } from './scheduleReplayChild.js';
import { benchStart } from './startBench.js';
import { benchTeaching } from './teachingBench.js';

const quick = process.argv.includes('--quick');
const modelOnly = process.argv.includes('--model');
const teachingOnly = process.argv.includes('--teaching');
const reader = {
  read: (path: string) => (existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined),
  resolve: (from: string, relative: string) => resolve(dirname(from), relative),
};
const print = (record: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(record)}\n`);

function load(name: string): LoadedScenario {
  const file = resolve(REPO_ROOT, 'scenarios', `${name}.yaml`);
  const result = loadScenario(file, ScenarioSchema, reader);
  if (!result.ok) throw new Error(`cannot load ${file}: ${result.issues.map((i) => i.message).join('; ')}`);
  return { name: result.value.name, file, hash: name, chain: result.chain, scenario: result.value };
}

if (teachingOnly) print(await benchTeaching(quick ? 3 : 7));
else await benchAll();

/** Every benchmark, in the order of the list at the top of this file. */
async function benchAll(): Promise<void> {
  const kernel = benchKernel();
  for (const record of kernel) print(record);
  const limit = kernel.find((r) => r.benchmark === 'mmc-limit');
  if (limit === undefined) throw new Error('the kernel benchmark gave no mmc-limit record');
  const comparison = [load('solihull-2022'), load('solihull-2024')];
  const models = comparison.map((s) => benchModel(s.name, s.scenario, quick ? 2 : 5));
  for (const record of models) print(record);
  for (const [k, record] of models.entries()) {
    const scheduleOnly = await replyFromChild<ScheduleChildReply>(resolve(REPO_ROOT, 'dist', 'bench', 'scheduleReplayChild.js'), {
      request: { file: comparison[k]!.file, seed: 'bench-model', replays: quick ? 2 : 5 },
    });
    print(modelTargets(record, limit, scheduleOnly));
  }
  if (!modelOnly) {
    for (const record of await benchExperiment(comparison, { replications: quick ? 4 : 30, rounds: quick ? 1 : 2 })) print(record);
    print(await benchCliCompare(quick ? 4 : 30, quick ? 1 : 2));
    print(await benchCliMemory(quick ? 5 : 30, quick ? 50 : 300));
    print(await benchStart(quick ? 1 : 3, typeof limit['seconds'] === 'number' ? limit['seconds'] : undefined));
    print(await benchTeaching(quick ? 3 : 7));
  }
}
