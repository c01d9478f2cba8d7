import { REPORT_CSS, escapeHtml, escapeScript, htmlHead, scriptJson, vendorScripts } from '../report/index.js';
import type { Scenario } from '../scenario/index.js';
import { INTERACTIVE_CSS } from './interactiveCss.js';
import { TEACHING_PAGE_IDS, TEACHING_RUN } from './pageContract.js';
import type { TeachingPageData } from './pageContract.js';

/** What the teaching page needs: its script (from `teachingBundle`), the starting configurations, and the seed. */
export interface InteractivePageInput {
  readonly bundle: string;
  readonly scenarios: readonly { readonly label: string; readonly scenario: Scenario }[];
  readonly seed: string;
}

// Nothing may be fetched. Vega compiles expressions with Function() ('unsafe-eval'); the simulation
// worker is the page's own script as a Blob URL.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: blob:; script-src 'unsafe-inline' 'unsafe-eval'; worker-src blob:";

function checkInput(input: InteractivePageInput): void {
  if (input.scenarios.length === 0) throw new RangeError('buildInteractivePage: scenarios must not be empty');
  if (input.seed.trim() === '') throw new RangeError('buildInteractivePage: seed must not be empty');
  const labels = input.scenarios.map((s) => s.label.trim());
  const empty = labels.findIndex((label) => label === '');
  if (empty >= 0) throw new RangeError(`buildInteractivePage: scenarios[${empty}].label must not be empty`);
  const repeated = labels.find((label, i) => labels.indexOf(label) !== i);
  if (repeated !== undefined) throw new RangeError(`buildInteractivePage: the label ${JSON.stringify(repeated)} is used twice`);
}

function introduction(): string {
  const run = TEACHING_RUN;
  return `<aside class="note" aria-labelledby="note-title">
<h2 id="note-title">This is a model, not a forecast</h2>
<p>The simulation is a simplified picture of a front door, built on published figures and stated assumptions. Use it to see how staffing, turnover, caseloads and information sharing work on each other, not to predict real waiting times.</p>
<p>Each setting is simulated ${run.replications} times, for ${run.years} ${run.years === 1 ? 'year' : 'years'} after a ${run.warmupDays}-day start-up period that is not counted, so small differences can be chance: look at the small print under each number.</p>
</aside>
<section class="howto" aria-labelledby="howto-title">
<h2 id="howto-title">How to use this page</h2>
<ol>
<li>Choose a <strong>starting point</strong>: a configuration of the front door as it was.</li>
<li>Move a <strong>slider</strong>. When you let go, the simulation runs again in this page (a few seconds; nothing is sent anywhere).</li>
<li>Compare the lines: <span class="swatch start"></span> the starting point, <span class="swatch yours"></span> your settings. A line that drops sooner means children wait less. Times are in <strong>working days</strong> (no weekends or bank holidays).</li>
<li>Read the table for the numbers behind the lines, and “Back to the starting point” to start again.</li>
</ol>
</section>`;
}

function about(input: InteractivePageInput): string {
  const starts = input.scenarios
    .map((s) => `<dd><strong>${escapeHtml(s.label)}</strong> (<code>${escapeHtml(s.scenario.name)}</code>): ${escapeHtml(s.scenario.description)}</dd>`)
    .join('\n');
  return `<footer aria-labelledby="about-title">
<h2 id="about-title">About this simulation</h2>
<dl>
<dt>Starting points</dt>
${starts}
<dt>Random numbers</dt>
<dd>Seed <code>${escapeHtml(input.seed)}</code>. The starting point and your settings use the same random numbers (the same children, contacts and events), so the differences between them come from the settings.</dd>
<dt>Made with</dt>
<dd>frontdoor-sim, a discrete-event simulation of a children's social care front door. The full model, its scenario files and their sources come with the tool.</dd>
</dl>
</footer>`;
}

/**
 * One self-contained HTML teaching page that fetches nothing: sliders for the main workforce and
 * screening settings re-run the simulation in the browser and redraw the "share still waiting" charts
 * and headline numbers against the chosen starting point. The bundle, Vega and vega-embed are inlined;
 * every label and description is escaped. Throws on no scenarios, an empty seed, or empty or repeated labels.
 */
export function buildInteractivePage(input: InteractivePageInput): string {
  // 1. Check what the page's menu and legends depend on.
  checkInput(input);
  // 2. The data the page's script reads.
  const data: TeachingPageData = {
    seed: input.seed,
    run: TEACHING_RUN,
    starts: input.scenarios.map((s) => ({ label: s.label.trim(), scenario: s.scenario })),
  };
  const { vega, vegaEmbed } = vendorScripts();
  // 3. The page: text first, so it reads sensibly before (or without) the script.
  return `${htmlHead({ csp: CSP, title: "What if? A children's services front door, simulated", css: `${REPORT_CSS}${INTERACTIVE_CSS}` })}
<body>
<header>
<h1>What if? A children's services front door, simulated</h1>
<p class="generated">Move a slider and let go: the simulation runs again in this page. A model, not a forecast (see below).</p>
</header>
<main>
<div id="${TEACHING_PAGE_IDS.app}"><p class="muted">Loading the simulation…</p>
<noscript><p>This page needs JavaScript to run the simulation.</p></noscript></div>
${introduction()}
</main>
${about(input)}
<script type="application/json" id="${TEACHING_PAGE_IDS.data}">${scriptJson(data)}</script>
<script>${escapeScript(vega)}</script>
<script>window.vegaLite = { version: 'none' };</script>
<script>${escapeScript(vegaEmbed)}</script>
<script id="${TEACHING_PAGE_IDS.bundle}">${escapeScript(input.bundle)}</script>
</body>
</html>
`;
}
