import type { Post, Worker } from './entities.js';
import type { ModelContext } from './modelContext.js';
import { borrowPostStream, nextKey, POST_PURPOSE, postStream, SPELL_SLOT } from './randomKeys.js';
import type { WorkerRecord } from './records.js';
import { residualLife } from './residualLife.js';
import { giveStartingCaseload } from './startingCaseload.js';

/**
 * The case-holding workforce: posts filled by permanent or agency social workers or vacant;
 * turnover (rising with caseload pressure), recruitment lag, agency cover decided once per vacancy
 * with assignments renewed or the worker replaced, agency workers beyond the establishment,
 * ramp-up of new starters, and sickness absence. Every draw comes from a stream keyed by the post
 * (and the worker's spell on it), so staffing is paired across scenarios. What these do to the
 * cases a worker holds (pausing, reallocation) goes through the transitions.
 */

/** Days between turnover reviews of each permanent worker (a discretised hazard). */
export const TURNOVER_REVIEW_DAYS = 7;

type LeavingReason = NonNullable<WorkerRecord['reason']>;

function reducedCap(ctx: ModelContext): number {
  const wf = ctx.scenario.workforce;
  return Math.max(1, Math.round(wf.caseloadCap * wf.newStarter.capShare));
}

function startWorker(ctx: ModelContext, post: Post, kind: WorkerRecord['kind'], experienced: boolean): Worker {
  const id = ctx.log.workers.length;
  const spell = post.spells++;
  const record: WorkerRecord = {
    id, kind, post: post.id, start: ctx.sim.now,
    label: `SW ${String(id + 1).padStart(3, '0')} (${kind})`,
  };
  ctx.log.workers.push(record);
  const wf = ctx.scenario.workforce;
  const rampDays = experienced ? 0 : kind === 'agency' ? wf.agency.rampWorkingDays : wf.newStarter.rampWorkingDays;
  const worker: Worker = {
    record, post, cases: [], cap: rampDays > 0 ? reducedCap(ctx) : wf.caseloadCap,
    absentUntil: 0, leaving: false, lastUpdate: ctx.sim.now, rate: 0,
    completionEvent: -1, nextCompleted: undefined, completion: undefined, rampEvent: -1,
    turnoverRng: postStream(post.key, POST_PURPOSE.spell(spell, SPELL_SLOT.turnover)),
    assignmentRng: postStream(post.key, POST_PURPOSE.spell(spell, SPELL_SLOT.assignment)),
    absenceRng: postStream(post.key, POST_PURPOSE.spell(spell, SPELL_SLOT.absence)),
  };
  if (rampDays > 0) {
    worker.rampEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(ctx.sim.now, rampDays), rampEnds, { ctx, worker });
  }
  post.worker = worker;
  ctx.staff.live.push(worker);
  if (kind === 'permanent') scheduleTurnoverReview(ctx, worker);
  else scheduleAssignmentEnd(ctx, worker);
  scheduleAbsence(ctx, worker);
  ctx.transitions.roomMayHaveOpened(ctx, ctx.sim.now);
  return worker;
}

function rampEnds(ev: { ctx: ModelContext; worker: Worker }): void {
  ev.worker.rampEvent = -1;
  if (ev.worker.leaving) return;
  ev.worker.cap = ev.ctx.scenario.workforce.caseloadCap;
  ev.ctx.transitions.roomMayHaveOpened(ev.ctx, ev.ctx.sim.now);
}

// Leaving: permanent turnover reviews, agency assignments.

function scheduleTurnoverReview(ctx: ModelContext, worker: Worker): void {
  ctx.sim.schedule(TURNOVER_REVIEW_DAYS, turnoverReview, { ctx, worker });
}

/** Yearly leaving hazard of a permanent worker holding `cases` (base turnover, burnout loop, cases above the cap). */
export function leavingHazardPerYear(ctx: ModelContext, cases: number): number {
  const wf = ctx.scenario.workforce;
  const b = wf.burnout;
  const pressured = cases >= b.caseloadShareOfCap * wf.caseloadCap;
  const overCap = Math.max(0, cases - wf.caseloadCap);
  return wf.permanent.turnoverPerYear * (pressured ? b.turnoverMultiplier : 1) * (1 + b.perCaseOverCap * overCap);
}

