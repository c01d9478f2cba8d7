import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import type { Args } from '../flagValues.js';
import { booleanFlag, stringFlag, stringList } from '../flagValues.js';
import { CHARTS_OPTION, readOutputSettings } from '../settings.js';
import { oneLine } from '../helpExamples.js';

/** `frontdoor merge <dirs..> --out dir`: shard folders combined into the results one unsharded run gives. */
export function mergeCommand(ctx: CommandContext): CommandModule {
  return {
    command: 'merge <dirs..>',
    describe: 'Combine the folders of a sharded run (--shard k/n) into the results a single run gives',
    builder: (y) =>
      y
        .positional('dirs', { type: 'string', array: true, describe: 'Shard output folders (each holds raw.json and run.json)' })
        .option('out', { type: 'string', requiresArg: true, demandOption: 'merge needs --out <folder> for the combined results', describe: 'Folder for the combined results' })
        .option('force', { type: 'boolean', default: false, describe: 'Replace an earlier run in the --out folder' })
        .option('charts', CHARTS_OPTION)
        .example(oneLine('$0 merge shard1 shard2 shard3 shard4 --out combined', 'four shards into one set of results'))
        .example(oneLine('$0 merge output/*-shard-* --out output/full --format json', 'with the summary as JSON on stdout')),
    handler: async (args: Args) => {
      const output = readOutputSettings(args, ctx.io);
      const { runMerge } = await import('../mergeCommand.js');
      await runMerge(ctx, stringList(args, 'dirs'), stringFlag(args, 'out') ?? '', { force: booleanFlag(args, 'force'), charts: args['charts'] !== false }, output);
    },
  };
}
