import type { CaseEvent, CaseItem, ChildState, CompletionArgs, Worker } from './entities.js';
import type { ModelContext, Transitions } from './modelContext.js';
import { trace } from './modelContext.js';
import { enqueue, leaveQueue, requestAllocation } from './allocation.js';
import { attach, changeKind, deadlineApproaches, detach, pauseUntil, reschedule, resume, seenByNow, settle } from './casework.js';
import { concernEnds, contactDecided } from './contacts.js';
import { caseEvent, newCaseItem, newJourney } from './newRecords.js';
import { journeyDraws } from './randomKeys.js';
import type { ContactRecord, Journey, Outcome } from './records.js';
import { outcomeWords } from './storyWords.js';

/**
 * A referral's path from referral to closure: every transition of a child's case after the front
 * door's decision, in the order a child meets them (concerns and contacts are in `contacts.ts`).
 * The mechanisms (screening, allocation, casework, workforce) hold the state of their own part
 * and call these transitions (through `ctx.transitions`) instead of each other.
 */

/** Share of an assessment's work still to do after an enquiry that does not lead to a conference. */
export const ASSESSMENT_AFTER_ENQUIRY_SHARE = 0.5;

/** Working days between a completed enquiry and the earliest conference. */
export const CONFERENCE_PREPARATION_WORKING_DAYS = 1;

/** Adds hours of enquiry or assessment work started now to the measured window's total. */
function countCasework(ctx: ModelContext, hours: number): void {
  if (ctx.sim.now >= ctx.warmupEnd && ctx.sim.now < ctx.end) ctx.log.utilisation.caseworkHoursNeeded += hours;
}

// 4. Referral: no further action, a strategy discussion, or an assessment waiting for allocation.

/** A referral starts an episode: closed with no further action, a strategy discussion, or an assessment waiting for allocation. */
function startReferral(ctx: ModelContext, child: ChildState, record: ContactRecord, route: Journey['route']): void {
  const now = ctx.sim.now;
  const episode = child.referrals++;
  // This episode's contacts that arrived before the referring one; later ones may still be with the screeners.
  const contacts = child.contacts;
  const before = Math.max(0, contacts.indexOf(record));
  let firstContactTime = record.time;
  let priorContacts = 0;
  let unlinkedClosedPriorContacts = 0;
  for (let i = 0; i < before; i++) {
    const c = contacts[i] as ContactRecord;
    if (!(c.time > child.lastClosedTime)) continue;
    if (priorContacts === 0) firstContactTime = c.time;
    priorContacts++;
    if (!c.linked && (c.decision === 'noFurtherAction' || c.decision === 'earlyHelp' || c.decision === 'divertedToEarlyHelp')) unlinkedClosedPriorContacts++;
  }
  const journey = newJourney({
    child: child.id, episode, risk: child.risk, assessedRisk: record.assessedRisk ?? child.risk, source: record.source, route,
    firstContactTime, contactTime: record.time, referralTime: now, outcome: 'open',
    rereferral: now - child.lastReferralTime <= 365,
    priorContacts,
    unlinkedClosedPriorContacts,
  });
  child.lastReferralTime = now;
  child.open = true;
  child.current = journey;
  if (ctx.log.journeys.length < ctx.log.maxStored) ctx.log.journeys.push(journey);
  else ctx.log.dropped++;
  const draws = journeyDraws(child.key, episode);
  const item = newCaseItem({ journey, childState: child, kind: route === 'strategy' ? 's47' : 'assessment', worker: undefined, availableAt: now, draws });
  if (draws.uNoFurtherAction < ctx.scenario.casework.referralNoFurtherActionShare && route === 'assessment') {
    if (child.traced) trace(ctx, child, 'The referral is closed with no further action before assessment.');
    close(ctx, item, 'noFurtherAction');
    return;
  }
  if (route === 'strategy') {
    const delay = ctx.samplers.strategyDelay(draws.strategyRng);
    ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(now, delay), strategyDiscussionHeld, caseEvent(ctx, item));
    return;
  }
  item.totalHours = item.remainingHours = ctx.samplers.assessmentEffortHours(draws.effortRng);
  if (ctx.scenario.validation?.recordWorkHours) journey.workHours = item.totalHours;
  countCasework(ctx, item.totalHours);
  const focus = ctx.scenario.casework.deadlineFocus;
  ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(now, focus.fromWorkingDays), deadlineApproaches, caseEvent(ctx, item));
  enqueue(ctx, item);
}