function turnoverReview(ev: { ctx: ModelContext; worker: Worker }): void {
  const { ctx, worker } = ev;
  if (worker.leaving) return;
  const p = 1 - Math.exp(-leavingHazardPerYear(ctx, worker.cases.length) * TURNOVER_REVIEW_DAYS / 365.25);
  if (worker.turnoverRng() < p) workerLeaves(ctx, worker, 'left');
  else scheduleTurnoverReview(ctx, worker);
}

function scheduleAssignmentEnd(ctx: ModelContext, worker: Worker): void {
  const weeks = ctx.samplers.agencyAssignmentWeeks(worker.assignmentRng);
  ctx.sim.schedule(weeks * 7, assignmentEnds, { ctx, worker });
}

/** An agency assignment ends: renewed with the same worker, or the worker leaves (and is replaced while the cover lasts). */
function assignmentEnds(ev: { ctx: ModelContext; worker: Worker }): void {
  const { ctx, worker } = ev;
  if (worker.leaving) return;
  if (worker.assignmentRng() < ctx.scenario.workforce.agency.renewalProbability) {
    scheduleAssignmentEnd(ctx, worker);
    return;
  }
  workerLeaves(ctx, worker, 'assignment-ended');
}

// Absence.

function scheduleAbsence(ctx: ModelContext, worker: Worker): void {
  const a = ctx.scenario.workforce.absence;
  if (a.rate <= 0 || a.rate >= 1) return;
  const episode = Math.max(1e-9, ctx.samplers.absenceEpisode(worker.absenceRng));
  const meanGap = episode * (1 - a.rate) / a.rate;
  const gap = -Math.log(1 - worker.absenceRng()) * meanGap;
  const start = ctx.calendar.addWorkingDays(ctx.sim.now, gap);
  ctx.sim.scheduleAt(start, absenceStarts, { ctx, worker, episode });
}

function absenceStarts(ev: { ctx: ModelContext; worker: Worker; episode: number }): void {
  const { ctx, worker, episode } = ev;
  if (worker.leaving) return;
  ctx.transitions.workerAway(ctx, worker, ctx.calendar.addWorkingDays(ctx.sim.now, episode));
  const longAfter = ctx.scenario.workforce.absence.reallocateAfterWorkingDays;
  if (episode > longAfter) {
    ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(ctx.sim.now, longAfter), longAbsence, { ctx, worker });
  }
  ctx.sim.scheduleAt(worker.absentUntil, absenceEnds, { ctx, worker });
}

/** A long absence: the worker's cases are reallocated; the worker comes back to an empty caseload. */
function longAbsence(ev: { ctx: ModelContext; worker: Worker }): void {
  if (ev.worker.leaving) return;
  ev.ctx.transitions.casesHandedBack(ev.ctx, ev.worker, 'is on long-term absence');
}

function absenceEnds(ev: { ctx: ModelContext; worker: Worker }): void {
  const { ctx, worker } = ev;
  if (worker.leaving) return;
  ctx.transitions.workerBack(ctx, worker);
  scheduleAbsence(ctx, worker);
}

/** A worker leaves: their cases go back for reallocation, and the post falls vacant unless the worker is being replaced. */
function workerLeaves(ctx: ModelContext, worker: Worker, reason: LeavingReason): void {
  if (worker.leaving) return;
  worker.leaving = true;
  worker.record.end = ctx.sim.now;
  worker.record.reason = reason;
  if (ctx.sim.now >= ctx.warmupEnd) ctx.staff.leaversThisWeek++;
  if (worker.rampEvent >= 0) ctx.sim.cancel(worker.rampEvent);
  ctx.transitions.casesHandedBack(ctx, worker, 'leaves');
  ctx.staff.live.splice(ctx.staff.live.indexOf(worker), 1);
  const post = worker.post;
  if (post.worker !== worker) return;
  post.worker = undefined;
  if (reason === 'replaced') return;
  if (!post.establishment || (reason === 'assignment-ended' && post.agencyCover)) coverAfterDelay(ctx, post);
  else postFallsVacant(ctx, post);
}

// Vacancies: permanent recruitment, and agency cover decided once for the vacancy.

/**
 * A post falls vacant: permanent recruitment starts, and whether agency workers cover the vacancy
 * is decided once for it. A vacancy open when the run starts has been open a while: its time to
 * fill is the residual of the time-to-fill distribution.
 */
