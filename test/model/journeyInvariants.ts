// Invariants of referral journeys: the order of milestone times the model guarantees, the
// bookkeeping of changes of social worker, and how journeys tie back to the contacts behind them.
import type { Journey, ReplicationOutput } from '../../src/model/index.js';

const PLAN_OUTCOMES = new Set<Journey['outcome']>(['childInNeedPlan', 'childProtectionPlan']);

function label(j: Journey): string {
  return `journey of child ${j.child} episode ${j.episode} (referred at ${j.referralTime})`;
}

/**
 * Milestones along one journey, in the order the model sets them:
 * first contact ≤ contact ≤ referral ≤ strategy discussion ≤ queued ≤ allocation ≤ seen ≤
 * assessment ≤ closed, and strategy discussion ≤ conference (= assessment for a conference) ≤ closed.
 */
function orderViolations(j: Journey, end: number): string[] {
  const v: string[] = [];
  const before = (a: number | undefined, an: string, b: number | undefined, bn: string) => {
    if (a !== undefined && b !== undefined && !(a <= b)) v.push(`${label(j)}: ${an} ${a} after ${bn} ${b}`);
  };
  const needs = (b: number | undefined, bn: string, a: number | undefined, an: string) => {
    if (b !== undefined && a === undefined) v.push(`${label(j)}: has ${bn} but no ${an}`);
  };
  before(j.firstContactTime, 'first contact', j.contactTime, 'contact');
  before(j.contactTime, 'contact', j.referralTime, 'referral');
  before(j.referralTime, 'referral', j.strategyTime, 'strategy discussion');
  before(j.strategyTime, 'strategy discussion', j.queuedTime, 'queued');
  before(j.referralTime, 'referral', j.queuedTime, 'queued');
  before(j.queuedTime, 'queued', j.heldOnDutyTime, 'held on duty');
  before(j.queuedTime, 'queued', j.allocationTime, 'allocation');
  before(j.allocationTime, 'allocation', j.seenTime, 'seen');
  before(j.seenTime, 'seen', j.assessmentTime, 'assessment');
  before(j.referralTime, 'referral', j.assessmentTime, 'assessment');
  before(j.strategyTime, 'strategy discussion', j.conferenceTime, 'conference');
  before(j.seenTime, 'seen', j.conferenceTime, 'conference');
  for (const [t, n] of [[j.referralTime, 'referral'], [j.allocationTime, 'allocation'], [j.assessmentTime, 'assessment'],
    [j.conferenceTime, 'conference']] as const) before(t, n, j.closedTime, 'closed');
  for (const [t, n] of [[j.closedTime, 'closed'], [j.seenTime, 'seen'], [j.heldOnDutyTime, 'held on duty']] as const) {
    before(t, n, end, 'the end of the run');
  }
  if (j.strategyTime === undefined) needs(j.conferenceTime, 'a conference', undefined, 'strategy discussion');
  needs(j.allocationTime, 'an allocation', j.queuedTime, 'queued time');
  needs(j.seenTime, 'a seen time', j.allocationTime, 'allocation');
  needs(j.assessmentTime, 'an assessment', j.seenTime, 'seen time');
  if (j.queuedTime !== undefined && j.route === 'assessment' && j.queuedTime !== j.referralTime) {
    v.push(`${label(j)}: an assessment is queued at ${j.queuedTime}, not at referral`);
  }
  if (j.queuedTime !== undefined && j.route === 'strategy' && j.queuedTime !== j.strategyTime) {
    v.push(`${label(j)}: an enquiry is queued at ${j.queuedTime}, not at the strategy discussion`);
  }
  return v;
}

