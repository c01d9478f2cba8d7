import { describe, expect, it } from 'vitest';
import { caseloadHeatmapSpec, differenceSpec, fanChartSpec, flowDiagramSpec, staffingSpec, sweepSpec, workerChangesSpec } from '../../src/charts/index.js';
import { sweepAxisTitle } from '../../src/charts/sweepSpec.js';
import { renderSvg } from '../../src/report/index.js';
import { curveEndWorkingDays } from '../../src/charts/delayCurveSpec.js';
import { PLOT_WIDTH } from '../../src/charts/theme.js';
import { caseloadHeatmapInput, differenceInput, fanChartInput, flowDiagramInput, staffingInput, sweepInput, workerChangesInput } from './fixtures.js';

const dataValues = (spec: unknown): Record<string, unknown>[] => (spec as { data: { values: Record<string, unknown>[] } }).data.values;

describe('caseloadHeatmapSpec(input)', () => {
  it('orders workers by the first period they hold a caseload', () => {
    const spec = caseloadHeatmapSpec(caseloadHeatmapInput());
    const y = (spec as { layer: { encoding: { y: { sort: string[] } } }[] }).layer[0]?.encoding.y.sort;
    // Fixture starts: 001, 002, 004, 007 in week 0 (input order), 003 week 3, 008 week 5, 006 week 10, 005 week 12.
    expect(y).toEqual(['SW 001', 'SW 002', 'SW 004', 'SW 007', 'SW 003 (agency)', 'SW 008', 'SW 006 (agency)', 'SW 005']);
  });

  it('leaves vacant periods out (blank) and ends each cell one period after it starts', () => {
    const input = caseloadHeatmapInput();
    const values = dataValues(caseloadHeatmapSpec(input));
    expect(values.length).toBe(input.cells.filter((c) => c.caseload !== null).length);
    expect(values[0]).toMatchObject({ start: '2022-01-03', end: '2022-01-10' });
  });

  it('colours caseloads above the cap apart and names the cap in the title and legend', async () => {
    const svg = await renderSvg(caseloadHeatmapSpec(caseloadHeatmapInput()));
    expect(svg).toContain('fill="#D55E00"');
    expect(svg).toContain('>Above the cap (more than 18)<');
    expect(svg).toContain('Cap: 18 children');
  });

  it('throws on a cap or period length that is not positive', () => {
    expect(() => caseloadHeatmapSpec({ ...caseloadHeatmapInput(), cap: 0 })).toThrow(/cap/);
    expect(() => caseloadHeatmapSpec({ ...caseloadHeatmapInput(), periodDays: 0 })).toThrow(/periodDays/);
  });
});

describe('caseloadHeatmapSpec(input) with many workers', () => {
  it('keeps the plot at most 640 px tall and leaves out row labels that would overlap', () => {
    const cells = Array.from({ length: 120 }, (_, k) => ({ worker: `SW ${k}`, weekStart: '2022-01-03', caseload: 10 }));
    const spec = caseloadHeatmapSpec({ ...caseloadHeatmapInput(), cells }) as unknown as { height: unknown; layer: { encoding: { y: { axis?: { labels?: boolean }; title: string } } }[] };
    expect(spec.height).toBe(640);
    expect(spec.layer[0]?.encoding.y.axis?.labels).toBe(false);
    expect(spec.layer[0]?.encoding.y.title).toBe('Social workers (120, one row each)');
  });

  it('shows the above-cap legend only when some caseload is above the cap', async () => {
    const under = caseloadHeatmapInput().cells.map((c) => ({ ...c, caseload: c.caseload === null ? null : Math.min(c.caseload, 18) }));
    expect(await renderSvg(caseloadHeatmapSpec({ ...caseloadHeatmapInput(), cells: under }))).not.toContain('Above the cap');
  });
});

describe('fanChartSpec(input)', () => {
  type Layer = { mark: { type: string }; encoding: { y?: { field?: string }; strokeDash?: { field: string; scale: { range: number[][] } } } };
  const layers = (): Layer[] => (fanChartSpec(fanChartInput()) as unknown as { layer: Layer[] }).layer;

  it('draws the mean across replications as the line, over the bands, and says so', () => {
    const all = layers();
    const line = all.findIndex((l) => l.mark.type === 'line');
    expect(all[line]?.encoding.y?.field).toBe('mean');
    expect(all.slice(0, line).map((l) => l.mark.type)).toEqual(['area', 'area']);
    expect(JSON.stringify(fanChartSpec(fanChartInput()).title)).toContain('Line: mean across replications');
  });

  it('gives each scenario\'s line its own dash pattern, so a line at 0 under another still shows', async () => {
    const dash = layers().find((l) => l.mark.type === 'line')?.encoding.strokeDash;
    expect(dash?.field).toBe('scenario');
    expect(new Set(dash?.scale.range.map((d) => d.join(','))).size).toBe(2);
    // Both scenarios at 0 throughout: the rendered lines still differ in their dashes.
    const input = fanChartInput();
    const flat = { ...input, series: input.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, mean: 0, p05: 0, p25: 0, p50: 0, p75: 0, p95: 0 })) })) };
    const svg = await renderSvg(fanChartSpec(flat));
    const lines = [...svg.matchAll(/<path[^>]*aria-roledescription="line mark"[^>]*>/g)].map((m) => /stroke-dasharray="([^"]*)"/.exec(m[0])?.[1] ?? 'solid');
    expect(new Set(lines).size).toBe(2);
  });
});

