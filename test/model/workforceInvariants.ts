// Invariants of the workforce and the weekly snapshots: one worker per post at a time, no caseload
// above its cap (the lower starter cap during ramp-up, plus what the soft cap allows), counts that
// agree with the worker records.
import { modelCalendar, SNAPSHOT_DAYS } from '../../src/model/index.js';
import type { ReplicationOutput, WorkerRecord } from '../../src/model/index.js';
import type { Scenario } from '../../src/scenario/index.js';

const COUNT_SERIES = ['unallocated', 'awaitingReallocation', 'inHandover', 'heldOnDuty', 'screeningQueue', 'permanent', 'agency', 'vacancies', 'leavers', 'absent'] as const;

/** Establishment posts plus the agency posts beyond it. */
function allPosts(scenario: Scenario): number {
  const wf = scenario.workforce;
  return wf.posts + Math.round(wf.posts * wf.agency.additionalShareOfPosts);
}

/** Worker records: ids, posts and reasons in range, and the workers of one post never overlap in time. */
function workerViolations(out: ReplicationOutput, scenario: Scenario): string[] {
  const v: string[] = [];
  const byPost = new Map<number, WorkerRecord[]>();
  out.workers.forEach((w, k) => {
    if (w.id !== k) v.push(`worker at position ${k} has id ${w.id}`);
    if (!(w.post >= 0 && w.post < allPosts(scenario))) v.push(`${w.label} holds post ${w.post} of ${allPosts(scenario)}`);
    if (w.kind === 'permanent' && w.post >= scenario.workforce.posts) v.push(`${w.label} is permanent on an agency post beyond the establishment`);
    if ((w.end === undefined) !== (w.reason === undefined)) v.push(`${w.label}: a leaving time without a reason or the reverse`);
    if (w.end !== undefined && !(w.start <= w.end && w.end <= out.end)) v.push(`${w.label}: in post from ${w.start} to ${w.end}`);
    byPost.set(w.post, [...(byPost.get(w.post) ?? []), w]);
  });
  for (const [post, list] of byPost) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1] as WorkerRecord;
      const next = sorted[k] as WorkerRecord;
      if (prev.end === undefined || !(prev.end <= next.start)) v.push(`post ${post}: ${next.label} starts at ${next.start} while ${prev.label} is in post`);
    }
  }
  return v;
}

/** Weekly snapshots: regular times, non-negative integer counts, consistent with the worker records. */
function seriesViolations(out: ReplicationOutput, scenario: Scenario): string[] {
  const v: string[] = [];
  const s = out.series;
  const wf = scenario.workforce;
  const calendar = modelCalendar(scenario);
  const rampCap = Math.max(1, Math.round(wf.caseloadCap * wf.newStarter.capShare));
  const rampDays = (w: WorkerRecord) => (w.kind === 'agency' ? wf.agency.rampWorkingDays : wf.newStarter.rampWorkingDays);
  const rampEnd = (w: WorkerRecord) => (w.start > 0 && rampDays(w) > 0 ? calendar.addWorkingDays(w.start, rampDays(w)) : w.start);
  // Same-day enquiries may go above any cap; otherwise the soft cap allows its extra cases.
  const extra = scenario.allocation.enquiries === 'same-day' ? Infinity : (scenario.allocation.overCap?.extraCases ?? 0);
  const dutyCapacity = scenario.allocation.heldOnDuty.dutyWorkers * scenario.allocation.heldOnDuty.casesPerDutyWorker;
  for (const key of [...COUNT_SERIES, 'caseloadMean', 'caseloads'] as const) {
    if (s[key].length !== s.time.length) v.push(`series ${key} has ${s[key].length} values for ${s.time.length} snapshots`);
  }
  s.time.forEach((t, w) => {
    const at = `week ${w} (day ${t})`;
    if (t !== out.warmupEnd + w * SNAPSHOT_DAYS || t > out.end) v.push(`${at}: snapshot out of step`);
    for (const key of COUNT_SERIES) {
      const x = s[key][w];
      if (x === undefined || !Number.isInteger(x) || x < 0) v.push(`${at}: ${key} is ${x}`);
    }
    const permanent = s.permanent[w] ?? 0;
    const agency = s.agency[w] ?? 0;
    if (permanent + agency > allPosts(scenario)) v.push(`${at}: ${permanent} permanent + ${agency} agency in ${allPosts(scenario)} posts`);
    if (s.vacancies[w] !== wf.posts - permanent) v.push(`${at}: ${s.vacancies[w]} vacancies with ${permanent} permanent in ${wf.posts} posts`);
    const allocatable = (s.unallocated[w] ?? 0) + (s.awaitingReallocation[w] ?? 0);
    if ((s.heldOnDuty[w] ?? 0) > allocatable) v.push(`${at}: ${s.heldOnDuty[w]} held on duty but ${allocatable} could be allocated`);
    if ((s.heldOnDuty[w] ?? 0) > dutyCapacity) v.push(`${at}: ${s.heldOnDuty[w]} held on duty beyond the duty capacity ${dutyCapacity}`);
    if ((s.absent[w] ?? 0) > permanent + agency) v.push(`${at}: more absent than in post`);
    const prev = w === 0 ? undefined : s.time[w - 1];
    const leavers = out.workers.filter((x) => x.end !== undefined && (prev === undefined ? x.end === t : x.end > prev && x.end <= t)).length;
    if (s.leavers[w] !== leavers) v.push(`${at}: ${s.leavers[w]} leavers but ${leavers} workers left that week`);
    const row = s.caseloads[w] ?? [];
    const started = out.workers.filter((x) => x.start <= t).length;
    if (row.length !== started) v.push(`${at}: caseload row for ${row.length} workers, ${started} had started`);
    let counted = { permanent: 0, agency: 0, cases: 0 };
    row.forEach((cases, k) => {
      const worker = out.workers[k];
      if (!worker) return;
      const inPost = worker.start <= t && (worker.end === undefined || worker.end > t);
      if ((cases !== null) !== inPost) v.push(`${at}: ${worker.label} has caseload ${cases} but in post ${inPost}`);
      if (cases === null) return;
      counted = { ...counted, [worker.kind]: counted[worker.kind] + 1, cases: counted.cases + cases };
      const cap = (t < rampEnd(worker) ? rampCap : wf.caseloadCap) + extra;
      if (!Number.isInteger(cases) || cases < 0 || cases > cap) v.push(`${at}: ${worker.label} holds ${cases} cases, cap ${cap}`);
    });
    if (counted.permanent !== permanent || counted.agency !== agency) v.push(`${at}: staff counts disagree with the caseload row`);
    const live = counted.permanent + counted.agency;
    const caseloadMean = live > 0 ? counted.cases / live : 0;
    if (Math.abs((s.caseloadMean[w] ?? NaN) - caseloadMean) > 1e-9) v.push(`${at}: caseloadMean ${s.caseloadMean[w]} but the row gives ${caseloadMean}`);
  });
  return v;
}

/** Every invariant of the workforce records and the weekly series. */
export function workforceViolations(out: ReplicationOutput, scenario: Scenario): string[] {
  return [...workerViolations(out, scenario), ...seriesViolations(out, scenario)];
}
