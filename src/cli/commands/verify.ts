import { join, relative } from 'node:path';
import type { CommandModule } from 'yargs';
import type { Scenario } from '../../scenario/index.js';
import { toCsv } from '../../results/index.js';
import { InputError } from '../cliErrors.js';
import type { CliIo } from '../cliIo.js';
import type { CommandContext } from '../commandContext.js';
import { EXIT } from '../exitCodes.js';
import { defineCommand } from '../defineCommand.js';
import { booleanFlag, stringFlag } from '../flagValues.js';
import { loadScenarios } from '../loadScenarios.js';
import { MESSAGES } from '../messages.js';
import { createNarrator } from '../narrator.js';
import { terminalWidth } from '../terminalWidth.js';

/** Loads the shipped scenario of every model reduction and checks each is the textbook reduction its rows assume (InputError, exit 3, if not). */
async function loadReductions(io: CliIo): Promise<Map<string, Scenario>> {
  const { modelReductions, reductionProblems } = await import('../../verification/index.js');
  const folder = join(io.packageRoot, 'scenarios', 'validation');
  const reductions = modelReductions();
  const loaded = loadScenarios(reductions.map((r) => join(folder, r.file)), [], io);
  const problems: string[] = [];
  const scenarios = new Map<string, Scenario>();
  reductions.forEach((reduction, i) => {
    const entry = loaded[i];
    if (entry === undefined) return;
    const file = relative(io.cwd, entry.loaded.file) || entry.loaded.file;
    for (const p of reductionProblems(entry.loaded.scenario, reduction.posts)) problems.push(`${file}: ${p.path}: ${p.message}`);
    scenarios.set(reduction.file, entry.loaded.scenario);
  });
  if (problems.length > 0) throw new InputError(MESSAGES.notAReduction(problems.length), problems);
  return scenarios;
}

/**
 * The seed when none is given: fixed, so that `verify` in a check or a pipeline gives the same
 * verdict every run. It is one sample: a correct engine and model fail the joint test for at most
 * 5% of seeds, so a clock seed would make a check that fails about one run in twenty.
 */
export const DEFAULT_VERIFY_SEED = '1';

/** `frontdoor verify [--thorough]`: the engine and the model's own reductions against queueing theory; exit 1 if the joint test fails. */
export function verifyCommand(ctx: CommandContext): CommandModule {
  return defineCommand(ctx.io, {
    command: 'verify',
    describe: 'Check the engine and the model\'s own reductions against queueing theory (M/M/c, M/G/1, priority, processor sharing with and without a caseload cap, Little\'s law)',
    options: {
      thorough: { type: 'boolean', default: false, describe: 'More replications and customers: narrower intervals, slower' },
      seed: { type: 'string', requiresArg: true, describe: `Seed (default ${DEFAULT_VERIFY_SEED}, so a check gives the same verdict every time; another seed is another sample)` },
    },
    examples: [
      ['$0 verify', 'the quick check (seconds)'],
      ['$0 verify --thorough', 'the thorough check'],
      ['$0 verify --seed 7', 'another sample: a correct engine fails at most 5% of seeds'],
    ],
    handler: async (args, output) => {
      const { io } = ctx;
      const narrator = createNarrator(io.stderr, output.quiet);
      const seed = stringFlag(args, 'seed') ?? DEFAULT_VERIFY_SEED;
      const scenarios = await loadReductions(io);
      narrator.say(MESSAGES.seedGiven(seed));
      const { runVerification, formatVerificationTable, FAMILY_WISE_ERROR, JOINT_TEST_RULE, BIAS_RULE } = await import('../../verification/index.js');
      const report = runVerification({ thorough: booleanFlag(args, 'thorough'), seed, scenarios });
      const { rows, bias } = report;
      if (output.format === 'json') {
        const rules = { familyWiseError: FAMILY_WISE_ERROR, jointTest: JOINT_TEST_RULE, bias: BIAS_RULE };
        io.stdout.write(`${JSON.stringify({ seed, passed: report.passed, rules, rows, bias }, null, 2)}\n`);
      } else if (output.format === 'csv') {
        const header = ['model', 'measure', 'simulated', 'ciLow', 'ciHigh', 'theory', 'replications', 'pValue', 'holmLevel', 'pass', 'note'];
        io.stdout.write(toCsv(header, rows.map((r) => [r.model, r.measure, r.simulated, r.ciLow, r.ciHigh, r.theory, r.replications, r.pValue, r.holmLevel, r.pass, r.note])));
      } else io.stdout.write(`${formatVerificationTable(report, terminalWidth(io))}\n`);
      for (const b of bias.filter((check) => check.flagged)) narrator.warn(MESSAGES.verifyBiased(b.model, b.above, b.below));
      if (!report.passed) {
        narrator.warn(MESSAGES.verifyFailed(rows.filter((r) => !r.pass).length, rows.length));
        ctx.exitCode = EXIT.internal;
      }
    },
  });
}
