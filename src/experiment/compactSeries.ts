import type { TimeSeries } from '../model/index.js';
import type { CompactSeries } from './types.js';

/** The weekly series kept for every replication: the model's series without per-worker caseloads and queues not charted. */
export function compactSeries(series: TimeSeries): CompactSeries {
  return {
    time: series.time,
    unallocated: series.unallocated,
    awaitingReallocation: series.awaitingReallocation,
    inHandover: series.inHandover,
    heldOnDuty: series.heldOnDuty,
    permanent: series.permanent,
    agency: series.agency,
    vacancies: series.vacancies,
    leavers: series.leavers,
    caseloadMean: series.caseloadMean,
  };
}
