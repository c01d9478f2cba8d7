import { keyedStream } from '../random/index.js';
import type { Rng } from '../random/index.js';
import type { CaseItem, ChildState, ModelContext } from './context.js';
import { trace } from './context.js';
import { PURPOSE } from './children.js';
import { enqueue, withdraw } from './allocation.js';
import { deadlineApproaches } from './casework.js';
import { contactArrives } from './screening.js';
import type { ContactRecord, Journey, Outcome } from './types.js';

/** Per-journey draws, fixed per child and episode so each scenario sees the same ones. */
export interface JourneyDraws {
  uNoFurtherAction: number;
  uOutcome: number;
  uConference: number;
  uProtectionPlan: number;
  uRereferral: number;
  uTransfer: number;
  strategyRng: Rng;
  effortRng: Rng;
  seenRng: Rng;
  planRng: Rng;
  conferenceRng: Rng;
  rereferralRng: Rng;
}

function journeyDraws(child: ChildState, episode: number): JourneyDraws {
  const u = keyedStream(child.key, PURPOSE.casework(episode, 0));
  const s = (k: number): Rng => keyedStream(child.key, PURPOSE.casework(episode, k));
  return {
    uNoFurtherAction: u(), uOutcome: u(), uConference: u(), uProtectionPlan: u(), uRereferral: u(), uTransfer: u(),
    strategyRng: s(1), effortRng: s(2), seenRng: s(3), planRng: s(4), conferenceRng: s(5), rereferralRng: s(6),
  };
}

/** Starts a referral episode from the contact that escalated. */
export function startReferral(ctx: ModelContext, child: ChildState, record: ContactRecord, route: Journey['route']): void {
  const now = ctx.sim.now;
  const episode = child.referrals++;
  // This episode's contacts that arrived before the referring one; later ones may still be with the screeners.
  const before = child.contacts.slice(0, Math.max(0, child.contacts.indexOf(record)));
  const episodeContacts = before.filter((c) => c.time > child.lastClosedTime);
  const journey: Journey = {
    child: child.id, episode, risk: child.risk, source: record.source, route,
    firstContactTime: episodeContacts[0]?.time ?? record.time, contactTime: record.time, referralTime: now,
    heldOnDutyDays: 0, outcome: 'open', workerChanges: 0, workers: [],
    rereferral: now - child.lastReferralTime <= 365,
    priorContacts: episodeContacts.length,
    unlinkedClosedPriorContacts: episodeContacts.filter(
      (c) => !c.linked && (c.decision === 'noFurtherAction' || c.decision === 'earlyHelp' || c.decision === 'divertedToEarlyHelp'),
    ).length,
  };
  child.lastReferralTime = now;
  child.open = true;
  child.current = journey;
  if (ctx.journeys.length < ctx.maxStoredRecords) ctx.journeys.push(journey);
  else ctx.droppedRecords++;
  const draws = journeyDraws(child, episode);
  const item: CaseItem = {
    journey, childState: child, kind: route === 'strategy' ? 's47' : 'assessment',
    remainingHours: 0, totalHours: 0, completionEvent: -1, seenEvent: -1, availableAt: now, queuedAt: now,
    planEndEvent: -1, draws, focused: false,
  };
  if (draws.uNoFurtherAction < ctx.scenario.casework.referralNoFurtherActionShare && route === 'assessment') {
    if (child.traced) trace(ctx, child, 'The referral is closed with no further action before assessment.');
    close(ctx, item, 'noFurtherAction');
    return;
  }
  if (route === 'strategy') {
    const delay = ctx.samplers.strategyDelay(draws.strategyRng);
    ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(now, delay), strategyDiscussionHeld, { ctx, item });
    return;
  }
  item.totalHours = item.remainingHours = ctx.samplers.assessmentEffortHours(draws.effortRng);
  const focus = ctx.scenario.casework.deadlineFocus;
  ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(now, focus.fromWorkingDays), deadlineApproaches, { ctx, item });
  enqueue(ctx, item);
}

function strategyDiscussionHeld(ev: { ctx: ModelContext; item: CaseItem }): void {
  const { ctx, item } = ev;
  item.journey.strategyTime = ctx.sim.now;
  item.journey.conferenceDue = item.draws.uConference < ctx.scenario.strategy.conferenceShare;
  if (item.childState.traced) trace(ctx, item.childState, 'Strategy discussion held with police and health; a section 47 enquiry begins and needs a social worker.');
  item.totalHours = item.remainingHours = ctx.samplers.s47EffortHours(item.draws.effortRng);
  item.queuedAt = ctx.sim.now;
  enqueue(ctx, item);
}

/** Closes a journey: frees the worker's slot, and may bring the child back later (re-referral). */
export function close(ctx: ModelContext, item: CaseItem, outcome: Outcome): void {
  const now = ctx.sim.now;
  const { journey, childState: child } = item;
  const worker = item.worker;
  const pressured = worker !== undefined && worker.cases.length >= worker.cap;
  withdraw(ctx, item);
  if (item.planEndEvent >= 0) ctx.sim.cancel(item.planEndEvent);
  item.planEndEvent = -1;
  if (journey.outcome === 'open') journey.outcome = outcome;
  journey.closedTime = now;
  child.open = false;
  child.current = undefined;
  child.lastClosedTime = now;
  if (child.traced) trace(ctx, child, `Case closed (${outcomeWords(journey.outcome)}).`);
  const r = ctx.scenario.casework.rereferral;
  const p = Math.min(1, r.probability * (pressured ? 1 + r.pressureUplift : 1));
  if (item.draws.uRereferral < p && child.id >= 0) {
    const t = now + ctx.samplers.rereferralDelay(item.draws.rereferralRng);
    if (t <= ctx.end) {
      ctx.sim.scheduleAt(t, contactArrives, { ctx, child, episode: journey.episode + 1, index: 0 });
    }
  }
}

/** Plain words for an outcome. */
export function outcomeWords(outcome: Outcome): string {
  const words: Record<Outcome, string> = {
    open: 'still open', noFurtherAction: 'no further action', closed: 'closed after assessment',
    earlyHelp: 'stepped down to early help', childInNeedPlan: 'child in need plan ended',
    childProtectionPlan: 'child protection plan ended',
  };
  return words[outcome];
}