describe('staffingSpec(input)', () => {
  type Panel = { title: { text: string | string[] }; encoding: { y: { title: string } } };
  const panels = (): Panel[] => (staffingSpec(staffingInput()) as unknown as { concat: Panel[] }).concat;
  const text = (p: Panel): string => [p.title.text].flat().join(' ');

  it('says leavers count agency workers as well as permanent staff', async () => {
    expect(panels().map(text)).toContain('Leavers per 4 weeks, permanent and agency (mean across replications)');
    expect(await renderSvg(staffingSpec(staffingInput()))).toContain('Leavers: permanent and agency social workers');
  });

  it('titles each panel\'s y axis with what it counts: vacant posts are posts', () => {
    expect(panels().map((p) => [text(p), p.encoding.y.title])).toEqual([
      ['Permanent social workers in post (median)', 'Social workers'],
      ['Agency social workers in post (median)', 'Social workers'],
      ['Vacant posts (median)', 'Posts'],
      ['Leavers per 4 weeks, permanent and agency (mean across replications)', 'Social workers leaving'],
    ]);
  });
});

describe('fanChartSpec(input) with limits', () => {
  it('draws each limit as a labelled rule and keeps it inside the y axis', async () => {
    const input = { ...fanChartInput(), limits: [{ scenario: 'solihull-2022', value: 60, label: 'solihull-2022: duty capacity 60 (4 × 15)' }] };
    const svg = await renderSvg(fanChartSpec(input));
    expect(svg).toContain('>solihull-2022: duty capacity 60 (4 × 15)<');
    expect(svg).toContain('>60<');
  });

  it('throws on a limit for a scenario the chart does not draw', () => {
    expect(() => fanChartSpec({ ...fanChartInput(), limits: [{ scenario: 'elsewhere', value: 1, label: 'x' }] })).toThrow(/unknown scenario/);
  });
});

describe('curveEndWorkingDays(series, timescales)', () => {
  const curve = (endsAt: number) => [{ points: Array.from({ length: 61 }, (_, t) => ({ t, median: 0, low: 0, high: t < endsAt ? 0.5 : 0.005 })) }];
  it('ends the axis a tenth past where every band has fallen below 1%, rounded up to 5', () => {
    expect(curveEndWorkingDays(curve(12), [])).toBe(15);
  });
  it('never ends before a timescale, nor past the last point', () => {
    expect(curveEndWorkingDays(curve(12), [45])).toBe(55);
    expect(curveEndWorkingDays(curve(100), [])).toBe(60);
  });
});

