import { join, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import type { Args } from '../flagValues.js';
import { stringFlag } from '../flagValues.js';
import { MESSAGES } from '../messages.js';
import { scenarioCatalogue } from '../scenarioCatalogue.js';
import { readOutputSettings } from '../settings.js';
import { textTable } from '../textTable.js';

/** `frontdoor list`: the shipped scenarios (or those under --dir), with a one-line description each. */
export function listCommand(ctx: CommandContext): CommandModule {
  return {
    command: 'list',
    describe: 'List the shipped scenarios with a one-line description each',
    builder: (y) =>
      y
        .option('dir', { type: 'string', requiresArg: true, describe: 'Folder to scan instead of the shipped scenarios/' })
        .example('$0 list', 'the shipped scenarios')
        .example('$0 list --dir my-scenarios --format json', 'your own folder, as JSON'),
    handler: (args: Args) => {
      const { io } = ctx;
      const output = readOutputSettings(args, io);
      const dirArg = stringFlag(args, 'dir');
      const dir = dirArg === undefined ? join(io.packageRoot, 'scenarios') : resolve(io.cwd, dirArg);
      const entries = scenarioCatalogue(io, dir);
      if (output.format === 'json') {
        io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        return;
      }
      if (output.format === 'csv') {
        io.stdout.write(toCsv(['name', 'file', 'isBase', 'description'], entries.map((e) => [e.name, e.file, e.isBase, e.description])));
        return;
      }
      if (entries.length === 0) {
        io.stderr.write(`${MESSAGES.noScenarios(dirArg ?? dir)}\n`);
        return;
      }
      const rows = entries.map((e) => [e.name, e.file, e.isBase ? `${MESSAGES.baseMark} ${e.description}` : e.description]);
      io.stdout.write(`${textTable(['Scenario', 'File', 'Description'], rows)}\n`);
    },
  };
}
import { toCsv } from '../../results/index.js';
