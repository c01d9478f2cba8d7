import { resolve } from 'node:path';
import { ExperimentAbortError, milestoneDefinitions, runExperiment, scenarioClock } from '../experiment/index.js';
import type { ExperimentOptions, ExperimentRaw } from '../experiment/index.js';
import { toCsv } from '../results/index.js';
import type { CommandContext } from './commandContext.js';
import { InputError, InterruptedError } from './cliErrors.js';
import { checkExplainFolder, explainFiles } from './explainFiles.js';
import { explainStory } from './explainStory.js';
import { explainText } from './explainText.js';
import type { Story } from './explainText.js';
import { explainTimeline } from './explainTimeline.js';
import type { TracedJourney } from './explainTimeline.js';
import type { ResolvedScenario } from './loadScenarios.js';
import { MESSAGES } from './messages.js';
import { missedChance } from './missedChance.js';
import { createNarrator } from './narrator.js';
import { claimOutputFolder } from './outputClaim.js';
import { writeFolder } from './outputFolder.js';
import { watchForStop } from './stopWatch.js';
import type { StopWatch } from './stopWatch.js';
import { terminalWidth, wrapParagraph } from './terminalWidth.js';
import type { OutputSettings, RunSettings } from './settings.js';

/** Width of story.txt, whatever the terminal. */
const FILE_WIDTH = 120;

/** Which child to tell: a number, the first missed chance in the first scenario, or the first child referred in its measured period. */
export type ExplainChoice = { child: number } | { missedChance: true } | { firstReferred: true };

/** Where `explain` writes its files (`--out`), and whether it may replace an earlier story (`--force`). */
export interface ExplainOutput {
  out: string | undefined;
  force: boolean;
}

/** Replication 0 of each scenario, one child traced or none; Ctrl-C or SIGTERM stops it with an InterruptedError (nothing is written). */
async function runOnce(scenarios: readonly ResolvedScenario[], settings: RunSettings, stop: StopWatch, tracedChild?: number): Promise<ExperimentRaw> {
  const options: ExperimentOptions = {
    seed: settings.seed, replications: 1, jobs: Math.min(settings.jobs, scenarios.length), sampleReplications: 1, signal: stop.signal,
    ...(tracedChild === undefined ? {} : { tracedChild }),
  };
  try {
    return await runExperiment(scenarios.map((s) => s.loaded), options);
  } catch (error) {
    if (!(error instanceof ExperimentAbortError)) throw error;
    const terminated = stop.stoppedBy() === 'SIGTERM';
    throw new InterruptedError(terminated ? MESSAGES.terminatedPlain : MESSAGES.interruptedPlain, terminated ? 'SIGTERM' : 'SIGINT');
  }
}

/** The child to trace and the header lines saying why (none for a child chosen by number). */
async function chooseChild(scenarios: readonly ResolvedScenario[], settings: RunSettings, choice: ExplainChoice, stop: StopWatch): Promise<{ child: number; header: string[] }> {
  if ('child' in choice) return { child: choice.child, header: [] };
  const first = scenarios[0];
  if (first === undefined) throw new InputError(MESSAGES.noMissedChance('(no scenario)', settings.seed));
  const raw = await runOnce(scenarios, settings, stop);
  if ('firstReferred' in choice) {
    const record = raw.records.find((r) => r.scenario === first.loaded.name && r.replication === 0);
    // The earliest referral of a child of the run (not a starting case) inside the measured window.
    let measured: { child: number; referralTime: number } | undefined;
    for (const j of record?.sample?.journeys ?? []) {
      if (record === undefined || j.child < 0 || j.referralTime < record.window.warmupEnd || j.referralTime > record.window.end) continue;
      if (measured === undefined || j.referralTime < measured.referralTime) measured = j;
    }
    if (record === undefined || measured === undefined) throw new InputError(MESSAGES.noReferral(first.loaded.name, settings.seed));
    return { child: measured.child, header: [MESSAGES.firstReferredPicked(measured.child, first.loaded.name, record.window.warmupEnd > 0)] };
  }
  const names = scenarios.map((s) => s.loaded.name);
  const picked = missedChance(raw, names);
  if (picked === undefined) throw new InputError(MESSAGES.noMissedChance(first.loaded.name, settings.seed));
  const others = names.slice(1).map((scenario, i) => ({ scenario, kind: picked.others[i] }));
  return {
    child: picked.child,
    header: [MESSAGES.missedChancePicked(picked.child, first.loaded.name, picked.kind, others), MESSAGES.missedChanceCaveat],
  };
}

