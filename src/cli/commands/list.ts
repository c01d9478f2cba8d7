import { join, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { toCsv } from '../../results/index.js';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../cliErrors.js';
import { defineCommand } from '../defineCommand.js';
import { stringFlag } from '../flagValues.js';
import { wrapText } from '../../charts/index.js';
import { MESSAGES } from '../messages.js';
import { scenarioCatalogue } from '../scenarioCatalogue.js';
import type { CatalogueEntry } from '../scenarioCatalogue.js';
import { terminalWidth, wrapForStream, wrapParagraph } from '../terminalWidth.js';
import { textTable } from '../textTable.js';

/** Narrowest description column worth a table; below it each scenario becomes a short block. */
const MIN_DESCRIPTION_WIDTH = 40;

/**
 * The catalogue as text that fits `width` columns, descriptions wrapped at word boundaries: a table
 * (scenario, file, description) when the description column gets at least 40 columns, else one
 * block per scenario (name and file, then the description indented), then `hint`: how to run one.
 */
export function listText(entries: readonly CatalogueEntry[], width: number, hint: string = MESSAGES.listHint): string {
  const describe = (e: CatalogueEntry) => {
    const description = e.description === '' ? MESSAGES.noDescription : e.description;
    return e.isBase ? `${MESSAGES.baseMark} ${description}` : description;
  };
  const nameWidth = Math.max('Scenario'.length, ...entries.map((e) => [...e.name].length));
  const fileWidth = Math.max('File'.length, ...entries.map((e) => [...e.file].length));
  const descriptionWidth = width - 1 - nameWidth - fileWidth - 4;
  let body: string;
  if (descriptionWidth >= MIN_DESCRIPTION_WIDTH) {
    const rows = entries.flatMap((e) => wrapText(describe(e), descriptionWidth).map((line, i) => (i === 0 ? [e.name, e.file, line] : ['', '', line])));
    body = textTable(['Scenario', 'File', 'Description'], rows);
  } else {
    const head = (e: CatalogueEntry) => ([...`${e.name}  ${e.file}`].length <= width ? [`${e.name}  ${e.file}`] : [e.name, `  ${e.file}`]);
    body = entries.map((e) => [...head(e), ...wrapText(describe(e), Math.max(20, width - 3)).map((line) => `  ${line}`)].join('\n')).join('\n\n');
  }
  return `${body}\n\n${wrapParagraph(hint, width)}\n`;
}

/** `frontdoor list`: the shipped scenarios (or those under --dir), with the first sentence of each description, wrapped to the terminal. */
export function listCommand(ctx: CommandContext): CommandModule {
  return defineCommand(ctx.io, {
    command: 'list',
    describe: 'List the shipped scenarios with a one-line description each',
    options: { dir: { type: 'string', requiresArg: true, describe: 'Folder to scan instead of the shipped scenarios/' } },
    examples: [
      ['$0 list', 'the shipped scenarios'],
      ['$0 list --dir my-scenarios --format json', 'your own folder, as JSON'],
    ],
    handler: (args, output) => {
      const { io } = ctx;
      const dirArg = stringFlag(args, 'dir');
      const dir = dirArg === undefined ? join(io.packageRoot, 'scenarios') : resolve(io.cwd, dirArg);
      if (dirArg !== undefined && !io.fs.isDirectory(dir)) throw new UsageError(MESSAGES.listDirNotFolder(dirArg, io.fs.exists(dir)));
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
        io.stderr.write(`${wrapForStream(MESSAGES.noScenarios(dirArg ?? dir), io.stderr.columns)}\n`);
        return;
      }
      // Names find only the shipped scenarios: for another folder, the hint runs a file (not a base, which is not run alone).
      const first = entries.find((e) => !e.isBase) ?? entries[0];
      const hint = dirArg === undefined || first === undefined ? MESSAGES.listHint : MESSAGES.listDirHint(first.file);
      io.stdout.write(listText(entries, terminalWidth(io), hint));
    },
  });
}
