import type { TopLevelSpec } from 'vega-lite';
import {
  caseloadHeatmapSpec, delayCurveSpec, delayHistogramSpec, differenceSpec, fanChartSpec, flowDiagramSpec, staffingSpec, sweepSpec,
  withinTargetSpec, workerChangesSpec,
} from '../charts/index.js';
import type { ExperimentSummary, MilestoneId } from '../experiment/index.js';
import {
  caseloadHeatmapInput, delayCurveInput, dutyCapacityLimits, delayHistogramInput, differenceInput, fanChartInput, staffingInput, sweepInputs,
  withinTargetInput, workerChangesInput,
} from './chartInputs.js';
import { flowDiagramInput } from './flowInput.js';
import type { ResultsInput } from './resultFiles.js';
import { scenarioClocks } from './resultFiles.js';

/** A chart to draw: its id (file name and HTML anchor), title, reading caption and spec builder. */
export interface ChartPlan {
  id: string;
  title: string;
  caption: string;
  spec: () => TopLevelSpec;
  /** One of the charts that tell the story, drawn large at the top of the report. */
  key?: boolean;
}

/** The charts that tell the story of a comparison, in the order the report shows them; a single scenario shows staffing in place of the difference chart. */
const KEY_CHARTS: readonly string[] = ['within-target', 'waiting-referral-to-assessment', 'fan-unallocated', 'difference'];
const KEY_CHARTS_SINGLE: readonly string[] = ['within-target', 'waiting-referral-to-assessment', 'fan-unallocated', 'staffing'];

/** How to read a fan chart, for its caption. */
const FAN_READING = 'the line is the mean across replications (the headline table averages it over the measured weeks; each scenario with its own dash pattern, so one line at 0 shows under the other); the shading is the middle 50% and 90% of replications. When most replications have no queue and a few a long one, the mean can lie above the darker band.';

/** Most scenarios that get their own caseload heatmap. */
const MAX_HEATMAPS = 4;

const DELAY_MILESTONES: readonly MilestoneId[] = [
  'contactToDecision', 'referralToAllocation', 'allocationToSeenProtection', 'allocationToSeenNeed', 'referralToAssessment', 'strategyToConference',
];
const HISTOGRAM_MILESTONES: readonly MilestoneId[] = ['referralToAllocation', 'referralToAssessment'];

const kebab = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();

/** The charts for a run or comparison (sweeps get one metric-against-parameter chart per headline metric). */
export function chartPlans(input: ResultsInput, summary: ExperimentSummary): ChartPlan[] {
  if (input.sweep !== undefined) {
    const sweep = input.sweep;
    return sweepInputs(summary, sweep).map(({ id, input: s }) => ({
      id,
      title: s.metricLabel,
      caption: `Mean across replications at each value of ${s.parameterLabel}, with its 95% confidence interval as a band.`,
      spec: () => sweepSpec(s),
    }));
  }
  const clocks = scenarioClocks(input.scenarios);
  const list: ChartPlan[] = [
    {
      id: 'within-target', title: 'Share within timescale',
      caption: 'For each milestone with a timescale, the mean share of children who reached it in time, with its 95% confidence interval.',
      spec: () => withinTargetSpec(withinTargetInput(summary)),
    },
    ...DELAY_MILESTONES.map((id): ChartPlan => ({
      id: `waiting-${kebab(id)}`, title: `Still waiting: ${delayCurveInput(summary, id).milestone.label}`,
      caption: 'Share of children still waiting after each number of working days (Kaplan–Meier, so waits unfinished at the end count); line: median across replications, band: 95% of replications.',
      spec: () => delayCurveSpec(delayCurveInput(summary, id)),
    })),
    ...HISTOGRAM_MILESTONES.map((id): ChartPlan => ({
      id: `spread-${kebab(id)}`, title: `Spread of waits: ${delayHistogramInput(summary, id).milestone.label}`,
      caption: 'Completed waits by working days, one panel per scenario, in the bands of the DfE assessment-duration table (same day, 1–10, …, 41–45, 46–50, 51–60, 61+), which differ in width: each bar is a share of children, not a density; the last bar pools waits of 61 working days or more.',
      spec: () => delayHistogramSpec(delayHistogramInput(summary, id)),
    })),
    {
      id: 'fan-unallocated', title: 'Children waiting for allocation',
      caption: `Count after warm-up, by calendar month (the mean of its weekly counts): ${FAN_READING}`,
      spec: () => fanChartSpec(fanChartInput(summary, input.raw, 'unallocated')),
    },
    {
      id: 'fan-held-on-duty', title: 'Children held on duty or by a manager',
      caption: `Count after warm-up, by calendar month (the mean of its weekly counts): ${FAN_READING} Dotted: each scenario's duty capacity with the whole rota present, a limit of the model that the count cannot pass.`,
      spec: () => fanChartSpec(fanChartInput(summary, input.raw, 'heldOnDuty', dutyCapacityLimits(input.scenarios))),
    },
    {
      id: 'staffing', title: 'Social workers in post',
      caption: 'Weekly medians across replications of permanent and agency social workers and vacant posts, and leavers per 4 weeks (permanent staff leaving and agency assignments ending) as a mean across replications.',
      spec: () => staffingSpec(staffingInput(summary, input.raw)),
    },
    {
      id: 'worker-changes', title: 'Changes of social worker',
      caption: 'Share of allocated referrals by how many times the child changed social worker, with 95% confidence intervals.',
      spec: () => workerChangesSpec(workerChangesInput(summary)),
    },
  ];
  const flows = flowDiagramInput(input.raw, clocks);
  if (flows !== undefined) {
    list.push({
      id: 'flow', title: 'The front door in one run',
      caption: 'Contacts, screening decisions, referrals by route and where each referral ended, for one replication of each scenario over its measured window, with the counts; bars and bands are proportional to the counts, on one scale for every scenario.',
      spec: () => flowDiagramSpec(flows),
    });
  }
  input.scenarios.slice(0, MAX_HEATMAPS).forEach((s, i) => {
    const calendar = clocks.get(s.name)?.calendar;
    const cap = summary.scenarios.find((x) => x.name === s.name)?.facts.caseloadCap;
    const heatmap = calendar === undefined || cap === undefined ? undefined : caseloadHeatmapInput(input.raw, s.name, cap, calendar);
    if (heatmap === undefined) return;
    list.push({
      id: `caseloads-${i + 1}`, title: `Caseloads: ${s.name}`,
      caption: `Each row is a social worker in replication ${heatmap.replication}, each column a fortnight; blank where not in post, vermillion above the cap of ${heatmap.cap}.`,
      spec: () => caseloadHeatmapSpec(heatmap),
    });
  });
  if (summary.comparisons.length > 0) {
    list.push({
      id: 'difference', title: `What changed: ${summary.comparisons.map((c) => c.comparison).join(', ')} against ${summary.comparisons[0]?.baseline ?? ''}`,
      caption: 'Paired difference of each headline metric across replications (same seeds), grouped by unit: dot the mean, line the 95% confidence interval, dashed line no change; the verdict is written beside each row.',
      spec: () => differenceSpec(differenceInput(summary.comparisons, summary.definitions.metrics)),
    });
  }
  const key = summary.comparisons.length > 0 ? KEY_CHARTS : KEY_CHARTS_SINGLE;
  return list.map((plan) => (key.includes(plan.id) ? { ...plan, key: true } : plan));
}
