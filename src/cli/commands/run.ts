import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import { defineCommand } from '../defineCommand.js';
import { loadScenarios } from '../loadScenarios.js';
import { experimentOptions, readRunSettings, scenarioOverrides, SHARD_OPTION } from '../settings.js';

/** `frontdoor run <scenario>`: replications of one scenario, results written to a folder and summarised on stdout. */
export function runCommand(ctx: CommandContext): CommandModule {
  return defineCommand(ctx.io, {
    command: 'run <scenario>',
    describe: 'Run one scenario for many replications and write its results',
    positionals: { scenario: 'Scenario file (.yaml, .yml or .json), or a name `list` shows' },
    options: { ...experimentOptions(ctx.io), shard: SHARD_OPTION },
    examples: [
      ['$0 run solihull-2022', '30 replications, table on stdout, files in output/solihull-2022-<seed>/'],
      ['$0 run solihull-2022 --seed 42 --replications 100 --jobs 2', 'a larger, repeatable run'],
      ['$0 run solihull-2022 --set workforce.posts=90 --format csv', 'change one value; the summary as CSV on stdout'],
      ['$0 run solihull-2022 --seed 7 --shard 1/4 --out shard1', 'the first of four parts (combine with merge)'],
    ],
    handler: async (args, output) => {
      const settings = readRunSettings(args, ctx.io, true);
      const scenarios = loadScenarios([String(args['scenario'])], scenarioOverrides(settings), ctx.io);
      const { runExperimentCommand } = await import('../experimentCommand.js');
      await runExperimentCommand(ctx, { command: 'run', scenarios, settings, output, outName: scenarios[0]?.loaded.name ?? 'run' });
    },
  });
}
