import { meanOf } from '../random/index.js';
import type { ChildState } from './entities.js';
import type { ModelContext } from './modelContext.js';
import { KNOWN_CHILD_IDS, trace } from './modelContext.js';
import { weekdayFactor } from './dayTable.js';
import { concernStarts, drawContactCount } from './contacts.js';
import { needsStream, newChildKey } from './randomKeys.js';
import { residualLife } from './residualLife.js';
import type { Risk } from './records.js';

function drawRisk(mix: Readonly<Record<Risk, number>>, u: number): Risk {
  const total = mix.low + mix.medium + mix.high;
  if (u < mix.low / total) return 'low';
  if (u < (mix.low + mix.medium) / total) return 'medium';
  return 'high';
}

/** A child coming to notice with `concerns` concern episodes behind it, nothing open and no referral yet. */
function newChild(ctx: ModelContext, id: number, key: number, risk: Risk, concerns: number): ChildState {
  return {
    id, key, risk, referrals: 0, concerns, pendingContacts: 0, contacts: [], open: false,
    lastReferralTime: Number.NEGATIVE_INFINITY, lastClosedTime: Number.NEGATIVE_INFINITY, traced: id === ctx.log.tracedChild,
  };
}

/** Creates the next child, with latent risk and pre-drawn contact times, and schedules its contacts. */
export function createChild(ctx: ModelContext): ChildState {
  const id = ctx.frontDoor.nextChildId++;
  const key = newChildKey(ctx.streams.needs);
  const needs = needsStream(key);
  const risk = drawRisk(ctx.scenario.demand.riskMix, needs());
  const count = drawContactCount(ctx.scenario.demand.contactsPerChild[risk], needs());
  const child = newChild(ctx, id, key, risk, 0);
  if (child.traced) trace(ctx, child, `Child ${id} comes to notice (latent need: ${risk}; the front door cannot see this).`);
  concernStarts(ctx, child, count);
  return child;
}

interface ArrivalData {
  ctx: ModelContext;
  maxFactor: number;
}

function nextChildArrival(data: ArrivalData): void {
  const { ctx, maxFactor } = data;
  const baseRate = ctx.scenario.demand.childrenPerYear / 365.25;
  const envelope = baseRate * maxFactor;
  // Thinning (Lewis and Shedler): candidates at the envelope rate, kept with rate(t)/envelope.
  let t = ctx.sim.now;
  for (;;) {
    t += -Math.log(1 - ctx.streams.arrivals()) / envelope;
    if (t > ctx.end) return;
    if (ctx.streams.arrivals() * envelope <= baseRate * (ctx.days.weekdayFactor[Math.floor(t)] ?? weekdayFactor(ctx, t))) break;
  }
  ctx.sim.scheduleAt(t, childArrives, data);
}

function childArrives(data: ArrivalData): void {
  createChild(data.ctx);
  nextChildArrival(data);
}

/** Starts the arrival process of new children. */
export function startArrivals(ctx: ModelContext): void {
  const f = ctx.scenario.demand.weekdayFactors;
  const mean = f.reduce((a, b) => a + b, 0) / 7;
  if (ctx.scenario.demand.childrenPerYear <= 0 || mean <= 0) return;
  nextChildArrival({ ctx, maxFactor: Math.max(...f) / mean });
}

/** Event handler: a child known from before the run comes back with a new concern (its first in the run is its second). */
export function knownChildReturns(ev: { ctx: ModelContext; id: number; key: number }): void {
  const { ctx, id, key } = ev;
  const risk = drawRisk(ctx.scenario.demand.returns.knownBeforeRun.riskMix, needsStream(key)());
  const child = newChild(ctx, id, key, risk, 1);
  if (child.traced) trace(ctx, child, `Child ${id}, known from before, comes back with a new concern (latent need: ${risk}; the front door cannot see this).`);
  concernStarts(ctx, child);
}

/**
 * Schedules the returns of children known from before the run: concerns that ended before day 0
 * at a steady rate come back at the times left on their return delays, so their returns form a
 * Poisson process whose rate (perNewChild × childrenPerYear at day 0) fades as the delay distribution's survival
 * function. Its count is Poisson with mean perYear × mean delay, and each time is a draw from the
 * delay's equilibrium residual life.
 */
export function startKnownReturns(ctx: ModelContext): void {
  const known = ctx.scenario.demand.returns.knownBeforeRun;
  const perYear = known.perNewChild * ctx.scenario.demand.childrenPerYear;
  if (perYear <= 0) return;
  const expected = (perYear / 365.25) * meanOf(ctx.scenario.demand.returns.delayDays);
  const rng = ctx.streams.history;
  let id = KNOWN_CHILD_IDS;
  // A Poisson count: unit exponential gaps until their sum passes the mean.
  for (let sum = -Math.log(1 - rng()); sum < expected; sum += -Math.log(1 - rng())) {
    const t = residualLife(ctx.samplers.returnDelay, rng);
    const key = newChildKey(rng);
    if (t <= ctx.end) ctx.sim.scheduleAt(t, knownChildReturns, { ctx, id, key });
    id++;
  }
}
