import type { CommandModule } from 'yargs';
import { toCsv } from '../../results/index.js';
import { InputError } from '../cliErrors.js';
import type { CommandContext } from '../commandContext.js';
import { defineCommand } from '../defineCommand.js';
import { writeFault } from '../fsFaults.js';
import { absolutePath, loadScenarios } from '../loadScenarios.js';
import { MESSAGES } from '../messages.js';
import { resolvedYaml } from '../resolvedYaml.js';
import { resolveScenarioArgument, shippedCatalogue } from '../scenarioNames.js';
import { readHorizonOverrides, readSets } from '../settings.js';

function valueAt(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** `frontdoor show <scenario>`: the scenario after `extends`, defaults and --set, with where each value came from. */
export function showCommand(ctx: CommandContext): CommandModule {
  return defineCommand(ctx.io, {
    command: 'show <scenario>',
    describe: 'Show a scenario after extends and --set: YAML with a "# from <file>" comment on every value and its evidence or assumption label',
    positionals: { scenario: 'Scenario file, or a name `list` shows' },
    options: {
      resolved: { type: 'boolean', default: true, describe: 'Merge the extends chain (--no-resolved prints the file as written)' },
      set: { type: 'string', requiresArg: true, describe: 'Change a value: path=value (repeatable)' },
      years: { requiresArg: true, describe: 'Sets horizon.years' },
      warmup: { requiresArg: true, describe: 'Sets horizon.warmupDays' },
    },
    examples: [
      ['$0 show solihull-2024', 'every value, and which file set it'],
      ['$0 show solihull-2024 --set workforce.posts=90 --format json', 'the resolved scenario as JSON'],
    ],
    handler: (args, output) => {
      const { io } = ctx;
      const file = String(args['scenario']);
      if (args['resolved'] === false) {
        // The same names as every other command: a file, or a shipped scenario's name.
        const named = resolveScenarioArgument(io, file, shippedCatalogue(io));
        if ('problem' in named) throw new InputError(named.problem);
        let bytes: Uint8Array | undefined;
        try {
          bytes = io.fs.readFile(absolutePath(io, named.file));
        } catch (error) {
          const fault = writeFault(error);
          if (fault === undefined) throw error;
          throw new InputError(MESSAGES.fileUnreadable(named.file, fault.reason, fault.kind === 'permission'));
        }
        if (bytes === undefined && io.fs.isDirectory(absolutePath(io, named.file))) throw new InputError(MESSAGES.fileIsFolder(named.file));
        if (bytes === undefined) throw new InputError(MESSAGES.fileNotFound(named.file));
        io.stdout.write(new TextDecoder().decode(bytes));
        return;
      }
      const overrides = [...readSets(args), ...readHorizonOverrides(args)];
      const [resolved] = loadScenarios([file], overrides, io);
      if (resolved === undefined) return;
      const { scenario, chain } = resolved.loaded;
      if (output.format === 'json') {
        io.stdout.write(`${JSON.stringify(scenario, null, 2)}\n`);
        return;
      }
      if (output.format === 'csv') {
        const rows = [...resolved.provenance].map(([path, source]) => {
          const label = resolved.labels.get(path);
          // A text value as it is (CSV quotes it where it must); numbers, booleans and lists as JSON.
          const value = valueAt(scenario, path);
          return [path, typeof value === 'string' ? value : JSON.stringify(value), source, label?.kind ?? '', label?.note ?? ''];
        });
        io.stdout.write(toCsv(['path', 'value', 'source', 'label', 'note'], rows));
        return;
      }
      io.stdout.write(`# ${scenario.name}, resolved from ${chain.join(' → ')}\n${resolvedYaml(scenario, resolved.provenance, resolved.labels)}`);
    },
  });
}
