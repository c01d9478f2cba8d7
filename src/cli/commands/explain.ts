import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import { defineCommand } from '../defineCommand.js';
import { booleanFlag, integerFlag, stringList } from '../flagValues.js';
import { loadScenarios } from '../loadScenarios.js';
import { experimentOptions, readRunSettings, scenarioOverrides } from '../settings.js';

/** `frontdoor explain <scenario> [more] --child N | --missed-chance [--out folder]`: one child's journey in plain language, side by side across scenarios. */
export function explainCommand(ctx: CommandContext): CommandModule {
  const { seed, set, years, warmup, jobs, force } = experimentOptions(ctx.io);
  return defineCommand(ctx.io, {
    command: 'explain <scenario> [more..]',
    describe: "Tell one child's journey through the front door in plain language (several scenarios: side by side)",
    positionals: { scenario: 'Scenario file, or a name `list` shows', more: 'Further scenarios: the same child, same seed' },
    options: {
      child: { requiresArg: true, describe: 'Which child, by order of arrival from 0 (default: the first child referred in the measured period of the first scenario)' },
      'missed-chance': {
        type: 'boolean', conflicts: 'child',
        describe: 'Instead of --child: a missed chance from the measured period of the first scenario (medium or high risk, two or more contacts closed unlinked while an earlier one was there to link), preferring a child whose story differs in the next scenario',
      },
      out: { type: 'string', requiresArg: true, describe: 'Also write story.txt and the timeline chart (timeline.vl.json, .svg, .png) to this folder' },
      seed, set, years, warmup, jobs, force: { ...force, describe: 'Replace an earlier story in the --out folder' },
    },
    examples: [
      ['$0 explain solihull-2022 --seed 1', 'the first child referred after the warm-up, step by step'],
      ['$0 explain solihull-2022 solihull-2024 --child 11300 --seed 1', 'one child in 2022 and 2024, side by side'],
      ['$0 explain solihull-2022 solihull-2024 --missed-chance --out tale', 'a missed chance, with a timeline chart'],
    ],
    handler: async (args, output) => {
      const settings = readRunSettings(args, ctx.io);
      const child = integerFlag(args, 'child', 0, 10_000_000);
      const choice = booleanFlag(args, 'missed-chance') ? { missedChance: true as const } : child === undefined ? { firstReferred: true as const } : { child };
      const files = [String(args['scenario']), ...stringList(args, 'more')];
      const scenarios = loadScenarios(files, scenarioOverrides(settings), ctx.io);
      const { runExplain } = await import('../explainCommand.js');
      await runExplain(ctx, scenarios, settings, output, choice, { out: settings.out, force: settings.force });
    },
  });
}