function strategyDiscussionHeld(ev: CaseEvent): void {
  const { ctx, item } = ev;
  item.journey.strategyTime = ctx.sim.now;
  item.journey.conferenceDue = item.draws.uConference < ctx.scenario.strategy.conferenceShare;
  if (item.childState.traced) trace(ctx, item.childState, 'Strategy discussion held with police and health; a section 47 enquiry begins and needs a social worker.');
  item.totalHours = item.remainingHours = ctx.samplers.s47EffortHours(item.draws.effortRng);
  countCasework(ctx, item.totalHours);
  item.queuedAt = ctx.sim.now;
  enqueue(ctx, item);
}

// 5. Work completed: an enquiry goes to conference or on to an assessment; an assessment has an outcome.

function workCompleted(ev: CompletionArgs): void {
  const { ctx, worker } = ev;
  const item = worker.nextCompleted;
  worker.completionEvent = -1;
  worker.nextCompleted = undefined;
  if (item === undefined || item.worker !== worker) return;
  settle(ctx, worker);
  item.remainingHours = 0;
  const journey = item.journey;
  const d = item.draws;
  // An enquiry going to conference has its assessment completed for the conference.
  const toConference = item.kind === 's47' && d.uConference < ctx.scenario.strategy.conferenceShare;
  if (!toConference) journey.assessmentTime = ctx.sim.now;
  seenByNow(ctx, item);
  if (item.kind === 's47') {
    if (item.childState.traced) trace(ctx, item.childState, 'Section 47 enquiry complete.');
    if (toConference) {
      item.kind = 'awaitingConference';
      // Conferences are booked against the timescale from the strategy discussion, but cannot
      // sit before the enquiry is complete and written up (a working day).
      const booked = ctx.calendar.addWorkingDays(journey.strategyTime ?? ctx.sim.now, ctx.samplers.conferenceScheduling(d.conferenceRng));
      const earliest = ctx.calendar.addWorkingDays(ctx.sim.now, CONFERENCE_PREPARATION_WORKING_DAYS);
      ctx.sim.scheduleAt(Math.max(booked, earliest), conferenceHeld, caseEvent(ctx, item));
      reschedule(ctx, worker);
      return;
    }
    // Not substantiated: the child and family assessment carries on, part done during the enquiry.
    item.kind = 'assessment';
    item.totalHours = item.remainingHours = ASSESSMENT_AFTER_ENQUIRY_SHARE * ctx.samplers.assessmentEffortHours(d.effortRng);
    countCasework(ctx, item.totalHours);
    if (item.childState.traced) trace(ctx, item.childState, 'No conference needed; the assessment of the child\'s needs carries on.');
    reschedule(ctx, worker);
    return;
  }
  if (item.childState.traced) trace(ctx, item.childState, 'Child and family assessment complete.');
  if (underPressure(ctx, item)) journey.closedEarly = true;
  const o = ctx.scenario.casework.assessmentOutcomes;
  const total = o.close + o.earlyHelp + o.childInNeedPlan || 1;
  if (d.uOutcome < o.close / total) close(ctx, item, 'closed');
  else if (d.uOutcome < (o.close + o.earlyHelp) / total) close(ctx, item, 'earlyHelp');
  else startPlan(ctx, item, 'childInNeedPlan');
}

function conferenceHeld(ev: CaseEvent): void {
  const { ctx, item } = ev;
  item.journey.conferenceTime = ctx.sim.now;
  item.journey.assessmentTime = ctx.sim.now;
  const plan = item.draws.uProtectionPlan < ctx.scenario.strategy.protectionPlanShare ? 'childProtectionPlan' : 'childInNeedPlan';
  if (item.childState.traced) trace(ctx, item.childState, `Initial child protection conference held: ${plan === 'childProtectionPlan' ? 'a child protection plan' : 'a child in need plan'}.`);
  startPlan(ctx, item, plan);
}

