import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { Milestone } from '../charts/index.js';
// The chart builders are imported from their own files, not the charts index: the index also exports
// the Node-only renderers and file readers, which must stay out of the browser bundle.
import { delayCurveSpec } from '../charts/delayCurveSpec.js';
import { MILESTONES } from '../model/index.js';
import type { TeachingMilestoneId, TeachingRuns } from './runTeachingJob.js';
import { compileInlineData } from './compileInlineData.js';
import { curvePoints } from './summarizeRuns.js';

/** Plot size of the page's charts, in pixels: small enough for the settings and the main chart to share a 1024×768 screen. */
export const TEACHING_PLOT_WIDTH_PX = 470;
export const TEACHING_PLOT_HEIGHT_PX = 220;

/** Legend name of the curve drawn for the slider settings. */
export const YOUR_SETTINGS = 'Your settings';

/** Legend name of the curve drawn for the starting configuration, e.g. 'Solihull 2022 (starting point)'. */
export function startingPointName(label: string): string {
  return `${label} (starting point)`;
}

/** A model milestone as the charts describe it; its timescale is statutory when its source is Working Together. */
export function teachingMilestone(id: TeachingMilestoneId): Milestone {
  const m = MILESTONES.find((x) => x.id === id);
  if (m === undefined) throw new RangeError(`teachingMilestone: unknown milestone ${id}`);
  const kind = m.source.startsWith('Working Together') ? 'statutory' : 'local';
  return { id, label: m.label, timescales: m.targetWorkingDays === undefined ? [] : [{ workingDays: m.targetWorkingDays, kind }] };
}

/**
 * The Vega spec of one milestone's "share still waiting" chart: the starting point (first palette
 * colour) and the slider settings (second), each the median of its runs with the range of the runs as
 * a band. Built with the report's `delayCurveSpec`, so both look alike; throws if Vega-Lite complains.
 */
export function teachingChartSpec(id: TeachingMilestoneId, startLabel: string, start: TeachingRuns, yours: TeachingRuns): VegaSpec {
  return compileInlineData(teachingChartLiteSpec(id, startLabel, start, yours));
}

/** The Vega-Lite spec that teachingChartSpec compiles. */
export function teachingChartLiteSpec(id: TeachingMilestoneId, startLabel: string, start: TeachingRuns, yours: TeachingRuns): TopLevelSpec {
  const startName = startingPointName(startLabel);
  const runs = start.curves[id].runs.length;
  const spec = delayCurveSpec({
    milestone: teachingMilestone(id),
    scenarios: [startName, YOUR_SETTINGS],
    series: [
      { scenario: startName, points: curvePoints(start.curves[id]) },
      { scenario: YOUR_SETTINGS, points: curvePoints(yours.curves[id]) },
    ],
  });
  const text = `How long children waited: ${teachingMilestone(id).label}`;
  const subtitle = [
    runs === 1 ? 'One simulated run.' : `Line: middle of ${runs} simulated runs; band: lowest to highest run.`,
    'Includes children still waiting at the end of the run.',
  ];
  // Sized to sit beside the settings on a 1024×768 projector screen.
  return { ...spec, width: TEACHING_PLOT_WIDTH_PX, height: TEACHING_PLOT_HEIGHT_PX, title: { text, subtitle } };
}
