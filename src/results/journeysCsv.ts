import type { ExperimentRaw, Journey, ScenarioClock } from '../experiment/index.js';
import { toCsv } from './csv.js';
import type { CsvCell } from './csv.js';

/** The dated events of a journey, in order, each written as `<event>Date` and `<event>WorkingDays`. */
export const JOURNEY_EVENTS = [
  ['firstContact', 'firstContactTime'],
  ['contact', 'contactTime'],
  ['referral', 'referralTime'],
  ['strategy', 'strategyTime'],
  ['queued', 'queuedTime'],
  ['heldOnDuty', 'heldOnDutyTime'],
  ['allocation', 'allocationTime'],
  ['seen', 'seenTime'],
  ['assessment', 'assessmentTime'],
  ['conference', 'conferenceTime'],
  ['closed', 'closedTime'],
] as const satisfies readonly (readonly [string, keyof Journey])[];

/** Columns of journeys.csv. */
export const JOURNEY_COLUMNS: readonly string[] = [
  'scenario', 'replication', 'child', 'episode', 'risk', 'source', 'route',
  ...JOURNEY_EVENTS.flatMap(([event]) => [`${event}Date`, `${event}WorkingDays`]),
  'outcome', 'workerChanges', 'heldOnDutyDays', 'rereferral', 'priorContacts', 'unlinkedClosedPriorContacts',
];

/** Working days from the referral to `time` (negative before it), counted by date as the metrics are. */
function fromReferral(clock: ScenarioClock, referral: number, time: number): number {
  return time >= referral ? clock.workingDays(referral, time) : -clock.workingDays(time, referral);
}

/**
 * journeys.csv: one row per referral episode of the sample replications (those the experiment kept
 * in full), for episodes referred in the measured period (after warm-up, by the horizon). Each event
 * has its ISO date and working days from the referral; events not reached are empty. Replications,
 * children and episodes are numbered from 0, as in raw.json and the stream seeds.
 */
export function journeysCsv(raw: ExperimentRaw, clocks: ReadonlyMap<string, ScenarioClock>): string {
  const rows: CsvCell[][] = [];
  for (const record of raw.records) {
    const clock = clocks.get(record.scenario);
    if (record.sample === undefined || clock === undefined) continue;
    const { calendar, window } = clock;
    for (const j of record.sample.journeys) {
      if (j.referralTime < window.warmupEnd || j.referralTime > window.end) continue;
      const times = JOURNEY_EVENTS.flatMap(([, key]): CsvCell[] => {
        const time = j[key];
        return time === undefined ? ['', ''] : [calendar.dateOf(time), fromReferral(clock, j.referralTime, time)];
      });
      rows.push([
        record.scenario, record.replication, j.child, j.episode, j.risk, j.source, j.route, ...times,
        j.outcome, j.workerChanges, j.heldOnDutyDays, j.rereferral, j.priorContacts, j.unlinkedClosedPriorContacts,
      ]);
    }
  }
  return toCsv(JOURNEY_COLUMNS, rows);
}
