// A complete report input built from the chart fixtures, optionally with a hostile scenario name
// threaded through every place user text can reach (charts, tables, reading, provenance).
import type { ReportInput } from '../../src/charts/index.js';
import { delayCurveSpec, differenceSpec, fanChartSpec, withinTargetSpec } from '../../src/charts/index.js';
import { renderSvg } from '../../src/report/index.js';
import { allSpecs } from '../charts/allSpecs.js';
import { delayCurveInput, differenceInput, fanChartInput, withinTargetInput } from '../charts/fixtures.js';

export const HOSTILE = '<script>alert(1)</script>';

/** The charts drawn large at the top, as the results layer marks them. */
export const KEY_CHARTS: readonly string[] = ['within-target', 'delay-curve', 'fan-unallocated', 'difference'];

const CAPTIONS: Readonly<Record<string, string>> = {
  'delay-curve': 'The lower the line, the fewer children still waiting. Where a line crosses the dashed rule shows how many were still waiting at the statutory timescale.',
  'within-target': 'Each dot is the share of children who reached the milestone within its timescale; further right is better.',
  difference: 'One panel per unit; the words beside each row say whether the change is better, worse or unclear.',
};

function renamed<T>(value: T, from: string, to: string): T {
  return JSON.parse(JSON.stringify(value).split(JSON.stringify(from).slice(1, -1)).join(JSON.stringify(to).slice(1, -1))) as T;
}

const built = new Map<boolean, Promise<ReportInput>>();

/**
 * Every chart type in the report (the full gallery), or a hostile variant with the second scenario
 * renamed. Each variant is built (every chart rendered to SVG) once per worker, as the files that
 * use it share the module cache; every caller gets its own deep copy.
 */
export async function reportInput(options: { hostile?: boolean } = {}): Promise<ReportInput> {
  const hostile = options.hostile === true;
  let input = built.get(hostile);
  if (input === undefined) {
    input = buildReportInput(hostile);
    built.set(hostile, input);
  }
  return structuredClone(await input);
}

async function buildReportInput(hostile: boolean): Promise<ReportInput> {
  const second = hostile ? HOSTILE : 'solihull-2024';
  const scenarios = ['solihull-2022', second];
  const specs = hostile
    ? [
        { name: 'delay-curve', spec: delayCurveSpec(renamed(delayCurveInput(), 'solihull-2024', HOSTILE)) },
        { name: 'within-target', spec: withinTargetSpec(renamed(withinTargetInput(), 'solihull-2024', HOSTILE)) },
        { name: 'fan-unallocated', spec: fanChartSpec(renamed(fanChartInput(), 'solihull-2024', HOSTILE)) },
        { name: 'difference', spec: differenceSpec(renamed(differenceInput(), 'solihull-2024', HOSTILE)) },
      ]
    : allSpecs();
  const charts = [];
  for (const { name, spec } of specs) {
    const title = typeof spec.title === 'object' && spec.title !== null && 'text' in spec.title ? String(spec.title.text) : name;
    charts.push({ id: name, title, caption: CAPTIONS[name] ?? spec.description ?? '', spec, svg: await renderSvg(spec), ...(KEY_CHARTS.includes(name) ? { key: true } : {}) });
  }
  return {
    title: `Front door: solihull-2022 compared with ${second}`,
    generatedAt: '2025-01-31T12:00:00Z',
    scenarios,
    headline: [
      {
        label: 'Referral → allocation, median',
        unit: 'working days',
        values: [
          { mean: 14.2, ciLow: 13.1, ciHigh: 15.3 },
          { mean: 8.1, ciLow: 7.4, ciHigh: 8.8 },
        ],
        differences: [{ mean: -6.1, ciLow: -7, ciHigh: -5.2 }],
        better: 'lower',
      },
      {
        label: 'Assessments within 45 working days',
        unit: '%',
        values: [
          { mean: 58.2, ciLow: 55.9, ciHigh: 60.5 },
          { mean: 84.1, ciLow: 82, ciHigh: 86.2 },
        ],
        differences: [{ mean: 25.9, ciLow: 23.1, ciHigh: 28.7 }],
        better: 'higher',
      },
    ],
    charts,
    story: [
      `Over 3 measured years, the share of assessments completed within the statutory 45 working days was solihull-2022 58% and ${second} 84%.`,
      `How settled: solihull-2022 settles; ${second} does not settle in 2 of 30 replications.`,
    ],
    settling: [`solihull-2022: settles.`, `${second}: does not settle in 2 of 30 replications.`],
    reading: [
      { text: 'The differences are paired: both scenarios saw the same children arriving with the same needs (common random numbers).' },
      {
        text: `${second} compared with solihull-2022, the clear changes:`,
        items: [
          'Median wait from referral to allocation: −6 working days (the same in every replication), better.',
          `Children waiting for allocation in ${second}: −136 children (95% CI −150 to −122), better.`,
        ],
      },
    ],
    parameters: [
      { key: 'workforce.social_workers', values: [30, 38], labels: ['evidence: Ofsted ILACS 2022'], source: 'scenarios/base.yaml' },
      { key: 'workforce.max_caseload', values: [18, 18], source: 'ILACS 2022' },
      { key: 'scenario.description', values: ['Understaffed', second], source: `${second}.yaml` },
      { key: 'workforce.agency_cap', values: [null, 0.2], source: 'base.yaml' },
    ],
    runRecord: [
      { key: 'Seed', value: '42' },
      { key: 'Replications', value: '30' },
      { key: 'Scenario file', value: `scenarios/${second}.yaml` },
    ],
    stress: [
      { id: '1.2', item: 'Model outputs', text: 'Mean across replications with a t-based 95% confidence interval.' },
      { id: '5.2', item: 'Random sampling', text: `Named streams per process, seeded from (seed, replication, stream); scenario ${second}.` },
    ],
  };
}
