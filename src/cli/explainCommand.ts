import { runExperiment } from '../experiment/index.js';
import { modelCalendar } from '../model/index.js';
import type { CliIo } from './cliIo.js';
import type { CommandContext } from './commandContext.js';
import { InputError } from './cliErrors.js';
import { toCsv } from './csv.js';
import { explainText } from './explainText.js';
import type { Story } from './explainText.js';
import type { ResolvedScenario } from './loadScenarios.js';
import { MESSAGES } from './messages.js';
import { createNarrator } from './narrator.js';
import type { OutputSettings, RunSettings } from './settings.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Width to lay the story out in: the terminal's, else 120 columns. */
function widthOf(io: CliIo): number {
  return io.stdout.columns ?? 120;
}

/**
 * Runs replication 0 of each scenario with the same seed, tracing child `child` (children are
 * numbered by arrival from 0, so the same number is the same child in every scenario), and prints
 * the story with dates. A child who never arrives in a scenario is an InputError naming the fix.
 */
export async function runExplain(
  ctx: CommandContext,
  scenarios: readonly ResolvedScenario[],
  settings: RunSettings,
  output: OutputSettings,
  child: number,
): Promise<void> {
  const { io } = ctx;
  const narrator = createNarrator(io.stderr, output.quiet);
  narrator.say(settings.seedFromClock ? MESSAGES.seedChosen(settings.seed) : MESSAGES.seedGiven(settings.seed));
  const raw = await runExperiment(scenarios.map((s) => s.loaded), {
    seed: settings.seed, replications: 1, jobs: Math.min(settings.jobs, scenarios.length), sampleReplications: 1, tracedChild: child,
  });
  const stories: Story[] = scenarios.map(({ loaded }) => {
    const calendar = modelCalendar(loaded.scenario);
    const trace = raw.records.find((r) => r.scenario === loaded.name)?.sample?.trace ?? [];
    if (trace.length === 0) throw new InputError(MESSAGES.childNotSeen(child, loaded.name));
    return {
      scenario: loaded.name,
      lines: trace.map((t) => ({ date: calendar.dateOf(t.time), weekday: WEEKDAYS[calendar.weekday(t.time)] ?? '', text: t.text })),
    };
  });
  if (output.format === 'json') {
    io.stdout.write(`${JSON.stringify({ seed: settings.seed, replication: 0, child, stories }, null, 2)}\n`);
  } else if (output.format === 'csv') {
    io.stdout.write(toCsv(['scenario', 'date', 'weekday', 'text'], stories.flatMap((s) => s.lines.map((l) => [s.scenario, l.date, l.weekday, l.text]))));
  } else {
    io.stdout.write(`${MESSAGES.explainTitle(child, settings.seed)}\n\n${explainText(stories, widthOf(io))}`);
  }
}
