import type { Journey, ReplicationOutput, WorkerRecord } from './records.js';

/** Why a child's social worker changed. */
export type ChangeSource = 'leaver' | 'agencyEnd' | 'absence' | 'transfer';

/** Changes of social worker per allocated child-year in the window, in total and by source. */
export interface WorkerChangeRates {
  /** Child-years that allocated children spent open (from first allocation to closure) inside the window. */
  childYears: number;
  total: number;
  bySource: Record<ChangeSource, number>;
}

/**
 * The source of the change that ended a spell with `previous`, the spell ending at `spellEnd`:
 * the worker left (a permanent leaver, or an agency assignment that ended or gave way to a
 * permanent starter) when their record ends at the same moment; a transfer to a long-term team
 * when the spell ended at the plan's start (the assessment's completion or the conference); else
 * the worker was on long-term absence, the only other way a case leaves a worker who stays.
 */
function changeSource(journey: Journey, previous: WorkerRecord, spellEnd: number): ChangeSource {
  if (previous.end === spellEnd) return previous.kind === 'agency' && previous.reason !== 'shock' ? 'agencyEnd' : 'leaver';
  if (spellEnd === journey.assessmentTime || spellEnd === journey.conferenceTime) return 'transfer';
  return 'absence';
}

/** Counts the changes of social worker that happened inside the window, by source, per allocated child-year. */
export function workerChangeRates(out: ReplicationOutput): WorkerChangeRates {
  const byId = new Map<number, WorkerRecord>();
  for (const w of out.workers) byId.set(w.id, w);
  const counts: Record<ChangeSource, number> = { leaver: 0, agencyEnd: 0, absence: 0, transfer: 0 };
  let days = 0;
  for (const j of out.journeys) {
    if (j.child < 0 || j.allocationTime === undefined) continue;
    const from = Math.max(j.allocationTime, out.warmupEnd);
    const to = Math.min(j.closedTime ?? out.end, out.end);
    if (to > from) days += to - from;
    for (let w = 1; w < j.workerStarts.length; w++) {
      const t = j.workerStarts[w] as number;
      if (t < out.warmupEnd || t > out.end) continue;
      const previous = byId.get(j.workers[w - 1] as number);
      const spellEnd = j.workerEnds[w - 1];
      if (previous === undefined || spellEnd === undefined) continue;
      counts[changeSource(j, previous, spellEnd)]++;
    }
  }
  const childYears = days / 365;
  const per = (n: number) => (childYears > 0 ? n / childYears : 0);
  const bySource = { leaver: per(counts.leaver), agencyEnd: per(counts.agencyEnd), absence: per(counts.absence), transfer: per(counts.transfer) };
  return { childYears, total: bySource.leaver + bySource.agencyEnd + bySource.absence + bySource.transfer, bySource };
}
