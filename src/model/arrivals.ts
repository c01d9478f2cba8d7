import type { ChildState } from './entities.js';
import type { ModelContext } from './modelContext.js';
import { trace } from './modelContext.js';
import { weekdayFactor } from './dayTable.js';
import { contactArrives } from './pathway.js';
import { contactGapStream, needsStream, newChildKey } from './randomKeys.js';
import type { Risk } from './records.js';

/** Most contacts one concern episode can bring, a guard against extreme parameter values. */
export const MAX_CONTACTS_PER_EPISODE = 20;

function drawRisk(ctx: ModelContext, u: number): Risk {
  const mix = ctx.scenario.demand.riskMix;
  const total = mix.low + mix.medium + mix.high;
  if (u < mix.low / total) return 'low';
  if (u < (mix.low + mix.medium) / total) return 'medium';
  return 'high';
}

/** Number of contacts in an episode: 1 plus a geometric count with the scenario's mean. */
function drawContactCount(mean: number, u: number): number {
  if (mean <= 1) return 1;
  const q = (mean - 1) / mean;
  const extra = Math.floor(Math.log(1 - u) / Math.log(q));
  return Math.min(MAX_CONTACTS_PER_EPISODE, 1 + extra);
}

/** Creates the next child, with latent risk and pre-drawn contact times, and schedules its contacts. */
export function createChild(ctx: ModelContext): ChildState {
  const id = ctx.frontDoor.nextChildId++;
  const key = newChildKey(ctx.streams.needs);
  const needs = needsStream(key);
  const risk = drawRisk(ctx, needs());
  const count = drawContactCount(ctx.scenario.demand.contactsPerChild[risk], needs());
  const child: ChildState = {
    id, key, risk, referrals: 0, contacts: [], open: false,
    lastReferralTime: Number.NEGATIVE_INFINITY, lastClosedTime: Number.NEGATIVE_INFINITY, traced: id === ctx.log.tracedChild,
  };
  if (child.traced) trace(ctx, child, `Child ${id} comes to notice (latent need: ${risk}; the front door cannot see this).`);
  let t = ctx.sim.now;
  for (let i = 0; i < count; i++) {
    if (i > 0) t += ctx.samplers.contactGapDays(contactGapStream(key, i));
    if (t > ctx.end) break;
    ctx.sim.scheduleAt(t, contactArrives, { ctx, child, episode: 0, index: i });
  }
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
