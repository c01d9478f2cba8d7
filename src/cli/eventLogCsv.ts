import type { ExperimentRaw } from '../experiment/index.js';
import { toCsv } from './csv.js';
import type { CsvCell } from './csv.js';

/**
 * Columns of events.csv, in the event-log schema the `vidigi` animation package reads
 * (entity_id, pathway, event_type, event, time, resource_id, run), plus the child and episode.
 */
export const EVENT_LOG_COLUMNS: readonly string[] = ['entity_id', 'pathway', 'event_type', 'event', 'time', 'resource_id', 'run', 'child', 'episode'];

/**
 * events.csv: each referral episode of the sample replications as vidigi events: `arrival` at the
 * referral, `waiting_for_allocation` queue from the referral, `allocated` resource use (resource_id
 * = the first social worker, numbered from 1) and its end at closure, then `depart`. Times are
 * simulated days from the end of warm-up; episodes still open at the end have no end events.
 * Later changes of social worker are not in the log (journeys.csv counts them).
 */
export function eventLogCsv(raw: ExperimentRaw, windows: ReadonlyMap<string, { warmupEnd: number; end: number }>): string {
  const rows: CsvCell[][] = [];
  let entity = 0;
  for (const record of raw.records) {
    const window = windows.get(record.scenario);
    if (record.sample === undefined || window === undefined) continue;
    const t = (time: number) => Number((time - window.warmupEnd).toFixed(4));
    for (const j of record.sample.journeys) {
      if (j.referralTime < window.warmupEnd || j.referralTime > window.end) continue;
      entity += 1;
      const base = (type: string, event: string, time: number, resource: CsvCell = ''): CsvCell[] =>
        [entity, record.scenario, type, event, t(time), resource, record.replication, j.child, j.episode];
      rows.push(base('arrival_departure', 'arrival', j.referralTime));
      rows.push(base('queue', 'waiting_for_allocation', j.queuedTime ?? j.referralTime));
      const worker = j.workers[0];
      if (j.allocationTime !== undefined && worker !== undefined) {
        rows.push(base('resource_use', 'allocated', j.allocationTime, worker + 1));
        if (j.closedTime !== undefined && j.closedTime <= window.end) rows.push(base('resource_use_end', 'case_closed', j.closedTime, worker + 1));
      }
      if (j.closedTime !== undefined && j.closedTime <= window.end) rows.push(base('arrival_departure', 'depart', j.closedTime));
    }
  }
  return toCsv(EVENT_LOG_COLUMNS, rows);
}
