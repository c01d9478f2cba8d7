import { join, resolve } from 'node:path';
import { ExperimentAbortError, runExperiment, runSequentialExperiment } from '../experiment/index.js';
import type { ExperimentRaw } from '../experiment/index.js';
import { resultFiles, SAMPLE_REPLICATIONS } from '../results/index.js';
import type { OutputFile, RecordedScenario, ResultsInput, SweepDesign } from '../results/index.js';
import { InputError, stopError } from './cliErrors.js';
import { runSize } from './runSize.js';
import { closingFiles } from './closingFiles.js';
import type { CliIo, StopSignal } from './cliIo.js';
import { watchForStop } from './stopWatch.js';
import type { CommandContext } from './commandContext.js';
import type { ResolvedScenario } from './loadScenarios.js';
import { MESSAGES } from './messages.js';
import { backlogSummaries } from './backlogSummaries.js';
import { createNarrator } from './narrator.js';
import type { Narrator } from './narrator.js';
import { claimOutputFolder } from './outputClaim.js';
import { checkOutputFolder, writeFolder } from './outputFolder.js';
import { FEW_REPLICATIONS } from './headlineTable.js';
import { printResults } from './printResults.js';
import { startProgress } from './progressBar.js';
import type { OutputSettings, RunSettings } from './settings.js';

/** A run, compare or sweep, ready to go: loaded scenarios and validated settings. */
export interface ExperimentJob {
  command: 'run' | 'compare' | 'sweep';
  scenarios: ResolvedScenario[];
  settings: RunSettings;
  output: OutputSettings;
  /** Default folder name before the seed, e.g. 'solihull-2022-vs-solihull-2024'. */
  outName: string;
  sweep?: SweepDesign;
}

/** The scenarios as run.json records them. */
export function recordedScenarios(scenarios: readonly ResolvedScenario[]): RecordedScenario[] {
  return scenarios.map(({ loaded, provenance, labels }) => ({
    name: loaded.name, file: loaded.file, sha256: loaded.hash, extends: loaded.chain, resolved: loaded.scenario, provenance: Object.fromEntries(provenance),
    ...(labels.size === 0 ? {} : { labels: Object.fromEntries([...labels].map(([path, label]) => [path, { kind: label.kind, note: label.note }])) }),
  }));
}

async function runWithProgress(io: CliIo, job: ExperimentJob, signal: AbortSignal, stoppedBy: () => StopSignal | undefined): Promise<ExperimentRaw> {
  const { settings, output } = job;
  const progress = startProgress(io.stderr, !output.quiet && output.format === 'table');
  try {
    const scenarios = job.scenarios.map((s) => s.loaded);
    const common = { seed: settings.seed, jobs: settings.jobs, sampleReplications: SAMPLE_REPLICATIONS, onProgress: (done: number, total: number) => progress.update(done, total), signal };
    if (settings.replicationRule !== undefined) return await runSequentialExperiment(scenarios, common, settings.replicationRule);
    return await runExperiment(scenarios, {
      ...common,
      replications: settings.replications,
      ...(settings.shard === undefined ? {} : { shard: settings.shard }),
    });
  } catch (error) {
    if (error instanceof ExperimentAbortError) throw stopError(stoppedBy(), error.completed, error.total);
    throw error;
  } finally {
    progress.stop();
  }
}

/** Share of a memory limit a run may plan to use, leaving room for the summaries and the process itself. */
const MEMORY_HEADROOM = 0.75;

const gb = (bytes: number): string => (bytes / 1024 ** 3).toFixed(1);

/**
 * Refuses, before anything runs, a scenario whose one replication would not fit in a thread's heap
 * (an InputError, exit 3, with the estimate and the limit), and returns the number of threads whose
 * replications fit in the machine's memory together (fewer than asked, with a warning, if need be).
 */
function checkRunSize(io: CliIo, job: ExperimentJob, narrator: Narrator): number {
  const heap = io.memory.heapLimitBytes * MEMORY_HEADROOM;
  let largest = 0;
  for (const { loaded } of job.scenarios) {
    const size = runSize(loaded.scenario);
    if (size.bytes > heap) throw new InputError(MESSAGES.runTooLarge(loaded.name, gb(size.bytes), size.contactsPerYear, size.years, gb(heap)));
    largest = Math.max(largest, size.bytes);
  }
  const fit = Math.max(1, Math.floor((io.memory.totalBytes * MEMORY_HEADROOM) / Math.max(1, largest)));
  if (fit >= job.settings.jobs) return job.settings.jobs;
  narrator.warn(MESSAGES.jobsReducedForMemory(job.settings.jobs, fit, gb(largest), gb(io.memory.totalBytes)));
  return fit;
}

