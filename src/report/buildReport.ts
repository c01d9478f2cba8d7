import type { ReportChart, ReportInput } from '../charts/index.js';
import { compileChecked } from '../charts/index.js';
import { escapeHtml } from './escapeHtml.js';
import { escapeScript, scriptJson } from './escapeScript.js';
import { htmlHead } from './htmlHead.js';
import { inlineSvg } from './inlineSvg.js';
import { REPORT_CSS } from './reportCss.js';
import { headlineHtmlTable, parametersTable, runRecordTable, stressTable } from './reportTables.js';
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

/** Width and height of an SVG from its root element's attributes; undefined when they are missing. */
function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

function chartBody(chart: ReportChart, interactive: boolean): string {
  const svg = inlineSvg(chart.svg, `chart-${chart.id}`);
  // Static: the SVG is an image with alt text. Interactive: the SVG is a fallback that vega-embed
  // replaces with a live view, whose own marks carry ARIA labels; the figure is labelled instead.
  return interactive
    ? `<div class="chart" id="vis-${chart.id}">${svg}</div>`
    : `<div class="chart" role="img" aria-label="${escapeHtml(`${chart.title}. ${chart.caption}`)}">${svg}</div>`;
}

function chartSection(chart: ReportChart, interactive: boolean): string {
  const id = `chart-${chart.id}`;
  return `<section id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title">${escapeHtml(chart.title)}</h3>
<figure aria-labelledby="${id}-title" aria-describedby="${id}-caption">${chartBody(chart, interactive)}
<figcaption id="${id}-caption">${escapeHtml(chart.caption)}</figcaption></figure>
</section>`;
}

/** Width in pixels above which a key chart takes a whole row: in half of a wide screen (about 610 px) its text would shrink below 75%. */
const FULL_ROW_WIDTH = 800;

/**
 * A key chart: large, in the grid at the top; its title is in the chart, so the caption carries the
 * reading only. A chart wider than FULL_ROW_WIDTH takes the whole row; a narrower one taller than
 * wide spans two rows.
 */
function keyChartFigure(chart: ReportChart, interactive: boolean): string {
  const id = `chart-${chart.id}`;
  const size = svgSize(chart.svg);
  const full = size !== undefined && size.width > FULL_ROW_WIDTH;
  const tall = !full && size !== undefined && size.height > size.width * 1.05;
  return `<figure id="${id}" class="key${full ? ' full' : tall ? ' tall' : ''}" aria-labelledby="${id}-title" aria-describedby="${id}-caption">${chartBody(chart, interactive)}
<figcaption id="${id}-caption"><strong id="${id}-title">${escapeHtml(chart.title)}.</strong> ${escapeHtml(chart.caption)}</figcaption></figure>`;
}

/** Escapes text and shows `backticked` parts (commands to type) as code. */
function withCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** A section that opens on demand; its heading stays in the outline. */
function detailsSection(id: string, title: string, html: string): string {
  return `<details id="${id}"><summary><h2 id="${id}-title">${escapeHtml(title)}</h2></summary>
<section aria-labelledby="${id}-title">
${html}
</section></details>`;
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

/** A paragraph of the reading, then its list: one bullet per measure, so each change reads on a line of its own. */
function readingHtml(paragraph: ReportInput['reading'][number]): string {
  const items = paragraph.items ?? [];
  const list = items.length === 0 ? '' : `\n<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  return `<p>${escapeHtml(paragraph.text)}</p>${list}`;
}

/**
 * One self-contained HTML report that fetches nothing. It opens on the story (a few sentences with the
 * numbers that matter) and the key charts, large; everything else (headline table, how settled each
 * scenario is, the reading in words, every other chart, scenario parameters, run record and STRESS-DES
 * items) sits in sections that open on demand. Charts are inline SVG; with `interactive`, live Vega
 * views with tooltips, zoom and export, libraries inlined. All text from `input` is HTML-escaped.
 * Throws on a bad or repeated chart id, an unsafe SVG, or table rows that do not match the scenarios.
 */
export function buildReport(input: ReportInput, options: { readonly interactive?: boolean } = {}): string {
  const interactive = options.interactive ?? false;
  // 1. Check what the page's anchors and tables depend on.
  checkChartIds(input.charts);
  const key = input.charts.filter((c) => c.key === true);
  const rest = input.charts.filter((c) => c.key !== true);
  // 2. The sections that open on demand, in reading order: numbers, evidence, provenance.
  const sections = [
    { id: 'headline', title: 'Headline results', html: headlineHtmlTable(input.scenarios, input.headline) },
    { id: 'settling', title: 'How settled each scenario is, and how close to its limits', html: `<div class="prose">${input.settling.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div>` },
    { id: 'reading', title: 'Every clear change, in words', html: `<div class="prose">${input.reading.map(readingHtml).join('\n')}</div>` },
    ...(rest.length === 0 ? [] : [{ id: 'charts', title: 'More charts', html: rest.map((c) => chartSection(c, interactive)).join('\n') }]),
    { id: 'parameters', title: 'Scenario parameters', html: parametersTable(input.scenarios, input.parameters) },
    { id: 'run-record', title: 'Run record', html: runRecordTable(input.runRecord) },
    { id: 'stress-des', title: 'STRESS-DES reporting checklist', html: stressTable(input.stress) },
  ];
  // 3. A one-line table of contents: the key charts, then the sections.
  const links = [
    ...key.map((c) => ({ href: `chart-${c.id}`, text: c.title })),
    ...sections.map((s) => ({ href: s.id, text: s.title })),
    ...rest.map((c) => ({ href: `chart-${c.id}`, text: c.title })),
  ];
  const toc = links.map((l) => `<li><a href="#${l.href}">${escapeHtml(l.text)}</a></li>`).join('');
  // 4. Assemble the page: story and key charts first; scripts last so the static content shows first.
  return `${htmlHead({ csp: interactive ? CSP_INTERACTIVE : CSP_STATIC, title: input.title, css: REPORT_CSS })}
<body>
<header>
<h1>${escapeHtml(input.title)}</h1>
<p class="generated">Generated ${escapeHtml(input.generatedAt)}. Scenarios: ${input.scenarios.map((s) => `<strong>${escapeHtml(s)}</strong>`).join(', ')}.</p>
</header>
<main>
<section id="story" aria-labelledby="story-title" class="story"><h2 id="story-title" class="visually-hidden">The story</h2>
${input.story.map((p) => `<p>${withCode(p)}</p>`).join('\n')}
</section>
${key.length === 0 ? '' : `<section id="key-charts" class="key-charts" aria-label="Key charts">\n${key.map((c) => keyChartFigure(c, interactive)).join('\n')}\n</section>`}
<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">More in this report (each opens on demand)</h2><ol>${toc}</ol></nav>
${sections.map((s) => detailsSection(s.id, s.title, s.html)).join('\n')}
</main>
${interactive ? interactiveScripts(input.charts) : ''}
</body>
</html>
`;
}
