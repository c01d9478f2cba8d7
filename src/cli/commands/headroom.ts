import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import type { HeadroomDimension, HeadroomResult } from '../../experiment/index.js';
import { ExperimentAbortError, findHeadroom } from '../../experiment/index.js';
import { toCsv } from '../../results/index.js';
import { isRecord } from '../../scenario/index.js';
import { stopError, UsageError } from '../cliErrors.js';
import { watchForStop } from '../stopWatch.js';
import type { CommandContext } from '../commandContext.js';
import { defineCommand } from '../defineCommand.js';
import { FEW_REPLICATIONS } from '../headlineTable.js';
import { loadScenarios } from '../loadScenarios.js';
import { MESSAGES } from '../messages.js';
import { createNarrator } from '../narrator.js';
import type { OneFileKind } from '../outputFile.js';
import { checkOutputFile, writeOutputFile } from '../outputFile.js';
import { readRunSettings, experimentOptions, scenarioOverrides } from '../settings.js';
import { terminalWidth, wrapParagraph } from '../terminalWidth.js';
import { textTable } from '../textTable.js';

/** Default replications per probe of the headroom search. */
export const HEADROOM_REPLICATIONS = 10;

function limitWords(d: HeadroomDimension, kind: 'posts' | 'demand'): string {
  if (kind === 'posts') {
    if (d.limit === undefined) return d.currentSettles ? 'settles at every number of posts tried' : 'does not settle even at three times the posts';
    const margin = d.current - d.limit;
    return d.currentSettles
      ? `${d.limit}; the scenario has ${d.current}, ${margin} post${margin === 1 ? '' : 's'} (${Math.round((100 * margin) / d.current)}%) more`
      : `${d.limit} posts needed: ${-margin} more than the ${d.current} it has`;
  }
  if (!d.currentSettles) return 'the queue does not settle at today\'s demand';
  return d.limit === 100 ? 'settles even with twice the demand' : `+${d.limit}% demand: the queue stops settling beyond that`;
}

/** One line per dimension for the terminal and the report. */
export function headroomLines(result: HeadroomResult): string[] {
  return [
    `${result.scenario}: fewest posts at which the queue settles: ${limitWords(result.posts, 'posts')}.`,
    `${result.scenario}: largest rise in demand at which it settles: ${limitWords(result.demand, 'demand')}.`,
  ];
}

function probeTable(result: HeadroomResult): string {
  const rows = [
    ...result.posts.probes.map((p) => [{ text: 'posts' }, { text: String(p.value) }, { text: `${p.runaway} of ${p.replications}` }, { text: p.settles ? 'settles' : 'runs away' }]),
    ...result.demand.probes.map((p) => [{ text: 'demand' }, { text: `+${p.value}%` }, { text: `${p.runaway} of ${p.replications}` }, { text: p.settles ? 'settles' : 'runs away' }]),
  ];
  return textTable(['Changed', 'To', 'Ran away', 'Verdict'], rows);
}

/** What `headroom --out` writes: the result as JSON, recognised by its fields so --force replaces only such a file. */
export const HEADROOM_FILE: OneFileKind = {
  what: 'a headroom result',
  name: 'headroom.json',
  isOurs(text) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return false;
    }
    if (!isRecord(parsed)) return false;
    const dimension = (value: unknown) => isRecord(value) && Array.isArray(value['probes']) && typeof value['currentSettles'] === 'boolean';
    return typeof parsed['seed'] === 'string' && typeof parsed['scenario'] === 'string' && typeof parsed['rule'] === 'string'
      && dimension(parsed['posts']) && dimension(parsed['demand']);
  },
};

/**
 * headroom's answer on the terminal: the probes tried, then the verdicts and the rule, with a warning
 * when each configuration ran fewer than 5 replications (as compare gives), wrapped to `width` as
 * compare wraps its notes.
 */
export function headroomText(result: HeadroomResult, replications: number, width: number): string {
  const few = replications < FEW_REPLICATIONS ? [MESSAGES.fewHeadroomReplications(replications, FEW_REPLICATIONS, HEADROOM_REPLICATIONS)] : [];
  const notes = [...headroomLines(result), result.rule, ...few].map((line) => wrapParagraph(line, width));
  return `${probeTable(result)}\n\n${notes.join('\n')}\n`;
}

