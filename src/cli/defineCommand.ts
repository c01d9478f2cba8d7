import type { Argv, CommandModule, Options } from 'yargs';
import type { Args } from './flagValues.js';
import { oneLine } from './helpExamples.js';
import { readOutputSettings } from './settings.js';
import type { OutputSettings } from './settings.js';
import type { CliIo } from './cliIo.js';

/** A help example: the command line, then what it does. */
export type Example = readonly [command: string, description: string];

/** A command as data: what it is called, its positionals, options and examples, and what it does. */
export interface CommandDefinition {
  /** The yargs command, e.g. `compare <a> <b> [more..]`; a name ending in `..` takes several values. */
  command: string;
  describe: string;
  /** The description of each positional, in the order of `command`; every positional is text. */
  positionals?: Readonly<Record<string, string>>;
  /** The command's own options, in the order `--help` lists them. */
  options?: Readonly<Record<string, Options>>;
  examples: readonly Example[];
  /** Runs the command with its arguments and the --format, --quiet, colour and --debug settings read first. */
  handler: (args: Args, output: OutputSettings) => void | Promise<void>;
}

/** The yargs command module of `definition`: positionals, then options, then examples, as `--help` shows them. */
export function defineCommand(io: CliIo, definition: CommandDefinition): CommandModule {
  const { command, describe, positionals = {}, options = {}, examples, handler } = definition;
  return {
    command,
    describe,
    builder: (y: Argv) => {
      let built = y;
      for (const [name, text] of Object.entries(positionals)) {
        const several = new RegExp(`[<[]${name}\\.\\.[>\\]]`).test(command);
        built = built.positional(name, several ? { type: 'string', array: true, describe: text } : { type: 'string', describe: text });
      }
      built = built.options(options);
      for (const [line, text] of examples) built = built.example(oneLine(line, text));
      return built;
    },
    handler: (args: Args) => handler(args, readOutputSettings(args, io)),
  };
}
