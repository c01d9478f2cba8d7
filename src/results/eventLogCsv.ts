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
 * referral and `waiting_for_allocation` queue from the referral; then, for each social worker who
 * held the case, resource use (resource_id = that worker, numbered from 1) starting with
 * `allocated` (the first) or `reallocated` (later ones) and ending with `handed_over` or
 * `case_closed`, with a `waiting_for_reallocation` queue between a handover and the next worker;
 * then `depart` at closure. Times are simulated days from the end of warm-up; events after the
 * horizon are left out, so episodes still open at the end have no end events.
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
      const closed = j.closedTime !== undefined && j.closedTime <= window.end ? j.closedTime : undefined;
      j.workers.forEach((worker, k) => {
        const start = j.workerStarts[k];
        if (start === undefined || start > window.end) return;
        rows.push(base('resource_use', k === 0 ? 'allocated' : 'reallocated', start, worker + 1));
        const end = j.workerEnds[k];
        if (end === undefined || end > window.end) return;
        const last = k === j.workers.length - 1;
        rows.push(base('resource_use_end', last && closed === end ? 'case_closed' : 'handed_over', end, worker + 1));
        if (!last) rows.push(base('queue', 'waiting_for_reallocation', end));
      });
      if (closed !== undefined) rows.push(base('arrival_departure', 'depart', closed));
    }
  }
  return toCsv(EVENT_LOG_COLUMNS, rows);
}
