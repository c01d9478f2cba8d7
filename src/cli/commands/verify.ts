import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import { EXIT } from '../exitCodes.js';
import type { Args } from '../flagValues.js';
import { booleanFlag, stringFlag } from '../flagValues.js';
import { MESSAGES } from '../messages.js';
import { createNarrator } from '../narrator.js';
import { clockSeed, readOutputSettings } from '../settings.js';

/** `frontdoor verify [--thorough]`: the simulation kernel against queueing theory; exit 1 if any row fails. */
export function verifyCommand(ctx: CommandContext): CommandModule {
  return {
    command: 'verify',
    describe: 'Check the simulation engine against queueing theory (M/M/c, M/G/1, priority queues, Little\'s law)',
    builder: (y) =>
      y
        .option('thorough', { type: 'boolean', default: false, describe: 'More replications and customers: narrower intervals, slower' })
        .option('seed', { type: 'string', requiresArg: true, describe: 'Seed (default: chosen from the clock and printed)' })
        .example('$0 verify', 'the quick check (seconds)')
        .example('$0 verify --thorough --seed 1', 'the thorough check, repeatable'),
    handler: async (args: Args) => {
      const { io } = ctx;
      const output = readOutputSettings(args, io);
      const narrator = createNarrator(io.stderr, output.quiet);
      const given = stringFlag(args, 'seed');
      const seed = given ?? clockSeed(io);
      narrator.say(given === undefined ? MESSAGES.seedChosen(seed) : MESSAGES.seedGiven(seed));
      const { runVerification, formatVerificationTable } = await import('../../validation/index.js');
      const rows = runVerification({ thorough: booleanFlag(args, 'thorough'), seed });
      if (output.format === 'json') io.stdout.write(`${JSON.stringify({ seed, rows }, null, 2)}\n`);
      else if (output.format === 'csv') {
        const header = ['model', 'measure', 'simulated', 'ciLow', 'ciHigh', 'theory', 'pass', 'note'];
        io.stdout.write(toCsv(header, rows.map((r) => [r.model, r.measure, r.simulated, r.ciLow, r.ciHigh, r.theory, r.pass, r.note])));
      } else io.stdout.write(`${formatVerificationTable(rows)}\n`);
      const failed = rows.filter((r) => !r.pass).length;
      if (failed > 0) {
        narrator.warn(MESSAGES.verifyFailed(failed, rows.length));
        ctx.exitCode = EXIT.internal;
      }
    },
  };
}
import { toCsv } from '../../results/index.js';
