import { keyedStream } from '../random/index.js';
import type { Rng } from '../random/index.js';
import type { CaseItem, ChildState, ModelContext } from './context.js';
import { trace } from './context.js';
import { PURPOSE } from './children.js';
import { enqueue, withdraw } from './allocation.js';
import { deadlineApproaches } from './casework.js';
import { newCaseItem, newJourney } from './newRecords.js';
import { contactArrives } from './screening.js';
import type { ContactRecord, Journey, Outcome } from './types.js';

/** Per-journey draws, fixed per child and episode so each scenario sees the same ones. */
export interface JourneyDraws {
  readonly uNoFurtherAction: number;
  readonly uOutcome: number;
  readonly uConference: number;
  readonly uProtectionPlan: number;
  readonly uRereferral: number;
  readonly uTransfer: number;
  readonly strategyRng: Rng;
  readonly effortRng: Rng;
  readonly seenRng: Rng;
  readonly planRng: Rng;
  readonly conferenceRng: Rng;
  readonly rereferralRng: Rng;
}

/**
 * A journey's draws: the six uniforms at once, and each named stream made the first time it is used
 * (most journeys never need a conference or a plan), then kept, so later draws continue it.
 */
class KeyedJourneyDraws implements JourneyDraws {
  readonly uNoFurtherAction: number;
  readonly uOutcome: number;
  readonly uConference: number;
  readonly uProtectionPlan: number;
  readonly uRereferral: number;
  readonly uTransfer: number;
  private readonly key: number;
  private readonly episode: number;
  /** Streams by casework purpose number (1–6), made on first use. */
  private readonly streams: (Rng | undefined)[] = [];

  constructor(key: number, episode: number) {
    this.key = key;
    this.episode = episode;
    const u = keyedStream(key, PURPOSE.casework(episode, 0));
    this.uNoFurtherAction = u();
    this.uOutcome = u();
    this.uConference = u();
    this.uProtectionPlan = u();
    this.uRereferral = u();
    this.uTransfer = u();
  }

  private stream(k: number): Rng {
    return (this.streams[k] ??= keyedStream(this.key, PURPOSE.casework(this.episode, k)));
  }

  get strategyRng(): Rng { return this.stream(1); }
  get effortRng(): Rng { return this.stream(2); }
  get seenRng(): Rng { return this.stream(3); }
  get planRng(): Rng { return this.stream(4); }
  get conferenceRng(): Rng { return this.stream(5); }
  get rereferralRng(): Rng { return this.stream(6); }
}

function journeyDraws(child: ChildState, episode: number): JourneyDraws {
  return new KeyedJourneyDraws(child.key, episode);
}

/** Starts a referral episode from the contact that escalated. */
export function startReferral(ctx: ModelContext, child: ChildState, record: ContactRecord, route: Journey['route']): void {
  const now = ctx.sim.now;
  const episode = child.referrals++;
  // This episode's contacts that arrived before the referring one; later ones may still be with the screeners.
  const before = child.contacts.slice(0, Math.max(0, child.contacts.indexOf(record)));
  const episodeContacts = before.filter((c) => c.time > child.lastClosedTime);
  const journey = newJourney({
    child: child.id, episode, risk: child.risk, source: record.source, route,
    firstContactTime: episodeContacts[0]?.time ?? record.time, contactTime: record.time, referralTime: now, outcome: 'open',
    rereferral: now - child.lastReferralTime <= 365,
    priorContacts: episodeContacts.length,
    unlinkedClosedPriorContacts: episodeContacts.filter(
      (c) => !c.linked && (c.decision === 'noFurtherAction' || c.decision === 'earlyHelp' || c.decision === 'divertedToEarlyHelp'),
    ).length,
  });
  child.lastReferralTime = now;
  child.open = true;
  child.current = journey;
  if (ctx.journeys.length < ctx.maxStoredRecords) ctx.journeys.push(journey);
  else ctx.droppedRecords++;
  const draws = journeyDraws(child, episode);
  const item = newCaseItem({ journey, childState: child, kind: route === 'strategy' ? 's47' : 'assessment', worker: undefined, availableAt: now, draws });
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
