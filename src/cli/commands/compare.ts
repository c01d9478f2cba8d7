import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import type { Args } from '../flagValues.js';
import { stringList } from '../flagValues.js';
import { loadScenarios } from '../loadScenarios.js';
import { experimentOptions, readOutputSettings, readRunSettings } from '../settings.js';
import { oneLine } from '../helpExamples.js';

/** `frontdoor compare <a> <b> [more]`: the same seeds for every scenario, paired differences against the first. */
export function compareCommand(ctx: CommandContext): CommandModule {
  return {
    command: 'compare <a> <b> [more..]',
    describe: 'Compare scenarios under common random numbers: each metric per scenario and the paired difference with its 95% CI',
    builder: (y) =>
      y
        .positional('a', { type: 'string', describe: 'Baseline scenario: a file, or a name `list` shows' })
        .positional('b', { type: 'string', describe: 'Scenario compared with the baseline' })
        .positional('more', { type: 'string', array: true, describe: 'Further scenarios, each compared with the baseline' })
        .options(experimentOptions(ctx.io))
        .example(oneLine('$0 compare solihull-2022 solihull-2024', '2024 against 2022, 30 replications each'))
        .example(oneLine('$0 compare solihull-2022 solihull-2024 --seed 1 --format json', 'the summary as JSON on stdout'))
        .example(oneLine('$0 compare a.yaml b.yaml --years 1 --warmup 180 --replications 10', 'a quicker, shorter comparison')),
    handler: async (args: Args) => {
      const output = readOutputSettings(args, ctx.io);
      const settings = readRunSettings(args, ctx.io, true);
      const files = [String(args['a']), String(args['b']), ...stringList(args, 'more')];
      const scenarios = loadScenarios(files, [...settings.sets, ...settings.horizonOverrides], ctx.io);
      const { runExperimentCommand } = await import('../experimentCommand.js');
      const outName = scenarios.map((s) => s.loaded.name).join('-vs-');
      await runExperimentCommand(ctx, { command: 'compare', scenarios, settings, output, outName });
    },
  };
}