describe('differenceSpec(input)', () => {
  it('writes the verdict in words with the mean beside each metric', async () => {
    const svg = await renderSvg(differenceSpec(differenceInput()));
    expect(svg).toContain('>Better +12<');
    expect(svg).toContain('>No clear change −1.2<');
    expect(svg).toContain('>Worse +2.1<');
  });

  it('says "No change" for a difference of exactly 0 in every replication, as the tables do, and keeps "No clear change" for an interval across 0', async () => {
    const input = differenceInput();
    const none = { ...input.rows[0]!, label: 'Strategy → allocation, 90th percentile', mean: 0, ciLow: 0, ciHigh: 0 };
    const svg = await renderSvg(differenceSpec({ ...input, rows: [...input.rows, none] }));
    expect(svg).toContain('>No change 0<');
    expect(svg).toContain('>No clear change −1.2<');
    // Without such a row the legend does not offer the word.
    expect(await renderSvg(differenceSpec(input))).not.toContain('>No change');
  });

  it('draws one panel per unit, so metrics with the same unit share a scale', () => {
    const input = differenceInput();
    const extra = { ...input.rows[0]!, label: 'Referral → assessment, median', mean: -3, ciLow: -4, ciHigh: -2 };
    const spec = differenceSpec({ ...input, rows: [...input.rows, extra] }) as unknown as { vconcat: { title: { text: string }; data: { values: { label: string }[] } }[] };
    expect(spec.vconcat.map((v) => v.title.text)).toEqual(['Difference in working days', 'Difference in percentage points', 'Difference in children', 'Difference in social workers']);
    expect(spec.vconcat[0]?.data.values.map((v) => v.label)).toEqual(['Referral → allocation, median', 'Referral → assessment, median']);
  });

  it('tells several compared scenarios apart by shape and names each in its verdict', async () => {
    const input = differenceInput();
    const third = input.rows.map((r) => ({ ...r, comparison: 'recruitment-drive', mean: r.mean / 2 }));
    const svg = await renderSvg(differenceSpec({ ...input, comparisons: [...input.comparisons, 'recruitment-drive'], rows: [...input.rows, ...third] }));
    expect(svg).toContain('Compared with solihull-2022');
    expect(svg).toContain('(recruitment-drive)<');
  });

  it('pads each panel\'s x domain past every dot and whole interval, and always holds 0 with a tick there', () => {
    const input = differenceInput();
    // All below 0 (as missed chances and changes of worker are), so a fitted scale would end at 0 and on the data.
    const negative = [
      { ...input.rows[0]!, label: 'Missed chances', unit: 'children per year', mean: -136, ciLow: -147, ciHigh: -125 },
      { ...input.rows[0]!, label: 'Changes of social worker', unit: 'changes', mean: -0.13, ciLow: -0.17, ciHigh: -0.09 },
    ];
    const rows = [...input.rows, ...negative];
    type Panel = { data: { values: { mean: number; ciLow: number; ciHigh: number }[] }; layer: { encoding: { x?: { scale?: { domain: [number, number] }; axis?: { values: number[] } } } }[] };
    const spec = differenceSpec({ ...input, rows }) as unknown as { vconcat: Panel[] };
    expect(spec.vconcat).toHaveLength(6);
    for (const panel of spec.vconcat) {
      const x = panel.layer.map((l) => l.encoding.x).find((e) => e?.scale !== undefined);
      const [low, high] = x?.scale?.domain ?? [Number.NaN, Number.NaN];
      const values = [0, ...panel.data.values.flatMap((v) => [v.mean, v.ciLow, v.ciHigh])];
      const pad = (Math.max(...values) - Math.min(...values)) * 0.05;
      expect(low).toBeLessThan(Math.min(...values) - pad);
      expect(high).toBeGreaterThan(Math.max(...values) + pad);
      expect(x?.axis?.values).toContain(0);
      expect(x?.axis?.values.every((t) => t >= low && t <= high)).toBe(true);
    }
  });

  it('shows the 0 label on the axis of every panel', async () => {
    const input = differenceInput();
    // A fitted scale gave this panel ticks every 0.02 and dropped every other label, 0 among them.
    // So did ticks every 500 for child-days, whose labels (−2,500) are wide.
    const svg = await renderSvg(differenceSpec({ ...input, rows: [
      ...input.rows,
      { ...input.rows[0]!, unit: 'changes', mean: -0.127, ciLow: -0.167, ciHigh: -0.088 },
      { ...input.rows[0]!, unit: 'child-days per year', mean: -2568, ciLow: -2707, ciHigh: -2428 },
    ] }));
    // Labels hidden to avoid overlap are drawn with opacity 0.
    expect(svg.match(/opacity="1">0(\.0+)?</g)).toHaveLength(6);
    expect(svg).not.toMatch(/opacity="0">[−\d]/);
  });

  it('throws on a row for a scenario that is not among the comparisons', () => {
    const input = differenceInput();
    expect(() => differenceSpec({ ...input, comparisons: ['other'] })).toThrow(/not among the comparisons/);
  });
});

describe('flowDiagramSpec(input)', () => {
  it('draws bars to one scale across runs, so equal counts get equal bars in every scenario', () => {
    const spec = flowDiagramSpec(flowDiagramInput()) as unknown as { vconcat: { layer: { data: { values: { id?: string; y: number; y2: number }[] } }[] }[] };
    const bar = (run: number, id: string) => spec.vconcat[run]?.layer[1]?.data.values.find((n) => n.id === id);
    const height = (run: number, id: string) => (bar(run, id)?.y2 ?? 0) - (bar(run, id)?.y ?? 0);
    expect(height(0, 'contacts')).toBeCloseTo(height(1, 'contacts'), 9);
    expect(height(0, 'referred') / height(0, 'contacts')).toBeCloseTo(0.25, 9);
    expect(height(1, 'strategy')).toBeGreaterThan(height(0, 'strategy'));
  });

  it('throws on a link to a node that does not exist', () => {
    const input = flowDiagramInput();
    const run = input.runs[0]!;
    expect(() => flowDiagramSpec({ ...input, runs: [{ ...run, links: [...run.links, { from: 'referred', to: 'nowhere', count: 1 }] }] })).toThrow(/unknown node/);
  });
});