/** Route, outcome and change-of-worker bookkeeping of one journey. */
function stateViolations(j: Journey, out: ReplicationOutput): string[] {
  const v: string[] = [];
  const say = (text: string) => v.push(`${label(j)}: ${text}`);
  if (j.route === 'assessment' && (j.strategyTime !== undefined || j.conferenceTime !== undefined)) say('an assessment route with a strategy discussion or conference');
  if ((j.conferenceDue !== undefined) !== (j.strategyTime !== undefined)) say('conferenceDue is set exactly when a strategy discussion was held');
  if (j.conferenceTime !== undefined && j.conferenceDue !== true) say('a conference that was not due');
  if (j.conferenceTime !== undefined && j.assessmentTime !== j.conferenceTime) say('the assessment of a conference case completes at the conference');
  if (j.closedTime === undefined && j.outcome !== 'open' && !PLAN_OUTCOMES.has(j.outcome)) say(`outcome ${j.outcome} without a closing time`);
  if (j.closedTime !== undefined && j.outcome === 'open') say('closed with outcome open');
  if (j.outcome === 'noFurtherAction' && (j.route !== 'assessment' || j.closedTime !== j.referralTime || j.queuedTime !== undefined)) {
    say('no further action is decided at referral, before any queueing');
  }
  if (j.closedTime !== undefined && j.outcome !== 'noFurtherAction' && j.allocationTime === undefined) say('closed after casework without ever being allocated');
  if ((PLAN_OUTCOMES.has(j.outcome) || j.outcome === 'closed' || j.outcome === 'earlyHelp') && j.assessmentTime === undefined) {
    say(`outcome ${j.outcome} without a completed assessment`);
  }
  if (j.outcome === 'childProtectionPlan' && j.conferenceTime === undefined) say('a child protection plan without a conference');
  if (!(j.heldOnDutyDays >= 0)) say(`held on duty for ${j.heldOnDutyDays} days`);
  if (j.heldOnDutyDays > 0 && j.heldOnDutyTime === undefined) say('days held on duty but never held');
  if (!(j.priorContacts >= j.unlinkedClosedPriorContacts && j.unlinkedClosedPriorContacts >= 0)) say('more unlinked prior contacts than prior contacts');
  if (j.allocationTime === undefined) {
    if (j.workers.length !== 0 || j.workerChanges !== 0) say('workers recorded without an allocation');
  } else if (j.workerChanges !== j.workers.length - 1) {
    say(`workerChanges ${j.workerChanges} but ${j.workers.length} workers`);
  }
  const first = j.workers[0] === undefined ? undefined : out.workers[j.workers[0]];
  if (j.workers.some((w) => out.workers[w] === undefined)) say('an unknown worker id');
  if (j.workers.some((w, k) => k > 0 && j.workers[k - 1] === w)) say('the same worker twice in a row counted as a change');
  if (first && j.allocationTime !== undefined && !(first.start <= j.allocationTime && j.allocationTime <= (first.end ?? out.end))) {
    say(`first allocated to ${first.label}, who was not in post at ${j.allocationTime}`);
  }
  v.push(...spellViolations(j, out));
  return v;
}

/**
 * Each worker's spell with the case: one start per worker, the first at allocation; spells in time
 * order without overlap, each within the worker's time in post; only the last may still be open,
 * and it is closed when the case closed while held.
 */
function spellViolations(j: Journey, out: ReplicationOutput): string[] {
  const v: string[] = [];
  const say = (text: string) => v.push(`${label(j)}: ${text}`);
  if (j.workerStarts.length !== j.workers.length) say(`${j.workerStarts.length} spell starts for ${j.workers.length} workers`);
  if (j.workerEnds.length !== j.workers.length && j.workerEnds.length !== j.workers.length - 1 && j.workers.length > 0) {
    say(`${j.workerEnds.length} spell ends for ${j.workers.length} workers`);
  }
  if (j.workerStarts[0] !== j.allocationTime) say(`first spell starts at ${j.workerStarts[0]}, allocation at ${j.allocationTime}`);
  j.workers.forEach((id, k) => {
    const start = j.workerStarts[k];
    const end = j.workerEnds[k];
    const next = j.workerStarts[k + 1];
    const worker = out.workers[id];
    if (start === undefined) return;
    if (end !== undefined && !(start <= end)) say(`spell ${k} ends at ${end}, before it starts at ${start}`);
    if (next !== undefined && (end === undefined || !(end <= next))) say(`spell ${k + 1} starts at ${next} before spell ${k} ends (${end})`);
    if (worker && !(worker.start <= start && (end ?? start) <= (worker.end ?? out.end))) say(`spell ${k} outside ${worker.label}'s time in post`);
  });
  const lastEnd = j.workerEnds.at(-1);
  if (j.closedTime !== undefined && j.workers.length > 0) {
    if (j.workerEnds.length < j.workers.length) say('closed with a worker spell still open');
    else if (lastEnd === undefined || !(lastEnd <= j.closedTime)) say('last spell ends after closure');
  }
  return v;
}

/** Per child: episodes numbered 0, 1, … in time order, each referral after the previous closed, re-referral flags right. */
function childViolations(journeys: readonly Journey[]): string[] {
  const v: string[] = [];
  const byChild = new Map<number, Journey[]>();
  for (const j of journeys) {
    const list = byChild.get(j.child);
    if (list) list.push(j);
    else byChild.set(j.child, [j]);
  }
  for (const [child, list] of byChild) {
    list.forEach((j, k) => {
      if (j.episode !== k) v.push(`child ${child}: episode ${j.episode} stored at position ${k}`);
      const prev = list[k - 1];
      if (!prev) {
        if (j.rereferral) v.push(`${label(j)}: a re-referral with no earlier referral`);
        return;
      }
      if (prev.closedTime === undefined || !(prev.closedTime <= j.referralTime)) v.push(`${label(j)}: referred while episode ${prev.episode} was open`);
      if (j.rereferral !== (j.referralTime - prev.referralTime <= 365)) v.push(`${label(j)}: re-referral flag wrong`);
    });
  }
  return v;
}

/** Every invariant of the stored journeys; cross-record checks only when nothing was dropped. */
export function journeyViolations(out: ReplicationOutput): string[] {
  const v: string[] = [];
  for (const j of out.journeys) {
    if (!(j.child >= 0)) v.push(`${label(j)}: a background case stored as a journey`);
    v.push(...orderViolations(j, out.end), ...stateViolations(j, out));
  }
  if (out.droppedRecords === 0) v.push(...childViolations(out.journeys));
  return v;
}
