import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import { defineCommand } from '../defineCommand.js';
import { booleanFlag, stringFlag, stringList } from '../flagValues.js';
import { CHARTS_OPTION, FORCE_OPTION } from '../settings.js';

/** `frontdoor merge <dirs..> --out dir`: shard folders combined into the results one unsharded run gives. */
export function mergeCommand(ctx: CommandContext): CommandModule {
  return defineCommand(ctx.io, {
    command: 'merge <dirs..>',
    describe: 'Combine the folders of a sharded run (--shard k/n) into the results a single run gives',
    positionals: { dirs: 'Shard output folders (each holds raw.json and run.json)' },
    options: {
      out: { type: 'string', requiresArg: true, demandOption: 'merge needs --out <folder> for the combined results', describe: 'Folder for the combined results' },
      force: FORCE_OPTION,
      charts: CHARTS_OPTION,
    },
    examples: [
      ['$0 merge shard1 shard2 shard3 shard4 --out combined', 'four shards into one set of results'],
      ['$0 merge output/*-shard-* --out output/full --format json', 'with the summary as JSON on stdout'],
    ],
    handler: async (args, output) => {
      const { runMerge } = await import('../mergeCommand.js');
      await runMerge(ctx, stringList(args, 'dirs'), stringFlag(args, 'out') ?? '', { force: booleanFlag(args, 'force'), charts: args['charts'] !== false }, output);
    },
  });
}
