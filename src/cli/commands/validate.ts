import type { CommandModule } from 'yargs';
import { loadScenario, ScenarioSchema } from '../../scenario/index.js';
import type { ScenarioIssue } from '../../scenario/index.js';
import { toCsv } from '../../results/index.js';
import type { CommandContext } from '../commandContext.js';
import { EXIT } from '../exitCodes.js';
import { defineCommand } from '../defineCommand.js';
import { stringList } from '../flagValues.js';
import { formatIssues } from '../loadScenarios.js';
import { MESSAGES } from '../messages.js';
import { resolveScenarioArgument, shippedCatalogue } from '../scenarioNames.js';
import { scenarioReader } from '../scenarioReader.js';
import { createStyler } from '../styler.js';
import { wrapForStream } from '../terminalWidth.js';

interface FileResult {
  file: string;
  valid: boolean;
  name?: string;
  chain?: string[];
  issues: ScenarioIssue[];
}

/** `frontdoor validate <files..>`: every problem in every file with file:line:column and key path; exit 3 if any. */
export function validateCommand(ctx: CommandContext): CommandModule {
  return defineCommand(ctx.io, {
    command: 'validate <files..>',
    describe: 'Check scenario files (and the files they extend): every problem with file:line:column and key path',
    positionals: { files: 'Scenario files, or names `list` shows' },
    examples: [
      ['$0 validate scenarios/*.yaml', 'check every shipped scenario'],
      ['$0 validate solihull-2024', 'check a shipped scenario by its name'],
      ['$0 validate my-scenario.yaml --format json', 'problems as JSON, for editors and scripts'],
    ],
    handler: (args, output) => {
      const { io } = ctx;
      const reader = scenarioReader(io);
      const catalogue = shippedCatalogue(io);
      const results: FileResult[] = stringList(args, 'files').map((argument) => {
        // The same names as every other command: a file, or a shipped scenario's name.
        const named = resolveScenarioArgument(io, argument, catalogue);
        if ('problem' in named) return { file: argument, valid: false, issues: [{ file: argument, path: '', code: 'scenario_name', message: named.problem }] };
        const file = named.file;
        const result = loadScenario(file, ScenarioSchema, reader);
        return result.ok
          ? { file, valid: true, name: result.value.name, chain: result.chain, issues: [] }
          : { file, valid: false, issues: result.issues };
      });
      const bad = results.filter((r) => !r.valid).length;
      if (output.format === 'json') {
        io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      } else if (output.format === 'csv') {
        const header = ['file', 'valid', 'issueFile', 'line', 'column', 'path', 'code', 'message'];
        const rows = results.flatMap((r) =>
          r.valid ? [[r.file, true]] : r.issues.map((i) => [r.file, false, i.file, i.line, i.column, i.path, i.code, i.message]),
        );
        io.stdout.write(toCsv(header, rows));
      } else {
        const style = createStyler(output.color);
        // On a terminal, wrapped to its width, the mark coloured after wrapping and each problem's later
        // lines indented under its text; piped, one line per problem, for grep.
        const width = io.stdout.columns;
        const mark = (sign: '✓' | '✗', text: string) => wrapForStream(`${sign} ${text}`, width, '  ').replace(sign, style(sign === '✓' ? 'green' : 'red', sign));
        for (const r of results) {
          if (r.valid) io.stdout.write(`${mark('✓', MESSAGES.fileValid(r.file, r.name ?? ''))}\n`);
          else for (const line of formatIssues(r.issues, io, catalogue)) io.stdout.write(`${mark('✗', line)}\n`);
        }
        io.stdout.write(`${wrapForStream(MESSAGES.validateSummary(bad, results.length), width)}\n`);
      }
      if (bad > 0) ctx.exitCode = EXIT.invalidInput;
    },
  });
}