describe('workerChangesSpec(input)', () => {
  it('shows 0, 1, 2, 3 and 4+ changes in that order as text categories', () => {
    const values = dataValues(workerChangesSpec(workerChangesInput()));
    expect([...new Set(values.map((v) => v['changes']))]).toEqual(['0', '1', '2', '3', '4+']);
  });
});

describe('sweepSpec(input)', () => {
  it('uses series colours that are not the first scenario colours', () => {
    const spec = JSON.stringify(sweepSpec(sweepInput()));
    expect(spec).toContain('#009E73');
    expect(spec).not.toContain('#0072B2');
  });

  it('draws a single line without a legend when points carry no series', async () => {
    const svg = await renderSvg(sweepSpec(sweepInput(false)));
    expect(svg).not.toContain('role-legend');
  });

  it('puts an x tick at each swept value (28, 30, …, 44), and leaves many values to the axis\'s own ticks', async () => {
    const svg = await renderSvg(sweepSpec(sweepInput(false)));
    const ticks = [...svg.matchAll(/role-axis-label[\s\S]*?<\/g><\/g>/g)].map((m) => [...m[0].matchAll(/>([\d.,]+)<\/text>/g)].map((t) => t[1]));
    expect(ticks).toContainEqual(['28', '30', '32', '34', '36', '38', '40', '42', '44']);
    const many = { ...sweepInput(false), points: Array.from({ length: 30 }, (_, k) => ({ value: k, mean: k, ciLow: k, ciHigh: k })) };
    expect(JSON.stringify(sweepSpec(many))).not.toContain('"values":[0,1,2');
  });

  it('titles the x axis with the setting\'s description and its key, wrapped within the plot, and cuts a long one', async () => {
    const described = { ...sweepInput(false), parameterLabel: 'workforce.posts', parameterDescription: 'case-holding social worker posts (establishment); more words here' };
    expect(sweepAxisTitle(described.parameterLabel, described.parameterDescription)).toEqual(['Case-holding social worker posts (establishment)', '(workforce.posts)']);
    expect(sweepAxisTitle('a.b', undefined)).toBe('a.b');
    const long = sweepAxisTitle('demand.returns.perNewChild', 'children known from before the run coming back, per year at the start, for each child a year coming to notice for the first time (demand.childrenPerYear), so they scale with demand');
    expect(long).toHaveLength(3);
    expect(long[1]).toMatch(/…$/);
    expect(long[2]).toBe('(demand.returns.perNewChild)');
    // Drawn, the picture is no wider than with the bare key: the title stays within the plot.
    const width = (svg: string) => Number(/<svg[^>]*width="([\d.]+)"/.exec(svg)?.[1]);
    const bare = width(await renderSvg(sweepSpec({ ...sweepInput(false), parameterLabel: 'workforce.posts' })));
    const titled = await renderSvg(sweepSpec({ ...described, parameterDescription: 'children known from before the run coming back, per year at the start, for each child a year coming to notice' }));
    expect(width(titled)).toBe(bare);
    expect(titled).toContain('(workforce.posts)');
  });

  it('draws the points at the first and last swept values whole, inside the plot (marks are clipped to it)', async () => {
    const svg = await renderSvg(sweepSpec(sweepInput(false)));
    const points = [...svg.matchAll(/aria-roledescription="point" transform="translate\(([-\d.]+),/g)].map((m) => Number(m[1]));
    expect(points.length).toBe(sweepInput(false).points.length);
    const radius = Math.sqrt(40 / Math.PI); // the point's size is its area in square pixels
    expect(Math.min(...points)).toBeGreaterThan(radius);
    expect(Math.max(...points)).toBeLessThan(PLOT_WIDTH - radius);
  });
});

describe('dated charts', () => {
  it('render the same whatever the machine time zone (dates are read and labelled in UTC)', async () => {
    const saved = process.env['TZ'];
    try {
      const svgs: string[] = [];
      for (const zone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
        process.env['TZ'] = zone;
        const specs = [fanChartSpec(fanChartInput()), caseloadHeatmapSpec(caseloadHeatmapInput()), staffingSpec(staffingInput())];
        let svg = '';
        for (const spec of specs) svg += await renderSvg(spec);
        svgs.push(svg);
      }
      expect(new Date(Date.UTC(2022, 0, 3)).getHours()).not.toBe(0); // the zone change took effect (Los Angeles)
      expect(svgs[1]).toBe(svgs[0]);
      expect(svgs[2]).toBe(svgs[0]);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});
