import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import type { Args } from '../flagValues.js';
import { loadScenarios } from '../loadScenarios.js';
import { experimentOptions, readOutputSettings, readRunSettings, SHARD_OPTION } from '../settings.js';
import { oneLine } from '../helpExamples.js';

/** `frontdoor run <scenario>`: replications of one scenario, results written to a folder and summarised on stdout. */
export function runCommand(ctx: CommandContext): CommandModule {
  return {
    command: 'run <scenario>',
    describe: 'Run one scenario for many replications and write its results',
    builder: (y) =>
      y
        .positional('scenario', { type: 'string', describe: 'Scenario file (.yaml, .yml or .json), or a name `list` shows' })
        .options(experimentOptions(ctx.io))
        .option('shard', SHARD_OPTION)
        .example(oneLine('$0 run solihull-2022', '30 replications, table on stdout, files in output/solihull-2022-<seed>/'))
        .example(oneLine('$0 run solihull-2022 --seed 42 --replications 100 --jobs 2', 'a larger, repeatable run'))
        .example(oneLine('$0 run solihull-2022 --set workforce.posts=90 --format csv', 'change one value; the summary as CSV on stdout'))
        .example(oneLine('$0 run solihull-2022 --seed 7 --shard 1/4 --out shard1', 'the first of four parts (combine with merge)')),
    handler: async (args: Args) => {
      const output = readOutputSettings(args, ctx.io);
      const settings = readRunSettings(args, ctx.io, true);
      const scenarios = loadScenarios([String(args['scenario'])], [...settings.sets, ...settings.horizonOverrides], ctx.io);
      const { runExperimentCommand } = await import('../experimentCommand.js');
      await runExperimentCommand(ctx, { command: 'run', scenarios, settings, output, outName: scenarios[0]?.loaded.name ?? 'run' });
    },
  };
}
