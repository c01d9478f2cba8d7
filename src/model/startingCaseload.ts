import type { CaseItem, ChildState, Worker } from './entities.js';
import type { ModelContext } from './modelContext.js';
import { newCaseItem, newJourney } from './newRecords.js';
import { residualLife } from './residualLife.js';
import { POST_PURPOSE, newChildKey, postStream } from './randomKeys.js';
import { knownChildReturns } from './arrivals.js';
import type { Rng } from '../random/index.js';

/**
 * The caseload workers hold when a run starts, so runs do not begin from an empty office: plans
 * of children from before the run, each with the time it has left drawn from the equilibrium
 * (stationary excess) distribution of child in need plan lengths, as a worker's plans would be
 * part-way through in a steady state. When a plan ends, its child may come back like any other.
 */

/** A plan case held from before the run (a child the model does not follow). */
function startingCase(worker: Worker): CaseItem {
  const journey = newJourney({
    child: -1, episode: 0, risk: 'medium', assessedRisk: 'medium', source: 'other', route: 'assessment', firstContactTime: 0,
    contactTime: 0, referralTime: 0, outcome: 'childInNeedPlan', rereferral: false, priorContacts: 0, unlinkedClosedPriorContacts: 0,
  });
  const child: ChildState = {
    id: -1, key: 0, risk: 'medium', referrals: 1, concerns: 1, pendingContacts: 0, contacts: [], open: true, lastReferralTime: 0,
    lastClosedTime: Number.NEGATIVE_INFINITY, traced: false,
  };
  const noDraw = () => 0.5;
  return newCaseItem({
    journey, childState: child, kind: 'plan', worker, availableAt: 0,
    draws: {
      uNoFurtherAction: 1, uOutcome: 1, uConference: 1, uProtectionPlan: 1, uTransfer: 1,
      strategyRng: noDraw, effortRng: noDraw, seenRng: noDraw, planRng: noDraw, conferenceRng: noDraw,
    },
  });
}

/** A starting plan ends; the child, known from before the run, may come back later like any child whose referral closed. */
function startingCaseEnds(ev: { ctx: ModelContext; item: CaseItem; rng: Rng }): void {
  const { ctx, rng } = ev;
  ctx.transitions.caseEnds(ctx, ev.item);
  if (rng() >= ctx.scenario.demand.returns.afterReferral) return;
  const t = ctx.sim.now + ctx.samplers.returnDelay(rng);
  const key = newChildKey(rng);
  if (t <= ctx.end) ctx.sim.scheduleAt(t, knownChildReturns, { ctx, id: ctx.frontDoor.nextStartingChildId++, key });
}

/** Gives a worker in post at the start `initialCasesPerWorker` plans (at most their cap), each ending after its residual time. */
export function giveStartingCaseload(ctx: ModelContext, worker: Worker): void {
  const n = Math.min(Math.round(ctx.scenario.workforce.initialCasesPerWorker), worker.cap);
  const rng = postStream(worker.post.key, POST_PURPOSE.startingCases);
  for (let k = 0; k < n; k++) {
    const item = startingCase(worker);
    worker.cases.push(item);
    ctx.sim.schedule(residualLife(ctx.samplers.planChildInNeed, rng), startingCaseEnds, { ctx, item, rng });
  }
  ctx.transitions.workloadChanged(ctx, worker);
}
