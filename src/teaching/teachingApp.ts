import type { Scenario } from '../scenario/index.js';
import { animationView } from './animationView.js';
import { chartView } from './chartView.js';
import { controlsView } from './controlsView.js';
import type { SettingsChange } from './controlsView.js';
import { element } from './dom.js';
import { headlineView } from './headlineView.js';
import { headroomTable } from './headroomView.js';
import { settingsLogView } from './settingsLog.js';
import { TEACHING_MEASURES, TEACHING_PAGE_IDS, parsePageData } from './pageContract.js';
import type { TeachingRun, TeachingStart } from './pageContract.js';
import type { TeachingRuns } from './runTeachingJob.js';
import { applySliders, sliderPositions } from './sliders.js';
import { warningSummary } from './summarizeRuns.js';
import { startingPointName } from './teachingChartSpec.js';
import { RunCancelledError, createSimulationClient } from './workerClient.js';

function pageRunText(run: TeachingRun, runs: number): string {
  const { years, warmupDays } = run;
  return `${runs} ${runs === 1 ? 'run' : 'runs'} of ${years} ${years === 1 ? 'year' : 'years'} after a ${warmupDays}-day start-up`;
}

/** Results kept for settings already run, so going back to one is instant. */
const CACHE_SIZE = 40;

/** Shown when the browser refused the simulation worker. */
const PAGE_RUNNER_NOTE = 'This browser does not allow background work here, so the page pauses while the simulation runs.';

/** Pause after a change made with the keyboard before a run starts, so a burst of key presses runs once. */
const SETTLE_MS = 150;

function required(doc: Document, id: string): HTMLElement {
  const found = doc.getElementById(id);
  if (found === null) throw new Error(`startTeachingApp: the page has no element #${id}`);
  return found;
}

/** Why the page's starting figures differ from `npm start` and the report: shorter and fewer runs. */
function whyTheyDiffer(start: TeachingStart, run: TeachingRun, runs: number): string {
  const { warmupDays, years } = start.scenario.horizon;
  const page = pageRunText(run, runs);
  return `Why these figures differ from npm start and the report: here each setting gets ${page}, so that a slider answers in seconds; the report runs 30 replications of ${years} ${years === 1 ? 'year' : 'years'} after a ${warmupDays}-day warm-up. Use this page for the direction and rough size of a change.`;
}

/**
 * Starts the teaching page: reads the page data, builds the settings panel, the headline table and
 * the charts, and re-runs the simulation (in a worker) whenever the trainer changes a setting. The
 * starting point and the slider settings share the seed, so their differences come from the settings.
 */
