import { caseHoursPerDay } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';

/** The textbook rates a scenario reduces to (per simulated day): arrivals, work per worker, workers and cap. */
export interface ReductionRates {
  /** λ: referrals a day. */
  arrivalRate: number;
  /** μ: assessments a day one worker completes with all their casework hours on one case. */
  serviceRate: number;
  /** c: social workers. */
  servers: number;
  /** K: cases a worker holds at most. */
  cap: number;
  /** Casework hours a worker gives per day, to turn a case's work hours into days of a whole worker. */
  hoursPerDay: number;
}

/**
 * The rates of a scenario that reduces to a textbook queue: λ = childrenPerYear / 365.25 (one
 * contact per child, each a referral), μ = casework hours a day / mean exponential work hours,
 * c = posts and K = the caseload cap. Read problems first with reductionProblems; a scenario
 * with problems gives rates that theory does not describe.
 */
export function reductionRates(scenario: Scenario): ReductionRates {
  const hoursPerDay = caseHoursPerDay(scenario);
  const effort = scenario.casework.assessmentEffortHours;
  const meanHours = effort.type === 'exponential' ? effort.mean : Number.NaN;
  return {
    arrivalRate: scenario.demand.childrenPerYear / 365.25,
    serviceRate: hoursPerDay / meanHours,
    servers: scenario.workforce.posts,
    cap: scenario.workforce.caseloadCap,
    hoursPerDay,
  };
}

/** One way a scenario departs from the textbook reduction: the key, what theory needs, and the value found. */
export interface ReductionProblem {
  path: string;
  message: string;
}

function allEqual(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}

/**
 * Every way the scenario departs from a textbook queue (Poisson referrals straight to allocation,
 * exponential work shared equally, no plans, no staff changes), as key paths with the fix; empty
 * when theory describes it. `posts`, when given, is the number of social workers theory assumes.
 */
export function reductionProblems(scenario: Scenario, posts?: number): ReductionProblem[] {
  const problems: ReductionProblem[] = [];
  const need = (ok: boolean, path: string, message: string): void => {
    if (!ok) problems.push({ path, message });
  };
  const { demand, casework, allocation, workforce } = scenario;
  need(scenario.calendar.mode === 'continuous', 'calendar.mode', 'must be continuous (every day a working day)');
  need(scenario.validation?.directToAllocation === true, 'validation.directToAllocation', 'must be true (every contact a referral, straight to allocation)');
  need(Object.values(demand.contactsPerChild).every((n) => n === 1), 'demand.contactsPerChild', 'must be 1 at every level of risk (one referral per child)');
  need(allEqual(demand.weekdayFactors), 'demand.weekdayFactors', 'must all be equal (a constant arrival rate)');
  need(demand.returns.afterReferral === 0 && demand.returns.afterContact === 0 && demand.returns.knownBeforeRun.perNewChild === 0,
    'demand.returns', 'afterReferral, afterContact and knownBeforeRun.perNewChild must be 0 (no child comes back)');
  need(casework.assessmentEffortHours.type === 'exponential', 'casework.assessmentEffortHours', `must be exponential, got ${casework.assessmentEffortHours.type}`);
  need(casework.referralNoFurtherActionShare === 0, 'casework.referralNoFurtherActionShare', 'must be 0');
  need(casework.assessmentOutcomes.childInNeedPlan === 0, 'casework.assessmentOutcomes.childInNeedPlan', 'must be 0 (a plan would hold a place after the work is done)');
  need(casework.deadlineFocus.weightMultiplier === 1, 'casework.deadlineFocus.weightMultiplier', 'must be 1 (time shared equally)');
  need(allocation.queue === 'first-come-first-served', 'allocation.queue', 'must be first-come-first-served');
  need(allocation.overCap === undefined, 'allocation.overCap', 'must be absent (a hard cap)');
  need(allocation.heldOnDuty.dutyWorkers === 0 && allocation.heldOnDuty.progressShare === 0,
    'allocation.heldOnDuty', 'dutyWorkers and progressShare must be 0 (no work done on waiting cases)');
  need(workforce.permanent.turnoverPerYear === 0, 'workforce.permanent.turnoverPerYear', 'must be 0');
  need(workforce.initialPermanentShare === 1 && workforce.initialAgencyShare === 0, 'workforce.initialPermanentShare',
    'must be 1, with initialAgencyShare 0 (every post filled by a permanent worker from the start)');
  need(workforce.agency.additionalShareOfPosts === 0, 'workforce.agency.additionalShareOfPosts', 'must be 0');
  need(workforce.absence.rate === 0, 'workforce.absence.rate', 'must be 0');
  need(workforce.initialCasesPerWorker === 0, 'workforce.initialCasesPerWorker', 'must be 0');
  need(workforce.shock === undefined, 'workforce.shock', 'must be absent');
  if (posts !== undefined) need(workforce.posts === posts, 'workforce.posts', `must be ${posts}, got ${workforce.posts}`);
  const rates = reductionRates(scenario);
  // Without exponential work there is no μ to compare with (reported above).
  need(!Number.isFinite(rates.serviceRate) || rates.arrivalRate < rates.servers * rates.serviceRate, 'demand.childrenPerYear',
    `must give λ below c·μ (a queue that settles), got λ = ${rates.arrivalRate.toPrecision(4)} a day against c·μ = ${(rates.servers * rates.serviceRate).toPrecision(4)}`);
  return problems;
}
