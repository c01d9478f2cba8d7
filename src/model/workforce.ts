import type { CaseItem, ChildState, Post, Worker } from './entities.js';
import type { ModelContext } from './modelContext.js';
import { newCaseItem, newJourney } from './newRecords.js';
import type { WorkerRecord } from './records.js';

/**
 * The case-holding workforce: posts filled by permanent or agency social workers or vacant;
 * turnover (with an optional caseload-pressure multiplier), recruitment lag, agency cover and
 * assignment ends, new-starter ramp-up and sickness absence. What these do to the cases a worker
 * holds (pausing, reallocation) goes through the transitions.
 */

/** Days between turnover reviews of each permanent worker (a discretised hazard). */
export const TURNOVER_REVIEW_DAYS = 7;

function startWorker(ctx: ModelContext, post: Post, kind: WorkerRecord['kind'], experienced: boolean): Worker {
  const id = ctx.log.workers.length;
  const record: WorkerRecord = {
    id, kind, post: post.id, start: ctx.sim.now,
    label: `SW ${String(id + 1).padStart(3, '0')} (${kind})`,
  };
  ctx.log.workers.push(record);
  const wf = ctx.scenario.workforce;
  const ramp = !experienced && wf.newStarter.rampWorkingDays > 0;
  const worker: Worker = {
    record, cases: [], cap: ramp ? Math.max(1, Math.round(wf.caseloadCap * wf.newStarter.capShare)) : wf.caseloadCap,
    absentUntil: 0, leaving: false, lastUpdate: ctx.sim.now, rate: 0, rampEvent: -1,
  };
  if (ramp) {
    worker.rampEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(ctx.sim.now, wf.newStarter.rampWorkingDays), rampEnds, { ctx, worker });
  }
  post.worker = worker;
  ctx.staff.live.push(worker);
  if (kind === 'permanent') scheduleTurnoverReview(ctx, worker);
  else {
    const weeks = ctx.samplers.agencyAssignmentWeeks(ctx.streams.agency);
    ctx.sim.schedule(weeks * 7, workerLeaves, { ctx, worker, reason: 'assignment-ended' as const });
  }
  scheduleAbsence(ctx, worker);
  ctx.transitions.roomMayHaveOpened(ctx, ctx.sim.now);
  return worker;
}

function rampEnds(ev: { ctx: ModelContext; worker: Worker }): void {
  if (ev.worker.leaving) return;
  ev.worker.cap = ev.ctx.scenario.workforce.caseloadCap;
  ev.ctx.transitions.roomMayHaveOpened(ev.ctx, ev.ctx.sim.now);
}

function scheduleTurnoverReview(ctx: ModelContext, worker: Worker): void {
  ctx.sim.schedule(TURNOVER_REVIEW_DAYS, turnoverReview, { ctx, worker });
}

function turnoverReview(ev: { ctx: ModelContext; worker: Worker }): void {
  const { ctx, worker } = ev;
  if (worker.leaving) return;
  const wf = ctx.scenario.workforce;
  const pressured = worker.cases.length >= wf.burnout.caseloadShareOfCap * wf.caseloadCap;
  const hazardPerYear = wf.permanent.turnoverPerYear * (pressured ? wf.burnout.turnoverMultiplier : 1);
  const p = 1 - Math.exp(-hazardPerYear * TURNOVER_REVIEW_DAYS / 365.25);
  if (ctx.streams.turnover() < p) workerLeaves({ ctx, worker, reason: 'left' });
  else scheduleTurnoverReview(ctx, worker);
}

function scheduleAbsence(ctx: ModelContext, worker: Worker): void {
  const a = ctx.scenario.workforce.absence;
  if (a.rate <= 0 || a.rate >= 1) return;
  const meanEpisode = Math.max(1e-9, ctx.samplers.absenceEpisode(ctx.streams.absence));
  const meanGap = meanEpisode * (1 - a.rate) / a.rate;
  const gap = -Math.log(1 - ctx.streams.absence()) * meanGap;
  const start = ctx.calendar.addWorkingDays(ctx.sim.now, gap);
  ctx.sim.scheduleAt(start, absenceStarts, { ctx, worker, episode: meanEpisode });
}

function absenceStarts(ev: { ctx: ModelContext; worker: Worker; episode: number }): void {
  const { ctx, worker } = ev;
  if (worker.leaving) return;
  ctx.transitions.workerAway(ctx, worker, ctx.calendar.addWorkingDays(ctx.sim.now, ev.episode));
  ctx.sim.scheduleAt(worker.absentUntil, absenceEnds, { ctx, worker });
}

function absenceEnds(ev: { ctx: ModelContext; worker: Worker }): void {
  const { ctx, worker } = ev;
  if (worker.leaving) return;
  ctx.transitions.workerBack(ctx, worker);
  scheduleAbsence(ctx, worker);
}

/** A worker leaves: their cases go back for reallocation, and the post falls vacant unless the worker is being replaced. */
function workerLeaves(ev: { ctx: ModelContext; worker: Worker; reason: NonNullable<WorkerRecord['reason']> }): void {
  const { ctx, worker, reason } = ev;
  if (worker.leaving) return;
  worker.leaving = true;
  worker.record.end = ctx.sim.now;
  worker.record.reason = reason;
  if (ctx.sim.now >= ctx.warmupEnd) ctx.staff.leaversThisWeek++;
  if (worker.rampEvent >= 0) ctx.sim.cancel(worker.rampEvent);
  ctx.transitions.workerLeaving(ctx, worker);
  ctx.staff.live.splice(ctx.staff.live.indexOf(worker), 1);
  const post = ctx.staff.posts[worker.record.post];
  if (!post || post.worker !== worker) return;
  post.worker = undefined;
  if (reason !== 'replaced') postFallsVacant(ctx, post);
}

