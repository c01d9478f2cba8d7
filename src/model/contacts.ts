import type { ChildState, ContactEvent, ScreeningEvent } from './entities.js';
import type { ModelContext } from './modelContext.js';
import { trace } from './modelContext.js';
import { inSchoolHoliday } from './dayTable.js';
import { concernStream, contactDraws, contactGapStream, returnStream } from './randomKeys.js';
import { queueForScreening } from './screening.js';
import type { ContactDecision, ContactRecord } from './records.js';
import { DECISION_WORDS, sourceWords } from './storyWords.js';
import { readRisk } from './triage.js';

/**
 * A child's concerns and contacts, the first part of a referral's path: a concern brings one or
 * more contacts, each is recorded and diverted, referred directly or screened, and its decision
 * may start a referral (the `referred` transition, which `pathway.ts` carries on from). A concern
 * that is over may bring the child back with a new one.
 */

/** Most contacts one concern episode can bring, a guard against extreme parameter values. */
export const MAX_CONTACTS_PER_EPISODE = 20;

// 1. A concern: one or more contacts about the child, days or weeks apart.

/** Number of contacts in a concern episode: 1 plus a geometric count with the scenario's mean. */
export function drawContactCount(mean: number, u: number): number {
  if (mean <= 1) return 1;
  const q = (mean - 1) / mean;
  const extra = Math.floor(Math.log(1 - u) / Math.log(q));
  return Math.min(MAX_CONTACTS_PER_EPISODE, 1 + extra);
}

/** A new concern episode about the child: schedules its contacts (`count` of them, or drawn from the child's stream for this concern). */
export function concernStarts(ctx: ModelContext, child: ChildState, count?: number): void {
  const concern = child.concerns++;
  const n = count ?? drawContactCount(ctx.scenario.demand.contactsPerChild[child.risk], concernStream(child.key, concern)());
  let t = ctx.sim.now;
  for (let i = 0; i < n; i++) {
    if (i > 0) t += ctx.samplers.contactGapDays(contactGapStream(child.key, concern, i));
    if (t > ctx.end) break;
    child.pendingContacts++;
    ctx.sim.scheduleAt(t, contactArrives, { ctx, child, episode: concern, index: i, record: undefined, visited: false });
  }
}

function concernReturns(ev: { ctx: ModelContext; child: ChildState }): void {
  if (ev.child.traced) trace(ev.ctx, ev.child, 'The child comes to notice again with a new concern.');
  concernStarts(ev.ctx, ev.child);
}

/**
 * A concern is over (its contacts decided and any referral closed): the child may come back with a
 * new one, more often after a referral, and more often still after a case closed under pressure.
 */
export function concernEnds(ctx: ModelContext, child: ChildState, referred: boolean, closedEarly: boolean): void {
  const r = ctx.scenario.demand.returns;
  const rng = returnStream(child.key, child.concerns - 1);
  const returnsSoFar = child.concerns - 1;
  const p = Math.min(1, (referred ? r.afterReferral : r.afterContact) * (closedEarly ? r.prematureClosureMultiplier : 1))
    * Math.pow(r.keptPerReturn, returnsSoFar);
  if (rng() >= p) return;
  const t = ctx.sim.now + ctx.samplers.returnDelay(rng);
  if (t <= ctx.end) ctx.sim.scheduleAt(t, concernReturns, { ctx, child });
}

/** One of the child's contacts is done with (decided, or never raised): the concern ends when none is left and no case is open. */
function contactDone(ctx: ModelContext, child: ChildState): void {
  child.pendingContacts--;
  if (child.pendingContacts === 0 && !child.open) concernEnds(ctx, child, false, false);
}

// 2. Contact: record it, then divert, refer directly or queue for screening.

/** Event handler: a contact about a child arrives. */
export function contactArrives(ev: ContactEvent): void {
  const { ctx, child, episode, index } = ev;
  const draws = contactDraws(child.key, episode, index, ctx.frontDoor.sourceThresholds);
  const now = ctx.sim.now;
  if (draws.source === 'school' && inSchoolHoliday(ctx, now)
      && draws.uHoliday >= ctx.scenario.demand.schoolHolidays.schoolContactFactor) {
    contactDone(ctx, child);
    return; // school is closed: nobody there to raise this concern
  }
  const record: ContactRecord = {
    child: child.id, episode, index, time: now, source: draws.source, risk: child.risk,
    earlierInWindow: 0, linked: false, assessedRisk: undefined, decision: undefined, decisionTime: undefined,
  };
  child.contacts.push(record);
  if (ctx.log.contacts.length < ctx.log.maxStored) ctx.log.contacts.push(record);
  else ctx.log.dropped++;
  if (child.traced) trace(ctx, child, `Contact from ${sourceWords(draws.source)}.`);
  const scenario = ctx.scenario;
  ev.record = record;
  const screening = ev as ScreeningEvent; // its record is set: it goes on to screening
  if (scenario.validation?.directToAllocation) {
    contactDecided(ctx, screening, 'referral');
    return;
  }
  if (!child.open && scenario.demand.earlyHelpDiversion > 0) {
    // A family hub answers contacts it reads as low risk, on the contact alone.
    const reading = readRisk(child.risk, scenario.screening.triage.accuracy, draws.uTriage, draws.uTriageLevel, scenario.demand.riskMix);
    if (reading === 'low' && draws.uDiversion < scenario.demand.earlyHelpDiversion) {
      record.assessedRisk = reading;
      contactDecided(ctx, screening, 'divertedToEarlyHelp');
      return;
    }
  }
  queueForScreening(ctx, screening);
}

// 3. Decision: a referral starts an episode.

/** The front door has decided what to do with a contact: a referral or strategy discussion starts an episode; the concern may end. */

export function contactDecided(ctx: ModelContext, ev: ScreeningEvent, decision: ContactDecision): void {
  const { child, record } = ev;
  record.decision = decision;
  record.decisionTime = ctx.sim.now;
  if (child.traced) trace(ctx, child, `Decision: ${DECISION_WORDS[decision]}.`);
  if (decision === 'referral' || decision === 'strategyDiscussion') {
    ctx.transitions.referred(ctx, child, record, decision === 'strategyDiscussion' ? 'strategy' : 'assessment');
  }
  contactDone(ctx, child);
}
