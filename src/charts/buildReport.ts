import type { ReportChart, ReportInput } from './types.js';
import { compileChecked } from './compileChecked.js';
import { escapeHtml } from './escapeHtml.js';
import { escapeScript, scriptJson } from './escapeScript.js';
import { htmlHead } from './htmlHead.js';
import { inlineSvg } from './inlineSvg.js';
import { REPORT_CSS } from './reportCss.js';
import { headlineTable, parametersTable, runRecordTable, stressTable } from './reportTables.js';
import { vendorScripts } from './vendorScripts.js';

const CHART_ID = /^[A-Za-z][A-Za-z0-9-]*$/;

// The page may load nothing: no network, no files. Interactive charts need inline scripts, and Vega
// compiles its expressions with Function(), hence 'unsafe-eval'.
const CSP_STATIC = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const CSP_INTERACTIVE = "default-src 'none'; style-src 'unsafe-inline'; img-src data: blob:; script-src 'unsafe-inline' 'unsafe-eval'";

// Renders each chart with vega-embed in place of its static SVG; the specs are already Vega (compiled
// in Node), so vega-lite is not shipped and vega-embed gets a stub for the global it expects.
const EMBED_SCRIPT = `(function () {
  var specs = JSON.parse(document.getElementById('chart-specs').textContent);
  Object.keys(specs).forEach(function (id) {
    var el = document.getElementById('vis-' + id);
    vegaEmbed(el, specs[id], {
      mode: 'vega', renderer: 'svg', downloadFileName: id,
      actions: { export: true, source: true, compiled: false, editor: false }
    }).catch(function (error) { console.error('chart ' + id + ': ' + error); });
  });
})();`;

function checkChartIds(charts: readonly ReportChart[]): void {
  const seen = new Set<string>();
  for (const chart of charts) {
    if (!CHART_ID.test(chart.id)) throw new Error(`buildReport: chart id ${JSON.stringify(chart.id)} must match ${String(CHART_ID)}`);
    if (seen.has(chart.id)) throw new Error(`buildReport: chart id ${JSON.stringify(chart.id)} is used twice`);
    seen.add(chart.id);
  }
}

function chartSection(chart: ReportChart, interactive: boolean): string {
  const id = `chart-${chart.id}`;
  const svg = inlineSvg(chart.svg, id);
  // Static: the SVG is an image with alt text. Interactive: the SVG is a fallback that vega-embed
  // replaces with a live view, whose own marks carry ARIA labels; the figure is labelled instead.
  const body = interactive
    ? `<div class="chart" id="vis-${chart.id}">${svg}</div>`
    : `<div class="chart" role="img" aria-label="${escapeHtml(`${chart.title}. ${chart.caption}`)}">${svg}</div>`;
  return `<section id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title">${escapeHtml(chart.title)}</h3>
<figure aria-labelledby="${id}-title" aria-describedby="${id}-caption">${body}
<figcaption id="${id}-caption">${escapeHtml(chart.caption)}</figcaption></figure>
</section>`;
}

function interactiveScripts(charts: readonly ReportChart[]): string {
  const specs = Object.fromEntries(charts.map((c) => [c.id, compileChecked(c.spec)]));
  const { vega, vegaEmbed } = vendorScripts();
  return [
    `<script type="application/json" id="chart-specs">${scriptJson(specs)}</script>`,
    `<script>${escapeScript(vega)}</script>`,
    `<script>window.vegaLite = { version: 'none' };</script>`,
    `<script>${escapeScript(vegaEmbed)}</script>`,
    `<script>${EMBED_SCRIPT}</script>`,
  ].join('\n');
}

/**
 * One self-contained HTML report that fetches nothing: headline table, plain-language reading, charts
 * (inline SVG; with `interactive`, live Vega views with tooltips, zoom and export, libraries inlined),
 * scenario parameters, run record and STRESS-DES items. All text from `input` is HTML-escaped.
 * Throws on a bad or repeated chart id, an unsafe SVG, or table rows that do not match the scenarios.
 */
export function buildReport(input: ReportInput, options: { readonly interactive?: boolean } = {}): string {
  const interactive = options.interactive ?? false;
  // 1. Check what the page's anchors and tables depend on.
  checkChartIds(input.charts);
  // 2. Build the sections, in reading order: answer first, evidence next, provenance last.
  const sections = [
    { id: 'headline', title: 'Headline results', html: headlineTable(input.scenarios, input.headline) },
    { id: 'reading', title: 'Reading the results', html: `<div class="reading">${input.reading.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div>` },
    { id: 'charts', title: 'Charts', html: input.charts.map((c) => chartSection(c, interactive)).join('\n') },
    { id: 'parameters', title: 'Scenario parameters', html: parametersTable(input.scenarios, input.parameters) },
    { id: 'run-record', title: 'Run record', html: runRecordTable(input.runRecord) },
    { id: 'stress-des', title: 'STRESS-DES reporting checklist', html: stressTable(input.stress) },
  ];
  // 3. A table of contents, with the charts listed under their section.
  const chartLinks = input.charts.map((c) => `<li><a href="#chart-${c.id}">${escapeHtml(c.title)}</a></li>`).join('');
  const toc = sections
    .map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a>${s.id === 'charts' && chartLinks !== '' ? `<ol>${chartLinks}</ol>` : ''}</li>`)
    .join('\n');
  // 4. Assemble the page; scripts go last so the static content shows first.
  return `${htmlHead({ csp: interactive ? CSP_INTERACTIVE : CSP_STATIC, title: input.title, css: REPORT_CSS })}
<body>
<header>
<h1>${escapeHtml(input.title)}</h1>
<p class="generated">Generated ${escapeHtml(input.generatedAt)}. Scenarios: ${input.scenarios.map((s) => `<strong>${escapeHtml(s)}</strong>`).join(', ')}.</p>
</header>
<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ol>
${toc}
</ol></nav>
<main>
${sections.map((s) => `<section id="${s.id}" aria-labelledby="${s.id}-title"><h2 id="${s.id}-title">${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`).join('\n')}
</main>
${interactive ? interactiveScripts(input.charts) : ''}
</body>
</html>
`;
}