/** `frontdoor headroom <scenario>`: how far the scenario sits from the point where its queue stops settling. */
export function headroomCommand(ctx: CommandContext): CommandModule {
  const { seed, replications, years, warmup, set, jobs, force } = experimentOptions(ctx.io);
  return defineCommand(ctx.io, {
    command: 'headroom <scenario>',
    describe: 'Find the fewest posts and the largest demand increase at which the queue still settles',
    positionals: { scenario: 'Scenario file (.yaml, .yml or .json), or a name `list` shows' },
    options: {
      seed,
      replications: { ...replications, default: HEADROOM_REPLICATIONS, describe: 'Replications per configuration tried' },
      years, warmup, set, jobs,
      'max-runaway': { type: 'number', default: 0.1, requiresArg: true, describe: 'A configuration settles when at most this share of its replications run away' },
      out: { type: 'string', requiresArg: true, describe: 'Also write the result as JSON to this file' },
      force: { ...force, describe: 'Replace a headroom result written earlier to the --out file' },
    },
    examples: [
      ['$0 headroom solihull-2024 --seed 1', 'posts and demand headroom, 10 replications a configuration'],
      ['$0 headroom solihull-2022 --seed 1 --years 1 --replications 6', 'a quicker, rougher search'],
    ],
    handler: async (args, output) => {
      const { io } = ctx;
      const settings = readRunSettings(args, io);
      const maxRunaway = Number(args['max-runaway']);
      if (!(maxRunaway >= 0 && maxRunaway < 1)) throw new UsageError(`--max-runaway must be a share from 0 to below 1, got "${String(args['max-runaway'])}"`);
      const [scenario] = loadScenarios([String(args['scenario'])], scenarioOverrides(settings), io);
      if (scenario === undefined) return;
      const narrator = createNarrator(io.stderr, output.quiet);
      const shown = typeof args['out'] === 'string' ? args['out'] : undefined;
      const outFile = shown === undefined ? undefined : resolve(io.cwd, shown);
      if (outFile !== undefined && shown !== undefined) checkOutputFile(io, outFile, settings.force, shown, HEADROOM_FILE);
      narrator.say(settings.seedFromClock ? MESSAGES.seedChosen(settings.seed) : MESSAGES.seedGiven(settings.seed));
      const stop = watchForStop(io);
      narrator.say(`searching the headroom of ${scenario.loaded.name}: ${settings.replications} replications per configuration on ${settings.jobs} thread${settings.jobs === 1 ? '' : 's'}…`);
      if (settings.replications < FEW_REPLICATIONS) narrator.warn(MESSAGES.fewHeadroomReplications(settings.replications, FEW_REPLICATIONS, HEADROOM_REPLICATIONS));
      let result: HeadroomResult;
      try {
        result = await findHeadroom(scenario.loaded, {
          seed: settings.seed, replications: settings.replications, jobs: settings.jobs, maxRunawayShare: maxRunaway, signal: stop.signal,
          onProbe: (p) => narrator.say(`  ${p.dimension === 'posts' ? `${p.value} posts` : `demand +${p.value}%`}: ${p.runaway} of ${p.replications} replications ran away`),
        });
      } catch (error) {
        if (error instanceof ExperimentAbortError) throw stopError(stop.stoppedBy(), error.completed, error.total);
        throw error;
      } finally {
        stop.release();
      }
      const json = `${JSON.stringify({ seed: settings.seed, ...result }, null, 2)}\n`;
      // The answer first, so that a refusal or a disk fault writing --out after a long search still leaves it on the terminal.
      if (output.format === 'json') io.stdout.write(json);
      else if (output.format === 'csv') {
        const rows = [
          ...result.posts.probes.map((p) => ['posts', p.value, p.runaway, p.replications, p.settles]),
          ...result.demand.probes.map((p) => ['demandPercent', p.value, p.runaway, p.replications, p.settles]),
        ];
        io.stdout.write(toCsv(['dimension', 'value', 'runaway', 'replications', 'settles'], rows));
      } else io.stdout.write(headroomText(result, settings.replications, terminalWidth(io)));
      if (outFile !== undefined && shown !== undefined) {
        // Checked once more: a file may have been put there while the search ran.
        checkOutputFile(io, outFile, settings.force, shown, HEADROOM_FILE);
        writeOutputFile(io, outFile, json, shown);
      }
    },
  });
}
