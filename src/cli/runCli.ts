import yargs from 'yargs';
import type { Argv, CommandModule } from 'yargs';
import { suggest } from '../scenario/index.js';
import { CliError, UsageError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import type { CommandContext } from './commandContext.js';
import { compareCommand } from './commands/compare.js';
import { decomposeCommand } from './commands/decompose.js';
import { explainCommand } from './commands/explain.js';
import { headroomCommand } from './commands/headroom.js';
import { listCommand } from './commands/list.js';
import { mergeCommand } from './commands/merge.js';
import { runCommand } from './commands/run.js';
import { showCommand } from './commands/show.js';
import { sweepCommand } from './commands/sweep.js';
import { validateCommand } from './commands/validate.js';
import { verifyCommand } from './commands/verify.js';
import { interactiveCommand } from './commands/interactive.js';
import { EXIT } from './exitCodes.js';
import type { ExitCode } from './exitCodes.js';
import { MESSAGES } from './messages.js';
import { GLOBAL_OPTIONS } from './settings.js';
import { createStyler } from './styler.js';
import { terminalWidth, wrapForStream } from './terminalWidth.js';
import { readToolInfo } from './toolInfo.js';
import { oneLine } from './helpExamples.js';

/** The command names, for "did you mean". */
export const COMMANDS = ['run', 'compare', 'sweep', 'headroom', 'decompose', 'validate', 'list', 'show', 'explain', 'verify', 'merge', 'interactive'] as const;

/** Every command, in the order `--help` lists them. */
const COMMAND_MODULES = [
  runCommand, compareCommand, sweepCommand, headroomCommand, decomposeCommand, validateCommand,
  listCommand, showCommand, explainCommand, verifyCommand, mergeCommand, interactiveCommand,
];

const EPILOGUE = [
  'Exit codes:',
  '  0    success',
  '  1    internal error, or verify found a failing row',
  '  2    usage error: unknown flag or command, bad value, refused or unwritable --out folder, --out in use by another run',
  '  3    invalid scenario or input file (every problem is listed)',
  '  1    also: the disk is full or failed while writing (the folder and file are named; nothing is written)',
  '  130  interrupted with Ctrl-C (nothing is written)',
  '  143  terminated by SIGTERM, e.g. a batch scheduler\'s time limit (nothing is written)',
  '',
  'Data goes to stdout, messages to stderr. Colour only on a terminal, never under NO_COLOR.',
].join('\n');

/**
 * Rewrites yargs' usage messages in our words: too few file names or words say what `command`
 * needs, with an example; an unknown flag gets a "did you mean" among the command's options, a
 * mistyped command one among the commands, a stray word is named as such.
 */
function usageMessage(message: string, parser: Argv, argv: readonly string[], command: string | undefined): string {
  if (command !== undefined && /^Not enough non-option arguments: got \d+, need at least \d+$/.test(message)) return MESSAGES.missingArguments(command);
  const needsValue = /^Not enough arguments following: (\S+)$/.exec(message);
  if (needsValue !== null) return MESSAGES.flagNeedsValue(needsValue[1] ?? '');
  const didYouMean = /^Did you mean (\S+)\?$/.exec(message);
  if (didYouMean !== null) return MESSAGES.unknownCommand(argv.find((a) => !a.startsWith('-')) ?? '', didYouMean[1]);
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown === null) return message;
  // getOptions() is public in yargs but missing from its type definitions.
  const withOptions = parser as unknown as { getOptions?: () => { key?: Record<string, unknown> } };
  const known = Object.keys(withOptions.getOptions?.().key ?? {}).filter((k) => k.length > 1);
  const isFlag = (name: string) => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`) || a === `-${name}`);
  return (unknown[1] ?? '')
    .split(', ')
    .map((name) => {
      if (isFlag(name)) return MESSAGES.unknownOption(name, suggest(name, known));
      const command = suggest(name, COMMANDS);
      if (argv.find((a) => !a.startsWith('-')) !== name) return MESSAGES.unexpectedArgument(name);
      return command === undefined ? MESSAGES.unknownCommandList(name, COMMANDS) : MESSAGES.unknownCommand(name, command);
    })
    .join('\n');
}

/** The command line's command, once yargs has chosen it; undefined before then, or when there is none. */
interface ChosenCommand {
  name?: string;
}

/**
 * `module` with its name recorded in `chosen` when yargs picks it (yargs runs a command's builder
 * only then); the builders defineCommand makes are functions that return the parser itself.
 */
function recordingChoice(module: CommandModule, chosen: ChosenCommand): CommandModule {
  const { builder } = module;
  const name = String(module.command).split(' ')[0] ?? '';
  return {
    ...module,
    builder: (y: Argv) => {
      chosen.name = name;
      return typeof builder === 'function' ? (builder as (y: Argv) => Argv)(y) : y.options(builder ?? {});
    },
  };
}

function buildParser(ctx: CommandContext, chosen: ChosenCommand): Argv {
  const parser: Argv = yargs()
    .scriptName('npx frontdoor')
    .usage('$0 <command> [options]\n\nSimulate a children\'s social care front door and compare configurations.')
    .exitProcess(false)
    .strict()
    .recommendCommands()
    .options(GLOBAL_OPTIONS)
    .command(COMMAND_MODULES.map((command) => recordingChoice(command(ctx), chosen)))
    .demandCommand(1, MESSAGES.chooseCommand(COMMANDS))
    .example(oneLine('$0 compare solihull-2022 solihull-2024', '2022 against 2024, 30 replications each'))
    .example(oneLine('$0 list', 'the shipped scenarios'))
    .epilogue(EPILOGUE)
    .help()
    .alias('help', 'h')
    .version(ctx.tool.version)
    .wrap(Math.min(terminalWidth(ctx.io), 120))
    .fail((message: string | null, error: Error | undefined) => {
      // Rethrow so that parseAsync rejects once and the command handler never runs after a usage error.
      // yargs' own parse errors (YError, e.g. a flag with no value) are usage errors too, not bugs.
      if (error !== undefined && error.name !== 'YError') throw error;
      throw new UsageError(usageMessage(message ?? error?.message ?? 'bad command line', parser, ctx.argv, chosen.name));
    });
  return parser;
}

const RUNAWAY = /event limit reached at simulated time/;
const RUNAWAY_ADVICE = /; a handler may be rescheduling itself.*$/s;

/** Maps an error to its exit code and writes the message (and details) to stderr; a usage error points at `command`'s --help. */
function report(io: CliIo, error: unknown, debug: boolean, command: string | undefined): ExitCode {
  const style = createStyler(io.stderr.isTTY && (io.env['NO_COLOR'] ?? '') === '');
  // Wrapped to the terminal's width before 'error:' is coloured, so the colour codes do not count as columns.
  const line = (text: string) => io.stderr.write(`${wrapForStream(text, io.stderr.columns)}\n`);
  const fail = (message: string) => io.stderr.write(`${wrapForStream(`error: ${message}`, io.stderr.columns).replace(/^error:/, style('red', 'error:'))}\n`);
  if (error instanceof CliError) {
    fail(error.message);
    for (const detail of error.details) line(`  ${detail}`);
    if (error instanceof UsageError) line(MESSAGES.helpHint(command));
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (RUNAWAY.test(message)) {
    // The engine's runaway guard: the scenario asks for far more events than a run should need.
    fail(MESSAGES.runaway(message.replace(RUNAWAY_ADVICE, '')));
    return EXIT.invalidInput;
  }
  fail(MESSAGES.internalError(message));
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

/**
 * Runs the `frontdoor` command line on `argv` (without node and the script) against `io`, and
 * resolves to the exit code; it never exits the process. Usage errors give 2, invalid scenarios 3,
 * an interrupt 130, anything unexpected 1 (stack trace with --debug).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const ctx: CommandContext = { io, argv: [...argv], tool: readToolInfo(io), exitCode: EXIT.ok };
  const debug = argv.includes('--debug');
  const chosen: ChosenCommand = {};
  try {
    let helpText = '';
    await buildParser(ctx, chosen).parseAsync([...argv], {}, (_error, _args, output) => {
      helpText = output;
    });
    // --help and --version come back as text instead of being printed.
    if (helpText !== '') io.stdout.write(`${helpText}\n`);
    return ctx.exitCode;
  } catch (error) {
    return report(io, error, debug, chosen.name);
  }
}
