// Every chart type built from the fixtures, named, for the schema, render and preview tests.
import type { TopLevelSpec } from 'vega-lite';
import {
  caseloadHeatmapSpec,
  delayCurveSpec,
  delayHistogramSpec,
  differenceSpec,
  fanChartSpec,
  flowDiagramSpec,
  staffingSpec,
  shapleySpec,
  sweepSpec,
  waterfallSpec,
  withinTargetSpec,
  workerChangesSpec,
} from '../../src/charts/index.js';
import {
  CHILD_SEEN,
  caseloadHeatmapInput,
  delayCurveInput,
  delayHistogramInput,
  differenceInput,
  fanChartInput,
  flowDiagramInput,
  staffingInput,
  sweepInput,
  withinTargetInput,
  workerChangesInput,
} from './fixtures.js';

export interface NamedSpec {
  readonly name: string;
  readonly spec: TopLevelSpec;
  /** Text the rendered SVG must contain: title, axis titles, timescale labels, legend entries. */
  readonly expectedText: readonly string[];
}

export function allSpecs(): NamedSpec[] {
  return [
    {
      name: 'delay-curve',
      spec: delayCurveSpec(delayCurveInput()),
      expectedText: ['How long children waited: Referral → assessment complete', 'Working days waited', 'Share of children still waiting', 'Statutory timescale: 45 working days', 'solihull-2022', 'solihull-2024'],
    },
    {
      name: 'delay-curve-child-seen',
      spec: delayCurveSpec(delayCurveInput(CHILD_SEEN, [3, 1.5])),
      expectedText: ['Local standard (child protection): 1 working day', 'Local standard (child in need): 5 working days', 'solihull-2024'],
    },
    {
      name: 'delay-histogram',
      spec: delayHistogramSpec(delayHistogramInput()),
      expectedText: [
        'Spread of waits: Referral → assessment complete', 'Working days', 'Share of children', 'Statutory timescale: 45 working days',
        'solihull-2022', 'solihull-2024', '70+', 'The last bar (70+) holds every wait of 70 working days or more.',
      ],
    },
    {
      name: 'within-target',
      spec: withinTargetSpec(withinTargetInput()),
      expectedText: ['How often timescales were met', 'Share of children within the timescale', 'Contact → screening decision', 'within 45 working days', 'solihull-2022', 'solihull-2024'],
    },
    {
      name: 'fan-unallocated',
      spec: fanChartSpec(fanChartInput()),
      expectedText: ['Children waiting for allocation', 'Children (count)', 'Date', 'solihull-2022', 'solihull-2024'],
    },
    {
      name: 'staffing',
      spec: staffingSpec(staffingInput()),
      expectedText: ['Social workers in post, vacancies and leavers', 'Agency social workers in post (median)', 'Vacant posts (median)', 'Leavers per 4 weeks, permanent and agency', '(mean across replications)', 'Social workers', 'Posts', 'Social workers leaving', 'solihull-2024'],
    },
    {
      name: 'caseload-heatmap',
      spec: caseloadHeatmapSpec(caseloadHeatmapInput()),
      expectedText: ['Caseload per social worker: solihull-2022', 'Caseload (children)', 'Above the cap (more than 18)', 'SW 003 (agency)', 'Social worker'],
    },
    {
      name: 'worker-changes',
      spec: workerChangesSpec(workerChangesInput()),
      expectedText: ['How often children changed social worker', 'Changes of social worker per child', 'Share of children', '4+', 'solihull-2022'],
    },
    {
      name: 'sweep',
      spec: sweepSpec(sweepInput()),
      expectedText: ['What if: Social workers in post', 'Referral → allocation, 90th percentile (working days).', 'percentile (working days)', 'Caseload cap (children)', '18', '22'],
    },
    {
      name: 'sweep-single',
      spec: sweepSpec(sweepInput(false)),
      expectedText: ['What if: Social workers in post', 'Social workers in post'],
    },
    {
      name: 'difference',
      spec: differenceSpec(differenceInput()),
      expectedText: ['Change from solihull-2022 to solihull-2024', 'Difference in working days', 'Better −6.1', 'No clear change −1.2', 'Worse +2.1'],
    },
    {
      name: 'flow',
      spec: flowDiagramSpec(flowDiagramInput()),
      expectedText: ['The front door in one run: from contact to outcome', 'Contacts: 1000', 'Referred: 250', 'Not referred: 750', 'Strategy discussion: 70', 'solihull-2024: replication 0, 2022-04-01 to 2023-03-31'],
    },
    {
      name: 'waterfall',
      spec: waterfallSpec({
        metricLabel: 'Referral → assessment complete: share within 45 working days', unit: '%', fromName: 'solihull-2022', toName: 'solihull-2024',
        fromLevel: 57.9, toLevel: 85.9, decimals: 1,
        steps: [
          { name: 'demand', basis: 'evidence', mean: -1.8, ciLow: -7.4, ciHigh: 3.8 },
          { name: 'casework', basis: 'assumption', mean: 11.6, ciLow: 8.1, ciHigh: 15.0 },
          { name: 'workforce', basis: 'assumption', mean: 18.2, ciLow: 17.6, ciHigh: 18.7 },
        ],
      }),
      expectedText: ['What moved Referral → assessment complete: share within 45 working days', 'solihull-2022', '+ casework', '−1.8', '+18.2', '85.9', 'Evidence (every change sourced)', 'Assumption (some change assumed)', 'Level and steps (%)'],
    },
    {
      name: 'shapley',
      spec: shapleySpec({
        metricLabel: 'Referral → assessment complete: share within 45 working days', unit: 'percentage points', fromName: 'solihull-2022', toName: 'solihull-2024',
        total: 28, decimals: 1,
        bars: [
          { name: 'demand', basis: 'evidence', mean: -1.2, ciLow: -3.0, ciHigh: 0.6 },
          { name: 'workforce', basis: 'assumption', mean: 29.2, ciLow: 25.1, ciHigh: 33.3 },
        ],
      }),
      expectedText: ['Share of the change in Referral → assessment complete: share within 45 working days carried by each group', 'Shapley values, solihull-2022 to solihull-2024: they add up to the total change of +28.0 percentage points.', 'workforce', '+29.2 (+25.1 to +33.3)', 'Shapley value (percentage points)'],
    },
  ];
}
