import { relative, sep } from 'node:path';
import type { CommandModule } from 'yargs';
import type { CommandContext } from '../commandContext.js';
import { defineCommand } from '../defineCommand.js';
import { booleanFlag, stringFlag, stringList } from '../flagValues.js';
import { absolutePath, loadScenarios } from '../loadScenarios.js';
import { MESSAGES } from '../messages.js';
import type { OneFileKind } from '../outputFile.js';
import { checkOutputFile, writeOutputFile } from '../outputFile.js';
import { createNarrator } from '../narrator.js';
import { FORCE_OPTION } from '../settings.js';
import { TEACHING_PAGE_IDS } from '../../teaching/pageContract.js';

const DEFAULT_SCENARIOS = ['scenarios/solihull-2022.yaml', 'scenarios/solihull-2024.yaml'];
const DEFAULT_OUT = 'output/interactive.html';

/** What `interactive --out` writes: the teaching page, recognised by its data and code elements so --force replaces only such a page. */
export const TEACHING_PAGE_FILE: OneFileKind = {
  what: 'a teaching page',
  name: 'interactive.html',
  isOurs: (text) => /^<!doctype html>/i.test(text)
    && text.includes(`<script type="application/json" id="${TEACHING_PAGE_IDS.data}">`) && text.includes(`<script id="${TEACHING_PAGE_IDS.bundle}">`),
};

/** `frontdoor interactive [scenarios...] [--out file]`: the offline teaching page where sliders re-run the model in the browser. */
export function interactiveCommand(ctx: CommandContext): CommandModule {
  return defineCommand(ctx.io, {
    command: 'interactive [scenarios..]',
    describe: 'Write the offline teaching page: move sliders and the simulation re-runs in the browser',
    positionals: { scenarios: 'Starting configurations to choose from (default: Solihull 2022 and 2024)' },
    options: {
      out: { type: 'string', requiresArg: true, describe: `The HTML file to write (default ${DEFAULT_OUT})` },
      seed: { type: 'string', requiresArg: true, default: '1', describe: 'Seed of the runs in the page (both sides use it: common random numbers)' },
      force: { ...FORCE_OPTION, describe: 'Replace a teaching page written earlier to the --out file' },
    },
    examples: [
      ['$0 interactive', 'the page for Solihull 2022 and 2024 (open output/interactive.html)'],
      ['$0 interactive teaching-burnout-loop --out burnout.html', 'start from a teaching scenario'],
    ],
    handler: async (args, output) => {
      const { io } = ctx;
      const narrator = createNarrator(io.stderr, output.quiet);
      const files = stringList(args, 'scenarios');
      const resolved = loadScenarios(files.length > 0 ? files : DEFAULT_SCENARIOS, [], io);
      const given = stringFlag(args, 'out') ?? DEFAULT_OUT;
      const out = absolutePath(io, given);
      // A trailing separator is kept, so that checkOutputFile can refuse a name that says it is a folder.
      const shown = `${relative(io.cwd, out) || out}${/[\\/]$/.test(given) && out !== sep ? sep : ''}`;
      const force = booleanFlag(args, 'force');
      checkOutputFile(io, out, force, shown, TEACHING_PAGE_FILE);
      const { teachingBundle } = await import('../../teaching/bundle.js');
      const { buildInteractivePage } = await import('../../teaching/interactivePage.js');
      const html = buildInteractivePage({
        bundle: await teachingBundle(),
        scenarios: resolved.map((r) => ({ label: r.loaded.name, scenario: r.loaded.scenario })),
        seed: stringFlag(args, 'seed') ?? '1',
      });
      checkOutputFile(io, out, force, shown, TEACHING_PAGE_FILE);
      writeOutputFile(io, out, html, shown);
      narrator.say(MESSAGES.interactiveWritten(shown));
    },
  });
}
