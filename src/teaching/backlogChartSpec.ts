import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
// Imported from its own file, not the charts index, which also exports Node-only code.
import { SCENARIO_PALETTE, chartConfig } from '../charts/theme.js';
import { compileInlineData } from './compileInlineData.js';
import type { TeachingRuns } from './runTeachingJob.js';
import { TEACHING_PLOT_WIDTH_PX, YOUR_SETTINGS, startingPointName } from './teachingChartSpec.js';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One setting's backlog as chart rows: per week, the middle run and the lowest and highest run. */
export function backlogPoints(who: string, runs: TeachingRuns): { who: string; week: number; median: number; low: number; high: number }[] {
  return runs.backlog.weeks.map((week, i) => {
    const values = runs.backlog.runs.map((r) => r[i]).filter((v): v is number => v !== undefined);
    return { who, week, median: median(values), low: Math.min(...values), high: Math.max(...values) };
  });
}

/**
 * The Vega spec of the backlog over time: new referrals waiting for a first allocation, weekly through
 * the measured period, for the starting point and the slider settings (the middle run as a line, the
 * lowest to highest run as a band). Throws if Vega-Lite complains.
 */
export function backlogChartSpec(startLabel: string, start: TeachingRuns, yours: TeachingRuns): VegaSpec {
  return compileInlineData(backlogChartLiteSpec(startLabel, start, yours));
}

/** The Vega-Lite spec that backlogChartSpec compiles. */
export function backlogChartLiteSpec(startLabel: string, start: TeachingRuns, yours: TeachingRuns): TopLevelSpec {
  const startName = startingPointName(startLabel);
  const values = [...backlogPoints(startName, start), ...backlogPoints(YOUR_SETTINGS, yours)];
  const runs = start.backlog.runs.length;
  const color = { field: 'who', type: 'nominal' as const, title: null, scale: { domain: [startName, YOUR_SETTINGS], range: SCENARIO_PALETTE.slice(0, 2) }, legend: { orient: 'top' as const } };
  const x = { field: 'week', type: 'quantitative' as const, title: 'Weeks into the measured period', scale: { nice: false } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'The backlog over time: new referrals waiting for a social worker',
      subtitle: runs === 1 ? 'One simulated run, weekly.' : `Line: middle of ${runs} runs; band: lowest to highest run. A line that keeps rising is a queue that does not settle.`,
    },
    config: chartConfig,
    width: TEACHING_PLOT_WIDTH_PX,
    height: 180,
    data: { values },
    layer: [
      { mark: { type: 'area', opacity: 0.18 }, encoding: { x, y: { field: 'low', type: 'quantitative', title: 'Children waiting' }, y2: { field: 'high' }, color } },
      { mark: { type: 'line', strokeWidth: 2.5 }, encoding: { x, y: { field: 'median', type: 'quantitative' }, color } },
    ],
  };
}
