import { formatNumber } from '../charts/index.js';
import type { FlowDiagramInput, FlowLink, FlowNode, FlowRun } from '../charts/index.js';
import type { ExperimentRaw, Journey, ScenarioClock } from '../experiment/index.js';

/** Where a referral ended, grouped as the flow diagram shows it. */
const OUTCOME_GROUPS: readonly { id: string; label: string; outcomes: readonly Journey['outcome'][] }[] = [
  { id: 'cinPlan', label: 'Child in need plan', outcomes: ['childInNeedPlan'] },
  { id: 'cpPlan', label: 'Child protection plan', outcomes: ['childProtectionPlan'] },
  { id: 'closed', label: 'Closed (no further action, early help)', outcomes: ['noFurtherAction', 'closed', 'earlyHelp'] },
  { id: 'open', label: 'Still open at the end', outcomes: ['open'] },
];

const ROUTES: readonly { id: Journey['route']; label: string }[] = [
  { id: 'assessment', label: 'Assessment' },
  { id: 'strategy', label: 'Strategy discussion (s47)' },
];

const share = (part: number, whole: number): string => (whole > 0 ? `${formatNumber((100 * part) / whole, 0, false)}%` : 'n/a');

/**
 * The flow of one sample replication of a scenario over its measured window: contacts, the screening
 * decision (referred or not), the route of each referral and where it ended, with assessments,
 * conferences and re-referrals as notes. Contacts come from the replication's contacts per year times
 * the window's length (the sample keeps referrals, not contacts); referrals are the sample's journeys
 * referred inside the window. Undefined when the scenario has no sample replication.
 */
export function flowRun(raw: ExperimentRaw, scenario: string, clock: ScenarioClock): FlowRun | undefined {
  const record = raw.records.find((r) => r.scenario === scenario && r.sample !== undefined);
  const sample = record?.sample;
  if (record === undefined || sample === undefined) return undefined;
  const { warmupEnd, end } = record.window;
  const years = (end - warmupEnd) / 365;
  const referred = sample.journeys.filter((j) => j.referralTime >= warmupEnd && j.referralTime <= end);
  const contacts = Math.max(referred.length, Math.round((record.metrics.scalars['contactsPerYear'] ?? 0) * years));
  const nodes: FlowNode[] = [
    { id: 'contacts', label: 'Contacts', count: contacts, column: 0 },
    { id: 'referred', label: 'Referred', count: referred.length, column: 1 },
    { id: 'notReferred', label: 'Not referred', count: contacts - referred.length, column: 1 },
  ];
  const links: FlowLink[] = [
    { from: 'contacts', to: 'referred', count: referred.length },
    { from: 'contacts', to: 'notReferred', count: contacts - referred.length },
  ];
  for (const route of ROUTES) {
    const onRoute = referred.filter((j) => j.route === route.id);
    nodes.push({ id: route.id, label: route.label, count: onRoute.length, column: 2 });
    links.push({ from: 'referred', to: route.id, count: onRoute.length });
  }
  for (const group of OUTCOME_GROUPS) {
    const ended = referred.filter((j) => group.outcomes.includes(j.outcome));
    nodes.push({ id: group.id, label: group.label, count: ended.length, column: 3 });
    for (const route of ROUTES) {
      const count = ended.filter((j) => j.route === route.id).length;
      if (count > 0) links.push({ from: route.id, to: group.id, count });
    }
  }
  const assessed = referred.filter((j) => j.assessmentTime !== undefined).length;
  const conferences = referred.filter((j) => j.conferenceTime !== undefined).length;
  const rereferrals = referred.filter((j) => j.rereferral).length;
  return {
    scenario,
    replication: record.replication,
    start: clock.calendar.dateOf(warmupEnd),
    end: clock.calendar.dateOf(end),
    nodes,
    links,
    notes: [
      `Of ${formatNumber(referred.length, 0, false)} referrals: assessments completed ${formatNumber(assessed, 0, false)}, ` +
        `initial conferences ${formatNumber(conferences, 0, false)}, re-referrals within 12 months ${formatNumber(rereferrals, 0, false)} (${share(rereferrals, referred.length)}).`,
    ],
  };
}

/** One flow per scenario that has a sample replication, in run order; undefined when none has. */
export function flowDiagramInput(raw: ExperimentRaw, clocks: ReadonlyMap<string, ScenarioClock>): FlowDiagramInput | undefined {
  const runs = raw.scenarios.flatMap((s) => {
    const clock = clocks.get(s.name);
    const run = clock === undefined ? undefined : flowRun(raw, s.name, clock);
    return run === undefined ? [] : [run];
  });
  return runs.length === 0 ? undefined : { scenarios: runs.map((r) => r.scenario), runs };
}
