import { join, resolve } from 'node:path';
import { mergeShards } from '../experiment/index.js';
import type { ExperimentRaw } from '../experiment/index.js';
import { resultFiles } from '../results/index.js';
import type { ResultsInput } from '../results/index.js';
import { InputError } from './cliErrors.js';
import type { CommandContext } from './commandContext.js';
import { folderContents } from './folderContents.js';
import { MESSAGES } from './messages.js';
import { createNarrator } from './narrator.js';
import type { Narrator } from './narrator.js';
import { claimOutputFolder } from './outputClaim.js';
import { checkOutputFolder, writeFolder } from './outputFolder.js';
import { printResults } from './printResults.js';
import type { OutputSettings } from './settings.js';
import { readShardFolder } from './shardFolder.js';
import type { ShardFolder } from './shardFolder.js';

function merged(shards: readonly ShardFolder[]): ExperimentRaw {
  try {
    return mergeShards(shards.map((s) => s.raw));
  } catch (error) {
    throw new InputError(MESSAGES.mergeMismatch((error instanceof Error ? error.message : String(error)).replace(/^mergeShards: /, '')));
  }
}

function checkRecordsAgree(first: ShardFolder, shard: ShardFolder): void {
  const hashes = (s: ShardFolder) => s.scenarios.map((x) => `${x.name}:${x.sha256}`).join(' ');
  if (hashes(first) !== hashes(shard)) throw new InputError(MESSAGES.mergeMismatch(`${shard.dir}/run.json lists other scenarios than ${first.dir}/run.json`));
  first.raw.scenarios.forEach((s, i) => {
    if (first.scenarios[i]?.sha256 !== s.hash) throw new InputError(MESSAGES.mergeMismatch(`${first.dir}: run.json and raw.json disagree about scenario "${s.name}"`));
  });
  if (first.command !== shard.command) throw new InputError(MESSAGES.mergeMismatch(`${first.dir} is a ${first.command}, ${shard.dir} a ${shard.command}`));
}

/**
 * Reads every shard folder, checks they are parts of one experiment, merges their raw results in
 * canonical order and writes the same files a single run writes (run.json also lists the shards),
 * then prints the answer as a run would.
 */
export async function runMerge(
  ctx: CommandContext, dirs: readonly string[], out: string, options: { force: boolean; charts: boolean }, output: OutputSettings,
): Promise<void> {
  const { force, charts } = options;
  const { io } = ctx;
  const narrator = createNarrator(io.stderr, output.quiet);
  const started = io.now();
  const outPath = resolve(io.cwd, out);
  const claim = claimOutputFolder(io, outPath, force, out, (line) => narrator.say(line));
  try {
    await mergeInto(ctx, dirs, { out, outPath, force, charts }, output, narrator, started);
  } finally {
    claim.release();
  }
}

async function mergeInto(
  ctx: CommandContext, dirs: readonly string[], target: { out: string; outPath: string; force: boolean; charts: boolean }, output: OutputSettings,
  narrator: Narrator, started: Date,
): Promise<void> {
  const { io } = ctx;
  const { out, outPath, force, charts } = target;
  const shards = dirs.map((dir) => readShardFolder(io, dir));
  const [first] = shards;
  if (first === undefined) return;
  for (const shard of shards) checkRecordsAgree(first, shard);
  const raw = merged(shards);
  const input: ResultsInput = {
    command: first.command,
    arguments: ctx.argv,
    tool: ctx.tool,
    raw,
    scenarios: first.scenarios,
    seedSource: 'shards',
    jobs: Math.max(...shards.map((s) => (typeof s.record['jobs'] === 'number' ? s.record['jobs'] : 1))),
    started,
    ...(first.sweep === undefined ? {} : { sweep: first.sweep }),
    mergedFrom: shards.map((s) => ({
      folder: s.dir,
      shard: s.record['shard'] ?? null,
      arguments: s.record['arguments'] ?? null,
      tool: s.record['tool'] ?? null,
      system: s.record['system'] ?? null,
      timing: s.record['timing'] ?? null,
    })),
  };
  const { summary, files } = resultFiles(input);
  const written = await folderContents(io, input, summary, files, charts, narrator);
  writeFolder(io, outPath, written, {
    shown: out, beforeCommit: () => checkOutputFolder(io, outPath, force, out),
  });
  // The answer, then where it went as the last lines, as run and compare end.
  printResults(io, output, summary, ctx.tool, first.sweep);
  narrator.say(MESSAGES.wrote(out));
  if (written.some(([path]) => path === 'report.html')) narrator.say(MESSAGES.openReport(join(out, 'report.html'), process.platform));
}
