import type { OutcomeShares } from '../scenario/schema.js';
import type { ChildState, ModelContext } from './context.js';
import { trace } from './context.js';
import { contactDraws, contactEffortStream, contactInformationStream, inSchoolHoliday } from './children.js';
import type { ContactDraws } from './children.js';
import { startReferral } from './referral.js';
import type { ContactDecision, ContactRecord } from './types.js';

interface ContactEvent {
  ctx: ModelContext;
  child: ChildState;
  episode: number;
  index: number;
}

interface ScreeningEvent extends ContactEvent {
  record: ContactRecord;
  draws: ContactDraws;
}

const DECISION_WORDS: Record<ContactDecision, string> = {
  noFurtherAction: 'no further action',
  earlyHelp: 'early help',
  referral: 'a referral for assessment',
  strategyDiscussion: 'a strategy discussion (suspected significant harm)',
  openCase: 'added to the open case',
  divertedToEarlyHelp: 'answered by an early-help family hub',
};

/** A contact about a child arrives: record it, then divert, refer directly or queue for screening. */
export function contactArrives(ev: ContactEvent): void {
  const { ctx, child, episode, index } = ev;
  const draws = contactDraws(ctx, child, episode, index);
  const now = ctx.sim.now;
  if (draws.source === 'school' && inSchoolHoliday(ctx, now)
      && draws.uHoliday >= ctx.scenario.demand.schoolHolidays.schoolContactFactor) {
    return; // school is closed: nobody there to raise this concern
  }
  const record: ContactRecord = {
    child: child.id, episode, index, time: now, source: draws.source, risk: child.risk,
    earlierInWindow: 0, linked: false, decision: undefined, decisionTime: undefined,
  };
  child.contacts.push(record);
  storeContact(ctx, record);
  if (child.traced) trace(ctx, child, `Contact from ${sourceWords(draws.source)}.`);
  const scenario = ctx.scenario;
  if (scenario.validation?.directToAllocation) {
    decide({ ctx, child, episode, index, record, draws }, 'referral');
    return;
  }
  if (child.risk === 'low' && !child.open && draws.uDiversion < scenario.demand.earlyHelpDiversion) {
    decide({ ctx, child, episode, index, record, draws }, 'divertedToEarlyHelp');
    return;
  }
  ctx.screeners.request(screeningStarts, { ctx, child, episode, index, record, draws });
}

function storeContact(ctx: ModelContext, record: ContactRecord): void {
  if (ctx.contacts.length < ctx.maxStoredRecords) ctx.contacts.push(record);
  else ctx.droppedRecords++;
}

function screeningStarts(ev: ScreeningEvent): void {
  const { ctx } = ev;
  const start = ctx.calendar.nextWorkingTime(ctx.sim.now);
  const effortDays = ctx.samplers.screeningEffortHours(contactEffortStream(ev.child, ev.episode, ev.index)) / ctx.scenario.screening.hoursPerDay;
  const finish = ctx.calendar.addWorkingDays(start, effortDays);
  ctx.sim.scheduleAt(finish, screeningEnds, ev);
}

function screeningEnds(ev: ScreeningEvent): void {
  const { ctx, draws } = ev;
  ctx.screeners.release();
  const info = ctx.scenario.screening.furtherInformation;
  if (draws.uInformation < info.share) {
    const delay = ctx.samplers.furtherInformationDelay(contactInformationStream(ev.child, ev.episode, ev.index));
    if (ev.child.traced) trace(ctx, ev.child, `More information sought before a decision (a threshold visit or checks).`);
    ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(ctx.sim.now, delay), decideAfterScreening, ev);
  } else {
    decideAfterScreening(ev);
  }
}

/** Links earlier contacts inside the window with the scenario's probability. */
function link(ctx: ModelContext, child: ChildState, record: ContactRecord, uLink: number): void {
  const { probability, windowWorkingDays } = ctx.scenario.screening.linking;
  const now = ctx.sim.now;
  let m = 0;
  for (const c of child.contacts) {
    if (c === record) break;
    if (c.time <= now && ctx.calendar.workingDaysBetween(c.time, now) <= windowWorkingDays) m++;
  }
  record.earlierInWindow = m;
  record.linked = m > 0 && uLink < 1 - Math.pow(1 - probability, m);
}

function pick(shares: OutcomeShares, u: number): ContactDecision {
  const order: (keyof OutcomeShares)[] = ['noFurtherAction', 'earlyHelp', 'referral', 'strategyDiscussion'];
  const total = order.reduce((s, k) => s + shares[k], 0);
  if (total <= 0) return 'noFurtherAction';
  let acc = 0;
  for (const k of order) {
    acc += shares[k] / total;
    if (u < acc) return k;
  }
  return 'strategyDiscussion';
}

function decideAfterScreening(ev: ScreeningEvent): void {
  const { ctx, child, record, draws } = ev;
  link(ctx, child, record, draws.uLink);
  if (record.linked) trace(ctx, child, `The screener links this to ${record.earlierInWindow} earlier contact(s) about the child.`);
  else if (record.earlierInWindow > 0) trace(ctx, child, `${record.earlierInWindow} earlier contact(s) about the child are not linked: the screener sees this one alone.`);
  if (child.open) {
    decide(ev, 'openCase');
    return;
  }
  const outcomes = record.linked ? ctx.scenario.screening.outcomes.linked : ctx.scenario.screening.outcomes.unlinked;
  decide(ev, pick(outcomes[child.risk], draws.uDecision));
}

function decide(ev: ScreeningEvent, decision: ContactDecision): void {
  const { ctx, child, record } = ev;
  record.decision = decision;
  record.decisionTime = ctx.sim.now;
  if (child.traced) trace(ctx, child, `Decision: ${DECISION_WORDS[decision]}.`);
  if (decision === 'referral' || decision === 'strategyDiscussion') {
    startReferral(ctx, child, record, decision === 'strategyDiscussion' ? 'strategy' : 'assessment');
  }
}

function sourceWords(source: string): string {
  const words: Record<string, string> = {
    police: 'the police', school: 'the school', health: 'health services', localAuthority: 'another council service',
    family: 'a family member', anonymous: 'an anonymous caller', other: 'another agency',
  };
  return words[source] ?? source;
}
