import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import { defineCommand } from '../defineCommand.js';
import { stringList } from '../flagValues.js';
import { loadScenarios } from '../loadScenarios.js';
import { experimentOptions, readRunSettings, scenarioOverrides } from '../settings.js';

/** `frontdoor compare <a> <b> [more]`: the same seeds for every scenario, paired differences against the first. */
export function compareCommand(ctx: CommandContext): CommandModule {
  return defineCommand(ctx.io, {
    command: 'compare <a> <b> [more..]',
    describe: 'Compare scenarios under common random numbers: each metric per scenario and the paired difference with its 95% CI',
    positionals: {
      a: 'Baseline scenario: a file, or a name `list` shows',
      b: 'Scenario compared with the baseline',
      more: 'Further scenarios, each compared with the baseline',
    },
    options: experimentOptions(ctx.io, 'output/<a>-vs-<b>-<seed>/, every scenario\'s name joined by -vs-'),
    examples: [
      ['$0 compare solihull-2022 solihull-2024', '2024 against 2022, 30 replications each'],
      ['$0 compare solihull-2022 solihull-2024 --seed 1 --format json', 'the summary as JSON on stdout'],
      ['$0 compare a.yaml b.yaml --years 1 --warmup 180 --replications 10', 'a quicker, shorter comparison'],
    ],
    handler: async (args, output) => {
      const settings = readRunSettings(args, ctx.io, true);
      const files = [String(args['a']), String(args['b']), ...stringList(args, 'more')];
      const scenarios = loadScenarios(files, scenarioOverrides(settings), ctx.io);
      const { runExperimentCommand } = await import('../experimentCommand.js');
      const outName = scenarios.map((s) => s.loaded.name).join('-vs-');
      await runExperimentCommand(ctx, { command: 'compare', scenarios, settings, output, outName });
    },
  });
}
