import type { Spec as VegaSpec } from 'vega';
import { element } from './dom.js';
import { TEACHING_MILESTONES } from './runTeachingJob.js';
import type { TeachingMilestoneId, TeachingRuns } from './runTeachingJob.js';
import { teachingChartSpec } from './teachingChartSpec.js';

interface EmbedResult {
  finalize(): void;
}

/** vega-embed's entry point, as the page's inlined vega-embed script defines it (a global). */
type VegaEmbed = (el: HTMLElement, spec: VegaSpec, options: Record<string, unknown>) => Promise<EmbedResult>;

const CAPTIONS: Record<TeachingMilestoneId, string> = {
  referralToAllocation:
    'Each line is the share of referred children who do not yet have a social worker, against working days since the referral. A line that falls faster means children get a worker sooner.',
  referralToAssessment:
    'Each line is the share of referred children whose assessment is not yet complete. The dashed line is the 45-working-day timescale (Working Together): where a line crosses it is the share of assessments that were late.',
};

/** The two "share still waiting" charts; `render` redraws both for new results. */
export interface ChartView {
  readonly root: HTMLElement;
  render(startLabel: string, start: TeachingRuns, yours: TeachingRuns): Promise<void>;
}

/** Builds the chart area. Throws if the page did not load vega-embed. */
export function chartView(): ChartView {
  const embed = (globalThis as unknown as { vegaEmbed?: VegaEmbed }).vegaEmbed;
  if (typeof embed !== 'function') throw new Error('chartView: vega-embed is missing from the page');
  const containers = TEACHING_MILESTONES.map((id) => element('div', { class: 'chart', id: `chart-${id}` }));
  const root = element('div', { class: 'charts' }, TEACHING_MILESTONES.map((id, i) =>
    element('figure', { 'aria-describedby': `caption-${id}` }, [
      containers[i] as HTMLElement,
      element('figcaption', { id: `caption-${id}`, text: CAPTIONS[id] }),
    ])));
  let views: EmbedResult[] = [];
  return {
    root,
    async render(startLabel, start, yours) {
      const specs = TEACHING_MILESTONES.map((id) => teachingChartSpec(id, startLabel, start, yours));
      for (const view of views) view.finalize();
      views = await Promise.all(specs.map((spec, i) => embed(containers[i] as HTMLElement, spec, {
        mode: 'vega', renderer: 'svg', downloadFileName: `frontdoor-${TEACHING_MILESTONES[i]}`,
        actions: { export: true, source: false, compiled: false, editor: false },
      })));
    },
  };
}
