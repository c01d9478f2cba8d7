import type { Spec as VegaSpec } from 'vega';
import { backlogChartSpec } from './backlogChartSpec.js';
import { element } from './dom.js';
import type { TeachingRuns } from './runTeachingJob.js';
import { teachingChartSpec } from './teachingChartSpec.js';

interface EmbedResult {
  finalize(): void;
}

/** vega-embed's entry point, as the page's inlined vega-embed script defines it (a global). */
type VegaEmbed = (el: HTMLElement, spec: VegaSpec, options: Record<string, unknown>) => Promise<EmbedResult>;

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

/** The charts: `main` (the assessment wait) goes beside the settings, `more` below; `render` redraws all for new results. */
export interface ChartView {
  readonly main: HTMLElement;
  readonly more: HTMLElement;
  render(startLabel: string, start: TeachingRuns, yours: TeachingRuns): Promise<void>;
}

/** Builds the chart area. Throws if the page did not load vega-embed. */
export function chartView(): ChartView {
  const embed = (globalThis as unknown as { vegaEmbed?: VegaEmbed }).vegaEmbed;
  if (typeof embed !== 'function') throw new Error('chartView: vega-embed is missing from the page');
  const containers = CHARTS.map((c) => element('div', { class: 'chart', id: `chart-${c.id}` }));
  const figures = CHARTS.map((c, i) => element('figure', { 'aria-describedby': `caption-${c.id}` }, [
    containers[i] as HTMLElement,
    element('figcaption', { id: `caption-${c.id}`, text: c.caption }),
  ]));
  let views: EmbedResult[] = [];
  return {
    main: element('div', { class: 'charts main-chart' }, figures.slice(0, 1)),
    more: element('div', { class: 'charts more-charts' }, figures.slice(1)),
    async render(startLabel, start, yours) {
      const specs = CHARTS.map((c) => c.spec(startLabel, start, yours));
      for (const view of views) view.finalize();
      views = await Promise.all(specs.map((spec, i) => embed(containers[i] as HTMLElement, spec, {
        mode: 'vega', renderer: 'svg', downloadFileName: `frontdoor-${CHARTS[i]?.id ?? 'chart'}`,
        actions: { export: true, source: false, compiled: false, editor: false },
      })));
    },
  };
}
