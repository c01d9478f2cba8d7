import type { CommandModule } from 'yargs';
import { parseSweepSet, sweepGrid } from '../../experiment/index.js';
import type { SweepAxis } from '../../experiment/index.js';
import type { SweepDesign } from '../../results/index.js';
import { UsageError } from '../cliErrors.js';
import type { CommandContext } from '../commandContext.js';
import { defineCommand } from '../defineCommand.js';
import { loadScenarios } from '../loadScenarios.js';
import type { ResolvedScenario } from '../loadScenarios.js';
import { MESSAGES } from '../messages.js';
import { experimentOptions, readRunSettings, SHARD_OPTION } from '../settings.js';

function readAxes(sets: readonly string[]): { axes: SweepAxis[]; fixed: string[] } {
  const axes: SweepAxis[] = [];
  const fixed: string[] = [];
  for (const text of sets) {
    let axis: SweepAxis;
    try {
      axis = parseSweepSet(text);
    } catch (error) {
      throw new UsageError(MESSAGES.badSet(text, error instanceof Error ? error.message : String(error)));
    }
    // A single value is an ordinary change applied at every point, not an axis.
    if (axis.values.length > 1) axes.push(axis);
    else fixed.push(text);
  }
  if (axes.length === 0) throw new UsageError(fixed.length === 0 ? MESSAGES.sweepNeedsSet : MESSAGES.sweepNeedsValues(fixed));
  return { axes, fixed };
}

/** `frontdoor sweep <scenario> --set path=values`: metrics against one or more parameters, with CIs. */
export function sweepCommand(ctx: CommandContext): CommandModule {
  return defineCommand(ctx.io, {
    command: 'sweep <scenario>',
    describe: 'Run a scenario at every value of one or more parameters (several --set make a grid): metrics against the parameter, with CIs',
    positionals: { scenario: 'Scenario file to vary, or a name `list` shows' },
    options: { ...experimentOptions(ctx.io, 'output/<name>-sweep-<seed>/'), shard: SHARD_OPTION },
    examples: [
      ['$0 sweep solihull-2022 --set workforce.posts=70..90:5', 'five staffing levels, 30 replications each (several --set make a grid)'],
      ['$0 sweep solihull-2022 --set workforce.posts=70,90 --format csv', 'tidy CSV on stdout, for a spreadsheet'],
    ],
    handler: async (args, output) => {
      const settings = readRunSettings(args, ctx.io);
      const file = String(args['scenario']);
      const { axes, fixed } = readAxes(settings.sets);
      let points;
      try {
        points = sweepGrid(axes);
      } catch (error) {
        throw new UsageError(MESSAGES.badSet(settings.sets.join(' '), error instanceof Error ? error.message : String(error)));
      }
      const scenarios: ResolvedScenario[] = points.map((point) => {
        const [resolved] = loadScenarios([file], [...fixed, ...point.overrides, ...settings.horizonOverrides], ctx.io);
        if (resolved === undefined) throw new Error(`sweep: no scenario loaded for ${point.label}`);
        return { ...resolved, loaded: { ...resolved.loaded, name: point.label } };
      });
      const baseName = scenarios[0]?.loaded.scenario.name ?? 'sweep';
      const sweep: SweepDesign = {
        base: file,
        axes,
        points: points.map((p) => ({ name: p.label, label: p.label, overrides: p.overrides })),
      };
      const { runExperimentCommand } = await import('../experimentCommand.js');
      await runExperimentCommand(ctx, { command: 'sweep', scenarios, settings, output, outName: `${baseName}-sweep`, sweep });
    },
  });
}
