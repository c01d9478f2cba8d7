import type { Calendar } from '../calendar/index.js';
import type { ExperimentRaw } from '../experiment/index.js';
import { workingDuration } from '../model/index.js';
import type { Journey } from '../model/index.js';
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
function fromReferral(calendar: Calendar, referral: number, time: number): number {
  return time >= referral ? workingDuration(calendar, referral, time) : -workingDuration(calendar, time, referral);
}

/**
 * journeys.csv: one row per referral episode of the sample replications (those the experiment kept
 * in full), for episodes referred in the measured period (after warm-up, by the horizon). Each event
 * has its ISO date and working days from the referral; events not reached are empty. Replications,
 * children and episodes are numbered from 0, as in raw.json and the stream seeds.
 */
export function journeysCsv(
  raw: ExperimentRaw,
  calendars: ReadonlyMap<string, Calendar>,
  windows: ReadonlyMap<string, { warmupEnd: number; end: number }>,
): string {
  const rows: CsvCell[][] = [];
  for (const record of raw.records) {
    const calendar = calendars.get(record.scenario);
    const window = windows.get(record.scenario);
    if (record.sample === undefined || calendar === undefined || window === undefined) continue;
    for (const j of record.sample.journeys) {
      if (j.referralTime < window.warmupEnd || j.referralTime > window.end) continue;
      const times = JOURNEY_EVENTS.flatMap(([, key]): CsvCell[] => {
        const time = j[key];
        return time === undefined ? ['', ''] : [calendar.dateOf(time), fromReferral(calendar, j.referralTime, time)];
      });
      rows.push([
        record.scenario, record.replication, j.child, j.episode, j.risk, j.source, j.route, ...times,
        j.outcome, j.workerChanges, j.heldOnDutyDays, j.rereferral, j.priorContacts, j.unlinkedClosedPriorContacts,
      ]);
    }
  }
  return toCsv(JOURNEY_COLUMNS, rows);
}