function postFallsVacant(ctx: ModelContext, post: Post): void {
  const wf = ctx.scenario.workforce;
  const now = ctx.sim.now;
  if (post.permanentRecruitEvent < 0) {
    const days = ctx.samplers.permanentFill(ctx.streams.recruitment);
    post.permanentRecruitEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(now, days), permanentStarts, { ctx, post });
  }
  if (post.agencyCoverEvent < 0 && ctx.streams.agency() < wf.agency.coverProbability) {
    const days = ctx.samplers.agencyCoverDelay(ctx.streams.agency);
    post.agencyCoverEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(now, days), agencyStarts, { ctx, post });
  }
}

function permanentStarts(ev: { ctx: ModelContext; post: Post }): void {
  const { ctx, post } = ev;
  post.permanentRecruitEvent = -1;
  if (post.worker?.record.kind === 'permanent') return;
  if (post.worker) workerLeaves({ ctx, worker: post.worker, reason: 'replaced' });
  if (post.agencyCoverEvent >= 0) ctx.sim.cancel(post.agencyCoverEvent);
  post.agencyCoverEvent = -1;
  startWorker(ctx, post, 'permanent', false);
}

function agencyStarts(ev: { ctx: ModelContext; post: Post }): void {
  const { ctx, post } = ev;
  post.agencyCoverEvent = -1;
  if (post.worker) return;
  startWorker(ctx, post, 'agency', false);
}

function shockLeave(ev: { ctx: ModelContext; worker: Worker }): void {
  if (!ev.worker.leaving) workerLeaves({ ctx: ev.ctx, worker: ev.worker, reason: 'shock' });
}

function startShock(ev: { ctx: ModelContext }): void {
  const { ctx } = ev;
  const shock = ctx.scenario.workforce.shock;
  if (!shock) return;
  for (const worker of [...ctx.staff.live]) {
    if (worker.record.kind !== 'permanent') continue;
    if (ctx.streams.shock() < shock.permanentShareLeaving) {
      ctx.sim.schedule(ctx.streams.shock() * shock.durationDays, shockLeave, { ctx, worker });
    }
  }
}

/** A background plan case held from the start, so runs do not begin from an empty office. */
function backgroundCase(ctx: ModelContext, worker: Worker): CaseItem {
  const journey = newJourney({
    child: -1, episode: 0, risk: 'medium', source: 'other', route: 'assessment', firstContactTime: 0,
    contactTime: 0, referralTime: 0, outcome: 'childInNeedPlan', rereferral: false, priorContacts: 0, unlinkedClosedPriorContacts: 0,
  });
  const child: ChildState = {
    id: -1, key: 0, risk: 'medium', referrals: 1, contacts: [], open: true, lastReferralTime: 0,
    lastClosedTime: Number.NEGATIVE_INFINITY, traced: false,
  };
  const noDraw = () => 0.5;
  return newCaseItem({
    journey, childState: child, kind: 'plan', worker, availableAt: 0,
    draws: {
      uNoFurtherAction: 1, uOutcome: 1, uConference: 1, uProtectionPlan: 1, uRereferral: 1, uTransfer: 1,
      strategyRng: noDraw, effortRng: noDraw, seenRng: noDraw, planRng: noDraw, conferenceRng: noDraw, rereferralRng: noDraw,
    },
  });
}

function backgroundEnds(ev: { ctx: ModelContext; item: CaseItem }): void {
  ev.ctx.transitions.caseEnds(ev.ctx, ev.item);
}

/** Fills posts at time 0 (permanent, agency or vacant), gives each worker a starting caseload, and plans any shock. */
export function startWorkforce(ctx: ModelContext): void {
  const wf = ctx.scenario.workforce;
  for (let id = 0; id < wf.posts; id++) {
    const post: Post = { id, permanentRecruitEvent: -1, agencyCoverEvent: -1 };
    ctx.staff.posts.push(post);
    const u = ctx.streams.recruitment();
    if (u < wf.initialPermanentShare) startWorker(ctx, post, 'permanent', true);
    else if (u < wf.initialPermanentShare + wf.initialAgencyShare) startWorker(ctx, post, 'agency', true);
    else postFallsVacant(ctx, post);
  }
  const meanPlanDays = 180;
  for (const worker of ctx.staff.live) {
    const n = Math.min(Math.round(wf.initialCasesPerWorker), worker.cap);
    for (let k = 0; k < n; k++) {
      const item = backgroundCase(ctx, worker);
      worker.cases.push(item);
      // Residual plan time: uniform over twice a typical plan length, so endings are spread out.
      ctx.sim.schedule(ctx.streams.recruitment() * 2 * meanPlanDays, backgroundEnds, { ctx, item });
    }
    ctx.transitions.workloadChanged(ctx, worker);
  }
  if (wf.shock) ctx.sim.scheduleAt(ctx.warmupEnd + wf.shock.atDay, startShock, { ctx });
}