function postFallsVacant(ctx: ModelContext, post: Post, atStart = false): void {
  const wf = ctx.scenario.workforce;
  if (post.permanentRecruitEvent >= 0) return;
  const rng = postStream(post.key, POST_PURPOSE.vacancy(post.vacancies++));
  post.vacancyRng = rng;
  const days = atStart ? residualLife(ctx.samplers.permanentFill, rng) : ctx.samplers.permanentFill(rng);
  post.permanentRecruitEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(ctx.sim.now, days), permanentStarts, { ctx, post });
  post.agencyCover = rng() < wf.agency.coverProbability;
  if (post.agencyCover && !atStart) coverAfterDelay(ctx, post);
}

/** An agency worker starts on the post after the cover delay (drawn from the vacancy's stream, or the post's own for posts beyond the establishment). */
function coverAfterDelay(ctx: ModelContext, post: Post): void {
  if (post.agencyCoverEvent >= 0) return;
  const rng = post.vacancyRng ?? (post.vacancyRng = postStream(post.key, POST_PURPOSE.vacancy(post.vacancies++)));
  const days = ctx.samplers.agencyCoverDelay(rng);
  post.agencyCoverEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(ctx.sim.now, days), agencyStarts, { ctx, post });
}

function permanentStarts(ev: { ctx: ModelContext; post: Post }): void {
  const { ctx, post } = ev;
  post.permanentRecruitEvent = -1;
  if (post.worker?.record.kind === 'permanent') return;
  if (post.worker) workerLeaves(ctx, post.worker, 'replaced');
  if (post.agencyCoverEvent >= 0) ctx.sim.cancel(post.agencyCoverEvent);
  post.agencyCoverEvent = -1;
  post.agencyCover = false;
  post.vacancyRng = undefined;
  startWorker(ctx, post, 'permanent', false);
}

function agencyStarts(ev: { ctx: ModelContext; post: Post }): void {
  const { ctx, post } = ev;
  post.agencyCoverEvent = -1;
  if (post.worker) return;
  startWorker(ctx, post, 'agency', false);
}

// A turnover shock (teaching).

function shockLeave(ev: { ctx: ModelContext; worker: Worker }): void {
  if (!ev.worker.leaving) workerLeaves(ev.ctx, ev.worker, 'shock');
}

function startShock({ ctx }: { ctx: ModelContext }): void {
  const shock = ctx.scenario.workforce.shock;
  if (!shock) return;
  for (const post of ctx.staff.posts) {
    const worker = post.worker;
    if (!worker || worker.record.kind !== 'permanent') continue;
    const rng = borrowPostStream(post.key, POST_PURPOSE.shock);
    if (rng() < shock.permanentShareLeaving) ctx.sim.schedule(rng() * shock.durationDays, shockLeave, { ctx, worker });
  }
}

function newPost(ctx: ModelContext, establishment: boolean): Post {
  const post: Post = {
    id: ctx.staff.posts.length, key: nextKey(ctx.streams.posts), establishment, worker: undefined, spells: 0, vacancies: 0,
    vacancyRng: undefined, agencyCover: false, permanentRecruitEvent: -1, agencyCoverEvent: -1,
  };
  ctx.staff.posts.push(post);
  return post;
}

/**
 * Fills the establishment posts at time 0 (permanent, agency or vacant), adds the agency posts
 * beyond the establishment, gives each worker a starting caseload, and plans any shock.
 */
export function startWorkforce(ctx: ModelContext): void {
  const wf = ctx.scenario.workforce;
  for (let k = 0; k < wf.posts; k++) {
    const post = newPost(ctx, true);
    const u = borrowPostStream(post.key, POST_PURPOSE.initial)();
    if (u < wf.initialPermanentShare) {
      startWorker(ctx, post, 'permanent', true);
      continue;
    }
    // A vacancy open at the start: covered by an agency worker already in post, or not covered.
    postFallsVacant(ctx, post, true);
    post.agencyCover = u < wf.initialPermanentShare + wf.initialAgencyShare;
    if (post.agencyCover) startWorker(ctx, post, 'agency', true);
  }
  const extra = Math.round(wf.posts * wf.agency.additionalShareOfPosts);
  for (let k = 0; k < extra; k++) startWorker(ctx, newPost(ctx, false), 'agency', true);
  for (const worker of ctx.staff.live) giveStartingCaseload(ctx, worker);
  if (wf.shock) ctx.sim.scheduleAt(ctx.warmupEnd + wf.shock.atDay, startShock, { ctx });
}
