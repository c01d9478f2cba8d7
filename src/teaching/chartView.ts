import type { Changeset, View, Spec as VegaSpec } from 'vega';
import { backlogChartSpec } from './backlogChartSpec.js';
import { element } from './dom.js';
import type { TeachingRuns } from './runTeachingJob.js';
import { teachingChartSpec } from './teachingChartSpec.js';

interface EmbedResult {
  readonly view: View;
  finalize(): void;
}

/** vega-embed's entry point, as the page's inlined vega-embed script defines it (a global). */
type VegaEmbed = (el: HTMLElement, spec: VegaSpec, options: Record<string, unknown>) => Promise<EmbedResult>;

/** The part of Vega (inlined by the page, a global) that replaces a drawn chart's data. */
interface VegaRuntime {
  changeset(): Changeset;
}

/** A chart as drawn: its view, and its spec without the data (see specShape). */
interface DrawnChart {
  readonly result: EmbedResult;
  readonly shape: string;
}

/** Name of the dataset in which Vega-Lite keeps a chart's zoom (its interval selection bound to the scales). */
const ZOOM_STORE = 'zoom_store';

/**
 * Whether every scale of the spec (and of its nested marks) has its domain written in the spec. Only
 * then does new data leave the axes' and legends' text alternatives (made once, when drawn) right.
 */
export function fixedDomains(spec: { readonly scales?: readonly { readonly domain?: unknown }[]; readonly marks?: readonly object[] }): boolean {
  return (spec.scales ?? []).every((s) => Array.isArray(s.domain)) && (spec.marks ?? []).every((m) => fixedDomains(m));
}

/**
 * A Vega spec with its inline data taken out: the spec as text with every dataset's `values` emptied,
 * and the values by dataset name. Two specs with the same shape draw the same chart of different data.
 */
export function specShape(spec: VegaSpec): { shape: string; values: Map<string, unknown[]> } {
  const values = new Map<string, unknown[]>();
  const data = spec.data?.map((d) => {
    if (!('values' in d) || !Array.isArray(d.values)) return d;
    values.set(d.name, d.values as unknown[]);
    return { ...d, values: [] };
  });
  return { shape: JSON.stringify({ ...spec, data }), values };
}

/** The page's charts, main one first: the assessment wait, the backlog over time, the wait for a social worker. */
const CHARTS = [
  {
    id: 'referralToAssessment',
    caption: 'Each line is the share of referred children whose assessment is not yet complete. The dashed line is the 45-working-day timescale (Working Together): where a line crosses it is the share of assessments that were late.',
    spec: (label: string, a: TeachingRuns, b: TeachingRuns) => teachingChartSpec('referralToAssessment', label, a, b),
  },
  {
    id: 'backlog',
    caption: 'New referrals waiting for a first allocation, week by week. A line that keeps climbing is a backlog building up: the front door takes in more than its social workers can pick up.',
    spec: backlogChartSpec,
  },
  {
    id: 'referralToAllocation',
    caption: 'Each line is the share of referred children who do not yet have a social worker, against working days since the referral. A line that falls faster means children get a worker sooner.',
    spec: (label: string, a: TeachingRuns, b: TeachingRuns) => teachingChartSpec('referralToAllocation', label, a, b),
  },
] as const;

/**
 * The charts: `main` (the assessment wait) goes beside the settings, `more` below; `render` redraws all
 * for new results: a chart whose spec differs only in its data, with fixed scale domains, that the
 * trainer has not zoomed, gets the new data in its view, which draws what drawing it afresh would (the
 * same SVG) in a fraction of the time; any other is drawn afresh.
 */
export interface ChartView {
  readonly main: HTMLElement;
  readonly more: HTMLElement;
  render(startLabel: string, start: TeachingRuns, yours: TeachingRuns): Promise<void>;
}

/** Builds the chart area. Throws if the page did not load Vega and vega-embed. */
export function chartView(): ChartView {
  const { vega, vegaEmbed: embed } = globalThis as unknown as { vega?: VegaRuntime; vegaEmbed?: VegaEmbed };
  if (typeof embed !== 'function' || typeof vega?.changeset !== 'function') throw new Error('chartView: Vega or vega-embed is missing from the page');
  const containers = CHARTS.map((c) => element('div', { class: 'chart', id: `chart-${c.id}` }));
  const figures = CHARTS.map((c, i) => element('figure', { 'aria-describedby': `caption-${c.id}` }, [
    containers[i] as HTMLElement,
    element('figcaption', { id: `caption-${c.id}`, text: c.caption }),
  ]));
  let drawn: (DrawnChart | undefined)[] = [];
  const draw = async (i: number, spec: VegaSpec): Promise<DrawnChart> => {
    const { shape, values } = specShape(spec);
    const old = drawn[i];
    const zoomable = spec.data?.some((d) => d.name === ZOOM_STORE) === true;
    // A zoomed chart is drawn afresh, so new results start unzoomed as they always have.
    if (old !== undefined && old.shape === shape && fixedDomains(spec) && !(zoomable && old.result.view.data(ZOOM_STORE).length > 0)) {
      for (const [name, rows] of values) old.result.view.change(name, vega.changeset().remove(() => true).insert(rows));
      // resize: lay the chart out again, as its axes' labels may now be wider or narrower.
      await old.result.view.resize().runAsync();
      return old;
    }
    old?.result.finalize();
    const result = await embed(containers[i] as HTMLElement, spec, {
      mode: 'vega', renderer: 'svg', downloadFileName: `frontdoor-${CHARTS[i]?.id ?? 'chart'}`,
      actions: { export: true, source: false, compiled: false, editor: false },
    });
    return { result, shape };
  };
  // One drawing at a time: a newer one waits for the one under way, so the two never share a view.
  let drawing: Promise<unknown> = Promise.resolve();
  return {
    main: element('div', { class: 'charts main-chart' }, figures.slice(0, 1)),
    more: element('div', { class: 'charts more-charts' }, figures.slice(1)),
    render(startLabel, start, yours) {
      const specs = CHARTS.map((c) => c.spec(startLabel, start, yours));
      const next = drawing.then(async () => {
        drawn = await Promise.all(specs.map((spec, i) => draw(i, spec)));
      });
      drawing = next.catch(() => undefined);
      return next;
    },
  };
}