/** Model warnings, each kind said once per scenario with how many replications gave it (numbers vary, so they are ignored when grouping). */
function reportWarnings(raw: ExperimentRaw, narrator: Narrator): void {
  const groups = new Map<string, { scenario: string; first: number; text: string; count: number }>();
  for (const record of raw.records) {
    for (const text of record.warnings) {
      const key = `${record.scenario}\u0000${text.replace(/\d+(\.\d+)?/g, '#')}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { scenario: record.scenario, first: record.replication, text, count: 1 });
      else group.count++;
    }
  }
  const perScenario = raw.records.length / Math.max(1, raw.scenarios.length);
  for (const line of backlogSummaries(raw)) narrator.warn(line);
  for (const g of groups.values()) narrator.warn(MESSAGES.replicationWarning(g.scenario, g.first, g.count, perScenario, g.text));
}

/**
 * Runs the experiment and writes its output folder. The steps: 1. say the seed; 2. claim the output
 * folder before any work (lock, writable, stale leftovers removed, checked); 3. run the replications
 * (progress bar on a terminal; Ctrl-C or SIGTERM aborts);
 * 4. lay out the files (a shard keeps only raw.json, README.md and run.json); 5. write them
 * all-or-nothing; 6. print the answer on stdout, then the folder and the report to open.
 */
export async function runExperimentCommand(ctx: CommandContext, job: ExperimentJob): Promise<void> {
  const { io } = ctx;
  const { settings, output } = job;
  const narrator = createNarrator(io.stderr, output.quiet);
  const started = io.now();
  // 1.
  narrator.say(settings.seedFromClock ? MESSAGES.seedChosen(settings.seed) : MESSAGES.seedGiven(settings.seed));
  // 2.
  settings.jobs = checkRunSize(io, job, narrator);
  const shardSuffix = settings.shard === undefined ? '' : `-shard-${settings.shard.index + 1}of${settings.shard.count}`;
  const shown = settings.out ?? `output/${job.outName}-${settings.seed}${shardSuffix}`;
  const outPath = resolve(io.cwd, shown);
  const claim = claimOutputFolder(io, outPath, settings.force, shown, (line) => narrator.say(line));
  try {
    await runAndWrite(ctx, job, narrator, started, outPath, shown);
  } finally {
    claim.release();
  }
}

async function runAndWrite(ctx: CommandContext, job: ExperimentJob, narrator: Narrator, started: Date, outPath: string, shown: string): Promise<void> {
  const { io } = ctx;
  const { settings, output } = job;
  // 3. Ctrl-C and SIGTERM are caught before the run says it is running.
  const stop = watchForStop(io);
  const names = job.scenarios.map((s) => s.loaded.name);
  const rule = settings.replicationRule;
  narrator.say(rule === undefined ? MESSAGES.running(settings.replications, names, settings.jobs)
    : MESSAGES.runningAuto(rule.precision, rule.minReplications, rule.maxReplications, names, settings.jobs));
  if (rule === undefined && settings.replications < FEW_REPLICATIONS) narrator.warn(MESSAGES.fewReplications(settings.replications, FEW_REPLICATIONS));
  if (settings.shardText !== undefined) {
    const count = settings.shard === undefined ? 0 : Math.ceil((settings.replications - settings.shard.index) / settings.shard.count);
    narrator.say(MESSAGES.runningShard(count, settings.replications, settings.shardText));
  }
  // The folder is checked once more just before it is replaced: files may have been added while the run went on.
  const writing: Parameters<typeof writeFolder>[3] = {
    signal: stop.signal, stoppedBy: stop.stoppedBy, shown, beforeCommit: () => checkOutputFolder(io, outPath, settings.force, shown),
  };
  try {
    const running = runWithProgress(io, job, stop.signal, stop.stoppedBy);
    // The report and chart modules (vega, vega-lite) load while the replications run, not before.
    const contents = import('./folderContents.js');
    contents.catch(() => undefined); // a failure is reported where it is awaited
    const raw = await running;
    const decided = raw.replicationRule;
    if (decided !== undefined) narrator.say(MESSAGES.autoDecided(decided.met, decided.replications, decided.rule.precision, decided.widest));
    reportWarnings(raw, narrator);
    // 4.
    const input: ResultsInput = {
      command: job.command,
      arguments: ctx.argv,
      tool: ctx.tool,
      raw,
      scenarios: recordedScenarios(job.scenarios),
      seedSource: settings.seedFromClock ? 'clock' : 'argument',
      jobs: settings.jobs,
      events: settings.events,
      started,
      ...(job.sweep === undefined ? {} : { sweep: job.sweep }),
    };
    if (settings.shard !== undefined) {
      const files: OutputFile[] = [['raw.json', `${JSON.stringify(raw)}\n`]];
      // 5.
      writeFolder(io, outPath, [...files, ...closingFiles(io, input, files, { shard: settings.shard })], writing);
      narrator.say(MESSAGES.shardWritten(settings.shardText ?? '', shown));
      return;
    }
    const { summary, files } = resultFiles(input);
    // 5.
    const { folderContents } = await contents;
    const written = await folderContents(io, input, summary, files, settings.charts, narrator, settings.interactive);
    writeFolder(io, outPath, written, writing);
    // 6. The answer, then where it went as the last lines, so they are on screen when the run ends.
    printResults(io, output, summary, ctx.tool, job.sweep);
    narrator.say(MESSAGES.wrote(shown));
    if (written.some(([path]) => path === 'report.html')) narrator.say(MESSAGES.openReport(join(shown, 'report.html'), process.platform));
  } finally {
    stop.release();
  }
}