/**
 * Runs replication 0 of each scenario with the same seed, tracing one child (children are numbered by
 * arrival from 0, so the same number is the same child in every scenario), and prints the story with
 * dates; with `--out`, also writes it with a timeline chart. A child who never arrives, or no missed
 * chance to pick, is an InputError naming the fix.
 */
export async function runExplain(
  ctx: CommandContext,
  scenarios: readonly ResolvedScenario[],
  settings: RunSettings,
  output: OutputSettings,
  choice: ExplainChoice,
  files: ExplainOutput = { out: undefined, force: false },
): Promise<void> {
  const { io } = ctx;
  const narrator = createNarrator(io.stderr, output.quiet);
  // 1. Refuse an unusable --out before any simulation (and before the seed line: nothing will run), and
  // hold it (its lock) until the story is written.
  const outPath = files.out === undefined ? undefined : resolve(io.cwd, files.out);
  const claim = outPath === undefined || files.out === undefined
    ? undefined
    : claimOutputFolder(io, outPath, files.force, files.out, (line) => narrator.say(line), checkExplainFolder);
  // Ctrl-C and SIGTERM stop the runs cleanly, so the lock is given up and nothing is left half-written.
  const stop = watchForStop(io);
  try {
    narrator.say(settings.seedFromClock ? MESSAGES.seedChosen(settings.seed) : MESSAGES.seedGiven(settings.seed));
    // 2. The child: by number, or the first missed chance.
    const { child, header } = await chooseChild(scenarios, settings, choice, stop);
    // 3. Trace the child in every scenario.
    const raw = await runOnce(scenarios, settings, stop, child);
    const milestones = milestoneDefinitions();
    const traced = scenarios.map(({ loaded }) => {
      const sample = raw.records.find((r) => r.scenario === loaded.name)?.sample;
      const trace = sample?.trace ?? [];
      if (trace.length === 0) throw new InputError(MESSAGES.childNotSeen(child, loaded.name));
      const clock = scenarioClock(loaded.scenario);
      return { clock, journey: { scenario: loaded.name, calendar: clock.calendar, workingDays: clock.workingDays, trace, warmupEnd: clock.window.warmupEnd, end: clock.window.end }, contacts: sample?.tracedContacts ?? [] };
    });
    const journeys: TracedJourney[] = traced.map((t) => t.journey);
    const stories: Story[] = traced.map(({ clock, journey, contacts }) => ({
      scenario: journey.scenario,
      lines: explainStory(journey.trace, contacts, clock, milestones),
    }));
    // 4. Print it.
    // The title and why the child was picked, wrapped as the story is: to the terminal, or to story.txt's width.
    const sameChild = scenarios.length > 1 ? [MESSAGES.sameChildNote] : [];
    const top = (width: number) => [MESSAGES.explainTitle(child, settings.seed), ...header, ...sameChild].map((line) => wrapParagraph(line, width)).join('\n');
    if (output.format === 'json') {
      io.stdout.write(`${JSON.stringify({ seed: settings.seed, replication: 0, child, ...(header.length > 0 ? { picked: header } : {}), stories }, null, 2)}\n`);
    } else if (output.format === 'csv') {
      // CSV has no place for why the child was picked: it goes to stderr with the seed.
      for (const line of header) narrator.say(line);
      io.stdout.write(toCsv(['scenario', 'date', 'weekday', 'text'], stories.flatMap((s) => s.lines.map((l) => [s.scenario, l.date, l.weekday, l.text]))));
    } else {
      const width = terminalWidth(io);
      io.stdout.write(`${top(width)}\n\n${explainText(stories, width)}`);
    }
    // 5. Write the story and its timeline.
    const shown = files.out;
    if (outPath !== undefined && shown !== undefined) {
      const note = 'missedChance' in choice ? MESSAGES.missedChanceCaveat : undefined;
      // The folder is checked once more just before it is replaced: files may have been added meanwhile.
      writeFolder(io, outPath, await explainFiles(`${top(FILE_WIDTH)}\n\n${explainText(stories, FILE_WIDTH)}`, explainTimeline(child, journeys, note)), {
        shown, signal: stop.signal, stoppedBy: stop.stoppedBy, beforeCommit: () => checkExplainFolder(io, outPath, files.force, shown),
      });
      narrator.say(MESSAGES.explainWrote(shown));
    }
  } finally {
    stop.release();
    claim?.release();
  }
}
