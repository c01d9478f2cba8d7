import type { ReplicationOutput } from '../model/index.js';

/** What one replication of a reduced model gives theory to check, per referral measured (times in days). */
export interface ReductionSample {
  /** Referral to allocation. */
  waits: number[];
  /** Allocation to assessment complete (time holding a place on a caseload). */
  inService: number[];
  /** Referral to assessment complete. */
  sojourns: number[];
  /** The assessment's work in days of a whole worker (hours ÷ casework hours a day); empty unless the scenario records work. */
  workDays: number[];
  /** Measured referrals still waiting or in assessment at the end of the run, counted with their time so far. */
  unfinished: number;
}

/**
 * The referrals of a replication made from the end of warm-up to `drainDays` before the end of
 * the run (so that, with enough drain, every one of them has finished), with their waits, time
 * in service and sojourn. `hoursPerDay` turns recorded work hours into days of a whole worker.
 */
export function reductionSample(out: ReplicationOutput, drainDays: number, hoursPerDay: number): ReductionSample {
  const sample: ReductionSample = { waits: [], inService: [], sojourns: [], workDays: [], unfinished: 0 };
  const last = out.end - drainDays;
  for (const j of out.journeys) {
    if (j.route !== 'assessment' || j.referralTime < out.warmupEnd || j.referralTime > last) continue;
    if (j.assessmentTime === undefined) sample.unfinished++;
    const allocated = j.allocationTime ?? out.end;
    const done = j.assessmentTime ?? out.end;
    sample.waits.push(allocated - j.referralTime);
    sample.inService.push(done - allocated);
    sample.sojourns.push(done - j.referralTime);
    if (j.workHours !== undefined) sample.workDays.push(j.workHours / hoursPerDay);
  }
  return sample;
}