// 6. Plan: holds a caseload slot for its duration; some cases move to a long-term team.

function startPlan(ctx: ModelContext, item: CaseItem, plan: 'childInNeedPlan' | 'childProtectionPlan'): void {
  item.journey.outcome = plan;
  // A plan started by a worker at or above the cap is cut short (support ends before the work is done).
  const pressured = underPressure(ctx, item);
  if (pressured) item.journey.closedEarly = true;
  changeKind(ctx, item, 'plan');
  const sampler = plan === 'childProtectionPlan' ? ctx.samplers.planChildProtection : ctx.samplers.planChildInNeed;
  const days = sampler(item.draws.planRng) * (pressured ? ctx.scenario.casework.prematureClosure.planShareKept : 1);
  if (plan === 'childInNeedPlan' && item.childState.traced) trace(ctx, item.childState, 'A child in need plan begins.');
  item.planEndEvent = ctx.sim.schedule(days, planEnds, caseEvent(ctx, item));
  if (item.worker && item.draws.uTransfer < ctx.scenario.allocation.transferAtPlanStart) {
    // The case moves from the assessment team to a long-term team: a change of social worker.
    if (item.childState.traced) trace(ctx, item.childState, 'The case transfers from the assessment team to a long-term team.');
    item.avoidWorker = item.worker;
    detach(ctx, item);
    item.availableAt = ctx.sim.now;
    enqueue(ctx, item);
  }
}

function planEnds(ev: CaseEvent): void {
  ev.item.planEndEvent = -1;
  close(ev.ctx, ev.item, ev.item.journey.outcome);
}

// 7. Closure: frees the worker's slot; once the concern is over the child may come back with a new one.

function withdraw(ctx: ModelContext, item: CaseItem): void {
  leaveQueue(ctx, item);
  if (item.worker) {
    detach(ctx, item);
    requestAllocation(ctx, ctx.sim.now);
  }
}

function close(ctx: ModelContext, item: CaseItem, outcome: Outcome): void {
  const now = ctx.sim.now;
  const { journey, childState: child } = item;
  withdraw(ctx, item);
  if (item.planEndEvent >= 0) ctx.sim.cancel(item.planEndEvent);
  item.planEndEvent = -1;
  if (journey.outcome === 'open') journey.outcome = outcome;
  journey.closedTime = now;
  child.open = false;
  child.current = undefined;
  child.lastClosedTime = now;
  if (child.traced) trace(ctx, child, `Case closed (${outcomeWords(journey.outcome)}).`);
  if (child.id >= 0 && child.pendingContacts === 0) concernEnds(ctx, child, true, journey.closedEarly);
}

/** Whether the case's worker is at or above the caseload cap: work done now is done under pressure. */
function underPressure(ctx: ModelContext, item: CaseItem): boolean {
  const worker = item.worker;
  return worker !== undefined && worker.cases.length >= ctx.scenario.workforce.caseloadCap;
}

// What changes in the workforce do to the cases.

function casesHandedBack(ctx: ModelContext, worker: Worker, why: string): void {
  const handover = ctx.scenario.workforce.handover;
  settle(ctx, worker);
  for (const item of [...worker.cases]) {
    detach(ctx, item);
    if (item.kind === 'assessment' || item.kind === 's47') {
      item.remainingHours += handover.progressLoss * (item.totalHours - item.remainingHours);
    }
    item.availableAt = ctx.calendar.addWorkingDays(ctx.sim.now, handover.delayWorkingDays);
    if (item.childState.traced) trace(ctx, item.childState, `${worker.record.label} ${why}; the case goes back to the unallocated queue.`);
    enqueue(ctx, item);
  }
}

/** The transitions, as the mechanisms call them. */
export const TRANSITIONS: Transitions = {
  contactDecided,
  referred: startReferral,
  allocated: (ctx, item, worker) => attach(ctx, worker, item),
  workCompleted,
  roomMayHaveOpened: requestAllocation,
  workerAway: pauseUntil,
  workerBack: (ctx, worker) => {
    resume(ctx, worker);
    requestAllocation(ctx, ctx.sim.now);
  },
  casesHandedBack,
  workloadChanged: reschedule,
  caseEnds: withdraw,
};
