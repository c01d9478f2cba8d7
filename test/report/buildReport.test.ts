import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportInput } from '../../src/charts/index.js';
import { buildReport } from '../../src/report/index.js';
import { HOSTILE, reportInput } from './reportFixture.js';

const withoutScripts = (html: string): string => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '<script></script>');
/** src=/href= attributes (outside inline scripts) that point off the page. */
const remoteReferences = (html: string): string[] =>
  [...withoutScripts(html).matchAll(/\s(?:src|href|action|poster|data)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]*)/gi)].map((m) => m[1] ?? '');
const vendor = (pkg: string, file: string): string => {
  const require = createRequire(import.meta.url);
  return readFileSync(join(dirname(require.resolve(pkg)), file), 'utf8');
};

let input: ReportInput;
let hostile: ReportInput;
beforeAll(async () => {
  [input, hostile] = [await reportInput(), await reportInput({ hostile: true })];
});

describe('buildReport(input) — static', () => {
  it('is one HTML page with every chart inlined as SVG and no scripts', () => {
    const html = buildReport(input);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<svg\b/g)?.length).toBe(input.charts.length);
    expect(html).not.toMatch(/<script\b/i);
  });

  it('references nothing outside the page: no remote src/href, no <link>, no @import or remote url()', () => {
    for (const html of [buildReport(input), buildReport(hostile)]) {
      expect(remoteReferences(html)).toEqual([]);
      expect(html).not.toMatch(/<link\b|@import|url\(\s*["']?(?:https?:)?\/\//i);
    }
  });

  it('the remote-reference check finds a remote attribute when one is there', () => {
    expect(remoteReferences('<img src="https://example.org/a.png"><a href=//cdn.example.org/x>')).toHaveLength(2);
  });

  it('escapes a scenario named like a script everywhere it appears', () => {
    const html = buildReport(hostile);
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('has a table of contents linking to every section and chart, and each target exists', () => {
    const html = buildReport(input);
    const links = [...html.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(expect.arrayContaining(['headline', 'settling', 'reading', 'charts', 'parameters', 'run-record', 'stress-des']));
    expect(links).toEqual(expect.arrayContaining(input.charts.map((c) => `chart-${c.id}`)));
    for (const id of links) expect(html).toContain(`id="${id ?? ''}"`);
  });

  it('gives every chart alt text (role="img" with an aria-label) and a caption', () => {
    const html = buildReport(input);
    for (const chart of input.charts) {
      expect(html).toContain(`<figcaption id="chart-${chart.id}-caption">`);
    }
    expect(html.match(/role="img" aria-label="[^"]+"/g)?.length).toBe(input.charts.length);
  });

  it('labels table columns and rows with header cells, and shows the difference with a verdict in words', () => {
    const html = buildReport(input);
    expect(html).toContain('<th scope="col" class="num">Difference (solihull-2024 − solihull-2022)</th>');
    expect(html).toContain('<th scope="row">Referral → allocation, median</th>');
    expect(html).toContain('−6.1<br><span class="ci">95% CI −7.0 to −5.2</span><br><strong>Better</strong>');
  });

  it('opens on the story and the key charts; everything else is in sections that open on demand', () => {
    const html = buildReport(input);
    const main = html.slice(html.indexOf('<main>'));
    const firstDetails = main.indexOf('<details');
    expect(main.indexOf('id="story"')).toBeLessThan(main.indexOf('id="key-charts"'));
    const keyIds = input.charts.filter((c) => c.key === true).map((c) => c.id);
    expect(keyIds.length).toBe(4);
    for (const id of keyIds) expect(main.indexOf(`id="chart-${id}"`)).toBeLessThan(firstDetails);
    for (const chart of input.charts.filter((c) => c.key !== true)) expect(main.indexOf(`id="chart-${chart.id}"`)).toBeGreaterThan(firstDetails);
    for (const id of ['headline', 'settling', 'reading', 'charts', 'parameters', 'run-record', 'stress-des']) expect(main).toContain(`<details id="${id}">`);
    expect(main).not.toContain('<details id="headline" open');
    expect(html).toContain(`<p>${input.story[0] ?? ''}</p>`);
  });

  it('gives the reading one bullet per measure under its lead sentence, not one run-on paragraph', () => {
    const html = buildReport(input);
    const reading = html.slice(html.indexOf('<details id="reading">'), html.indexOf('</details>', html.indexOf('<details id="reading">')));
    expect(reading).toContain('<p>solihull-2024 compared with solihull-2022, the clear changes:</p>\n<ul><li>Median wait from referral to allocation: −6 working days (the same in every replication), better.</li><li>');
    expect(reading.match(/<li>/g)).toHaveLength(2);
    expect(reading).toContain('<p>The differences are paired: both scenarios saw the same children arriving with the same needs (common random numbers).</p>\n<p>');
    expect(buildReport(hostile)).toContain('<li>Children waiting for allocation in &lt;script&gt;alert(1)&lt;/script&gt;: −136 children (95% CI −150 to −122), better.</li>');
  });

  it('shows a value every replication gave alone, over "all replications", never an interval 7.00 to 7.00; a difference of 0 in every replication is "No change"', () => {
    const same = (mean: number, exact: string) => ({ mean, ciLow: mean, ciHigh: mean, exact });
    const html = buildReport({
      ...input,
      headline: [
        { label: 'Contact → screening decision: 90th percentile', unit: 'working days', values: [same(7, '7'), same(1, '1')], differences: [same(-6, '−6')], better: 'lower', decimals: 2 },
        { label: 'Strategy discussion → allocation: 90th percentile', unit: 'working days', values: [same(0, '0'), same(0, '0')], differences: [same(0, '0')], better: 'lower', decimals: 2 },
      ],
    });
    expect(html).toContain('<td class="num">7<br><span class="ci">all replications</span></td>');
    expect(html).toContain('<td class="num">−6<br><span class="ci">all replications</span><br><strong>Better</strong></td>');
    expect(html).toContain('<td class="num">0<br><span class="ci">all replications</span><br><strong>No change</strong></td>');
    const table = html.slice(html.indexOf('<details id="headline">'), html.indexOf('</details>', html.indexOf('<details id="headline">')));
    expect(table).not.toMatch(/7\.00|−6\.00|0\.00 to 0\.00|95% CI/);
  });

  it('gives a key chart wider than 800 px the whole row, and a narrower one taller than wide two rows of its column', () => {
    const sized = (width: number, height: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"></svg>`;
    const charts = input.charts.map((c) => (c.id === 'difference' ? { ...c, svg: sized(1014, 1137) } : c.id === 'fan-unallocated' ? { ...c, svg: sized(400, 600) } : c.id === 'within-target' ? { ...c, svg: sized(742, 485) } : c));
    const html = buildReport({ ...input, charts });
    expect(html).toContain('<figure id="chart-difference" class="key full"');
    expect(html).toContain('<figure id="chart-fan-unallocated" class="key tall"');
    expect(html).toContain('<figure id="chart-within-target" class="key"');
    expect(html).toMatch(/\.key-charts figure\.full \{ grid-column: 1 \/ -1; \}/);
  });

  it('keeps a difference column for every compared scenario when there are three', () => {
    const third = {
      ...input,
      scenarios: [...input.scenarios, 'recruitment-drive'],
      headline: input.headline.map((r) => ({ ...r, values: [...r.values, r.values[1]!], differences: [...(r.differences ?? []), { mean: 1, ciLow: 0.5, ciHigh: 1.5 }] })),
      parameters: input.parameters.map((p) => ({ ...p, values: [...p.values, p.values[1] ?? null] })),
    };
    const html = buildReport(third);
    expect(html).toContain('Difference (solihull-2024 − solihull-2022)');
    expect(html).toContain('Difference (recruitment-drive − solihull-2022)');
    expect(() => buildReport({ ...third, headline: input.headline.map((r) => ({ ...r, values: [...r.values, r.values[1]!] })) })).toThrow(/1 differences for 2 compared/);
  });

  it('breaks parameter names only at dots and shows the evidence or assumption label', () => {
    const html = buildReport(input);
    expect(html).toContain('<code>workforce.<wbr>social_workers</code>');
    expect(html).toContain('<th scope="col">Evidence or assumption</th>');
    expect(html).toContain('evidence: Ofsted ILACS 2022');
    const unlabelled = buildReport({ ...input, parameters: input.parameters.map(({ labels: _labels, ...p }) => p) });
    expect(unlabelled).not.toContain('Evidence or assumption');
    expect(unlabelled).toContain('carry no evidence or assumption labels');
  });

  it('makes chart ids unique on the page by prefixing the SVG ids', () => {
    const html = buildReport(input);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('throws on an unsafe or repeated chart id and on table rows that do not match the scenarios', () => {
    const chart = input.charts[0];
    if (chart === undefined) throw new Error('fixture has no charts');
    expect(() => buildReport({ ...input, charts: [{ ...chart, id: 'x" onclick="y' }] })).toThrow(/chart id/);
    expect(() => buildReport({ ...input, charts: [chart, chart] })).toThrow(/used twice/);
    expect(() => buildReport({ ...input, scenarios: ['only-one'] })).toThrow(/two or more scenarios|values/);
  });
});

describe('buildReport(input, { interactive: true })', () => {
  it('inlines Vega and vega-embed (not vega-lite: the specs are compiled to Vega beforehand)', () => {
    const html = buildReport(input, { interactive: true });
    for (const [pkg, file] of [['vega', 'vega.min.js'], ['vega-embed', 'vega-embed.min.js']] as const) {
      const code = vendor(pkg, file);
      expect(html).toContain(code.slice(0, 300));
      expect(html).toContain(code.slice(-300));
    }
    expect(html).not.toContain(vendor('vega-lite', 'vega-lite.min.js').slice(0, 300));
  });

  it('keeps every script element closed only where it should be', () => {
    const html = buildReport(hostile, { interactive: true });
    expect(html.match(/<script\b/gi)?.length).toBe(5);
    expect(html.match(/<\/script/gi)?.length).toBe(5);
    expect(html).not.toContain(HOSTILE);
  });

  it('embeds each chart as a compiled Vega spec, with < escaped in the JSON', () => {
    const html = buildReport(hostile, { interactive: true });
    const json = /<script type="application\/json" id="chart-specs">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(json).toContain('\\u003cscript>alert(1)\\u003c/script>');
    const specs = JSON.parse(json) as Record<string, { marks?: unknown[] }>;
    expect(Object.keys(specs)).toEqual(hostile.charts.map((c) => c.id));
    for (const spec of Object.values(specs)) expect(spec.marks?.length).toBeGreaterThan(0);
  });

  it('references nothing remote in attributes', () => {
    expect(remoteReferences(buildReport(input, { interactive: true }))).toEqual([]);
  });
});
