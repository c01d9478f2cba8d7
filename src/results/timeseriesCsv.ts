import type { ExperimentRaw, ScenarioClock } from '../experiment/index.js';
import { toCsv } from './csv.js';
import type { CsvCell } from './csv.js';

/** Columns of timeseries.csv. */
export const TIMESERIES_COLUMNS = [
  'scenario', 'replication', 'week', 'date', 'unallocated', 'awaitingReallocation', 'inHandover', 'heldOnDuty', 'permanent', 'agency',
  'vacancies', 'leavers', 'caseloadMean',
] as const;

/**
 * timeseries.csv: the weekly snapshots of every replication from the end of warm-up (week 0), with
 * the snapshot's ISO date; replications are numbered from 0,
 * as in raw.json and the stream seeds.
 */
export function timeseriesCsv(raw: ExperimentRaw, clocks: ReadonlyMap<string, ScenarioClock>): string {
  const rows: CsvCell[][] = [];
  for (const record of raw.records) {
    const calendar = clocks.get(record.scenario)?.calendar;
    const s = record.series;
    s.time.forEach((time, week) => {
      rows.push([
        record.scenario, record.replication, week, calendar?.dateOf(time) ?? '', s.unallocated[week], s.awaitingReallocation[week],
        s.inHandover[week], s.heldOnDuty[week],
        s.permanent[week], s.agency[week], s.vacancies[week], s.leavers[week], s.caseloadMean[week],
      ]);
    });
  }
  return toCsv(TIMESERIES_COLUMNS, rows);
}