export function startTeachingApp(doc: Document): void {
  const data = parsePageData(JSON.parse(required(doc, TEACHING_PAGE_IDS.data).textContent ?? ''));
  const code = doc.getElementById(TEACHING_PAGE_IDS.bundle)?.textContent ?? undefined;
  const controls = controlsView(data.starts, data.run.replications);
  const status = element('p', { id: 'run-status', role: 'status', 'aria-live': 'polite', 'data-state': 'idle', 'data-completed': '0' });
  const table = element('div', { class: 'headline-holder' });
  const warnings = element('div', { class: 'warnings', id: 'run-warnings' });
  const note = element('div', { class: 'warnings' });
  const charts = chartView();
  const headroom = element('div', { class: 'headroom-holder' });
  const door = animationView();
  const log = settingsLogView();
  const why = element('p', { class: 'why-differ', id: 'why-differ' });
  const results = element('section', { class: 'results', 'aria-label': 'What happens' }, [status, charts.main, why]);
  const below = element('section', { class: 'below', 'aria-labelledby': 'below-title' }, [
    element('h2', { id: 'below-title', text: 'The numbers behind the lines' }), note, table, warnings, headroom, charts.more, door.root, log.root,
  ]);
  required(doc, TEACHING_PAGE_IDS.app).replaceChildren(element('div', { class: 'layout' }, [controls.root, results]), below);

  const client = createSimulationClient(code);
  const cache = new Map<string, TeachingRuns>();
  let generation = 0;
  let completed = 0;

  const setStatus = (state: 'running' | 'done' | 'error', text: string): void => {
    status.dataset['state'] = state;
    results.dataset['state'] = state;
    status.textContent = text;
  };

  const runSetting = async (key: string, scenario: Scenario, what: string, total: number): Promise<TeachingRuns> => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    setStatus('running', `Running… ${what}: simulating ${total} ${total === 1 ? 'run' : 'runs'}.`);
    const runs = await client.run(key, { scenario, seed: data.seed, run: { ...data.run, replications: total } }, (done) => {
      if (done < total) setStatus('running', `Running… ${what}: run ${done + 1} of ${total}.`);
    });
    cache.set(key, runs);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return runs;
  };

  const showWarnings = (start: TeachingStart, base: TeachingRuns, yours: TeachingRuns, same: boolean, runs: number): void => {
    const lines = [
      ...warningSummary(base.warnings).map((w) => ({ who: start.label, ...w })),
      ...(same ? [] : warningSummary(yours.warnings).map((w) => ({ who: 'Your settings', ...w }))),
    ];
    warnings.replaceChildren(...lines.map((w) => element('p', { class: 'warning' }, [
      element('strong', { text: `${w.who}, ${w.runs} of ${runs} ${runs === 1 ? 'run' : 'runs'}:` }), ` ${w.text}`,
    ])));
  };

  const update = async (): Promise<void> => {
    const current = ++generation;
    const index = controls.startIndex();
    const start = data.starts[index] as TeachingStart;
    const positions = controls.positions();
    const total = controls.runs();
    const startKey = JSON.stringify([index, sliderPositions(start.scenario), total]);
    const key = JSON.stringify([index, positions, total]);
    const began = performance.now();
    try {
      const base = await runSetting(startKey, start.scenario, 'the starting point', total);
      if (current !== generation) return;
      const same = key === startKey;
      const yours = same ? base : await runSetting(key, applySliders(start.scenario, positions), 'your settings', total);
      if (current !== generation) return;
      const simulated = performance.now();
      performance.measure(TEACHING_MEASURES.simulate, { start: began, end: simulated });
      await charts.render(start.label, base, yours);
      table.replaceChildren(headlineView(startingPointName(start.label), base, yours));
      headroom.replaceChildren(headroomTable(startingPointName(start.label), base, yours));
      door.show(yours.animation, same ? startingPointName(start.label) : 'your settings');
      log.add({ start: start.label, runs: total, positions, results: yours });
      why.textContent = whyTheyDiffer(start, data.run, total);
      showWarnings(start, base, yours, same, total);
      performance.measure(TEACHING_MEASURES.draw, { start: simulated });
      completed += 1;
      status.dataset['completed'] = String(completed);
      status.dataset['runner'] = client.inWorker() ? 'worker' : 'page';
      note.replaceChildren(...(client.inWorker() ? [] : [element('p', { class: 'warning', text: PAGE_RUNNER_NOTE })]));
      const seconds = ((performance.now() - began) / 1000).toFixed(1);
      setStatus('done', same
        ? `Done in ${seconds} s. Your settings are the starting point: move a slider to see what changes.`
        : `Done in ${seconds} s. Both use the same random numbers (seed ${data.seed}), so the differences come from your settings.`);
    } catch (error) {
      if (error instanceof RunCancelledError || current !== generation) return;
      setStatus('error', `The simulation stopped with an error: ${error instanceof Error ? error.message : String(error)}`);
      console.error(error);
    }
  };

  // A released slider or a pressed button runs at once; a key press waits SETTLE_MS for the next one, as
  // stopping a run in progress means starting its workers afresh, and fresh workers run slower at first.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (change: SettingsChange): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (change === 'final') void update();
    else timer = setTimeout(() => void update(), SETTLE_MS);
  };
  controls.onStartChange(schedule);
  controls.onSettingsChange(schedule);
  void update();
}
