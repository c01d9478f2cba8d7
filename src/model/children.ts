import { drawKey, keyedStream } from '../random/index.js';
import type { Rng } from '../random/index.js';
import { CONTACT_SOURCES } from '../scenario/contactSources.js';
import type { ContactSource } from '../scenario/contactSources.js';
import type { ChildState, ModelContext } from './context.js';
import { trace } from './context.js';
import { contactArrives } from './screening.js';
import type { Risk } from './types.js';

/** Most contacts one concern episode can bring, a guard against extreme parameter values. */
export const MAX_CONTACTS_PER_EPISODE = 20;

/** Purpose keys for per-child streams: one stream per child, episode and purpose. */
export const PURPOSE = {
  needs: 1,
  contact: (episode: number, index: number, k: number) => 1000 + episode * 100_000 + index * 16 + k,
  casework: (episode: number, k: number) => 50 + episode * 100_000 + k,
} as const;

/** The draws that decide one contact, fixed per child so every scenario sees the same ones. */
export interface ContactDraws {
  source: ContactSource;
  uDecision: number;
  uLink: number;
  uInformation: number;
  uHoliday: number;
  uDiversion: number;
}

/** Draws for contact `index` of the child's episode. */
export function contactDraws(ctx: ModelContext, child: ChildState, episode: number, index: number): ContactDraws {
  const rng = keyedStream(child.key, PURPOSE.contact(episode, index, 0));
  const mix = ctx.scenario.demand.sourceMix;
  const u = rng();
  const total = CONTACT_SOURCES.reduce((sum, s) => sum + mix[s], 0);
  let acc = 0;
  let source: ContactSource = 'other';
  for (const s of CONTACT_SOURCES) {
    acc += mix[s] / total;
    if (u < acc) {
      source = s;
      break;
    }
  }
  return {
    source,
    uDecision: rng(),
    uLink: rng(),
    uInformation: rng(),
    uHoliday: rng(),
    uDiversion: rng(),
  };
}

/** The stream for how long screening contact `index` of the child's episode takes (made when screening starts). */
export function contactEffortStream(child: ChildState, episode: number, index: number): Rng {
  return keyedStream(child.key, PURPOSE.contact(episode, index, 1));
}

/** The stream for how long further information on that contact takes (made only when it is sought). */
export function contactInformationStream(child: ChildState, episode: number, index: number): Rng {
  return keyedStream(child.key, PURPOSE.contact(episode, index, 2));
}

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
  const id = ctx.nextChildId++;
  const key = drawKey(ctx.streams.needs);
  const needs = keyedStream(key, PURPOSE.needs);
  const risk = drawRisk(ctx, needs());
  const count = drawContactCount(ctx.scenario.demand.contactsPerChild[risk], needs());
  const child: ChildState = {
    id, key, risk, referrals: 0, contacts: [], open: false,
    lastReferralTime: Number.NEGATIVE_INFINITY, lastClosedTime: Number.NEGATIVE_INFINITY, traced: id === ctx.tracedChild,
  };
  if (child.traced) trace(ctx, child, `Child ${id} comes to notice (latent need: ${risk}; the front door cannot see this).`);
  let t = ctx.sim.now;
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      const gapRng = keyedStream(key, PURPOSE.contact(0, i, 3));
      t += ctx.samplers.contactGapDays(gapRng);
    }
    if (t > ctx.end) break;
    ctx.sim.scheduleAt(t, contactArrives, { ctx, child, episode: 0, index: i });
  }
  return child;
}

/** Relative contact rate on a given day (weekday pattern), normalised to mean 1. */
export function weekdayFactor(ctx: ModelContext, t: number): number {
  const f = ctx.scenario.demand.weekdayFactors;
  const mean = f.reduce((a, b) => a + b, 0) / 7;
  if (mean <= 0) return 0;
  return (f[ctx.calendar.weekday(t)] ?? 0) / mean;
}

/** Whether the date falls in a school holiday period (month-day ranges, which may wrap the year end). */
export function isSchoolHolidayDate(ctx: ModelContext, isoDate: string): boolean {
  const md = isoDate.slice(5);
  return ctx.scenario.demand.schoolHolidays.periods.some((p) =>
    p.from <= p.to ? md >= p.from && md <= p.to : md >= p.from || md <= p.to,
  );
}

/** Whether day t falls in a school holiday (tabulated per day over the run). */
export function inSchoolHoliday(ctx: ModelContext, t: number): boolean {
  const d = Math.floor(t);
  const flag = ctx.dayTable.schoolHoliday[d];
  return flag === undefined ? isSchoolHolidayDate(ctx, ctx.calendar.dateOf(t)) : flag === 1;
}

/** Per-day tables of the weekday factor and school holidays over the run, built once. */
export function buildDayTable(ctx: ModelContext): void {
  const days = Math.ceil(ctx.end) + 1;
  const factor = new Float64Array(days);
  const schoolHoliday = new Uint8Array(days);
  for (let d = 0; d < days; d++) {
    factor[d] = weekdayFactor(ctx, d);
    schoolHoliday[d] = isSchoolHolidayDate(ctx, ctx.calendar.dateOf(d)) ? 1 : 0;
  }
  ctx.dayTable = { weekdayFactor: factor, schoolHoliday };
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
    if (ctx.streams.arrivals() * envelope <= baseRate * (ctx.dayTable.weekdayFactor[Math.floor(t)] ?? weekdayFactor(ctx, t))) break;
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
