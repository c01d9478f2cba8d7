import { z } from 'zod';
import { CONTACT_SOURCES } from './contactSources.js';
import type { ContactSource } from './contactSources.js';
import { crossFieldProblems } from './crossFieldProblems.js';

/**
 * The scenario schema: the single definition of what a scenario file may hold and of the
 * `Scenario` type. Units are in the key names; every object is strict, so a misspelt key is
 * an error rather than a silently ignored value.
 */

const share = z.number().finite().min(0).max(1);
const positive = z.number().finite().positive();
const nonNegative = z.number().finite().min(0);

/** A probability distribution, written as in scenario files (see `src/random` for sampling). */
export const DistributionSchema = z.union([
  z.strictObject({ type: z.literal('exponential'), mean: positive }),
  z.strictObject({ type: z.literal('uniform'), min: nonNegative, max: nonNegative })
    .refine((d) => d.min <= d.max, { message: 'min must not be above max', path: ['max'] }),
  z.strictObject({ type: z.literal('triangular'), min: nonNegative, mode: nonNegative, max: nonNegative })
    .refine((d) => d.min <= d.mode && d.mode <= d.max, { message: 'expected min <= mode <= max', path: ['mode'] }),
  z.strictObject({ type: z.literal('normal'), mean: z.number().finite(), sd: nonNegative, min: z.number().finite().optional() }),
  z.strictObject({ type: z.literal('lognormal'), mean: positive, cv: positive }),
  z.strictObject({ type: z.literal('lognormal'), median: positive, p90: positive })
    .refine((d) => d.p90 >= d.median, { message: 'p90 must not be below the median', path: ['p90'] }),
  z.strictObject({ type: z.literal('gamma'), shape: positive, scale: positive }),
  z.strictObject({ type: z.literal('weibull'), shape: positive, scale: positive }),
  z.strictObject({ type: z.literal('fixed'), value: nonNegative }),
  z.strictObject({ type: z.literal('empirical'), samples: z.array(nonNegative).min(1).max(100_000) }),
  z.strictObject({
    type: z.literal('histogram'),
    bins: z.array(z.strictObject({ lower: nonNegative, upper: nonNegative, weight: nonNegative })
      .refine((b) => b.lower <= b.upper, { message: 'lower must not be above upper', path: ['upper'] })).min(1).max(1000),
  }).refine((d) => d.bins.some((b) => b.weight > 0), { message: 'at least one bin needs a weight above 0', path: ['bins'] }),
]);
export type Distribution = z.infer<typeof DistributionSchema>;

/** Screening outcome shares for one level of latent risk; normalised when used. */
const OutcomeShares = z.strictObject({
  noFurtherAction: nonNegative,
  earlyHelp: nonNegative,
  referral: nonNegative,
  strategyDiscussion: nonNegative,
});
export type OutcomeShares = z.infer<typeof OutcomeShares>;

const ByRisk = <T extends z.ZodType>(t: T) => z.strictObject({ low: t, medium: t, high: t });

export { CONTACT_SOURCES };
export type { ContactSource };

/** Days in each month, February counted in a leap year (a school-holiday month-day of 02-29 applies in leap years). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a month-day like "07-22"')
  .refine((md) => Number(md.slice(3)) <= (DAYS_IN_MONTH[Number(md.slice(0, 2)) - 1] ?? 0), {
    message: 'not a real day of the year (that month has fewer days): expected a month-day like "07-22"',
  });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like "2022-04-01"')
  .refine((date) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const days = month === 2 && !isLeapYear(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
    return day >= 1 && day <= days;
  }, { message: 'not a real calendar date (that month has fewer days, or there is no such month): expected a date like "2022-04-01"' });

const Demand = z.strictObject({
  childrenPerYear: positive.max(200_000).describe('new children with a concern (concern episodes) per year; each brings one or more contacts (at most 200,000: about 25 times Solihull, which bounds memory)'),
  riskMix: z.strictObject({ low: nonNegative, medium: nonNegative, high: nonNegative }).describe('shares of children by latent need/risk'),
  contactsPerChild: ByRisk(z.number().finite().min(1).max(50)).describe('mean contacts per concern episode (1 + geometric)'),
  contactGapDays: DistributionSchema.describe('calendar days between successive contacts about the same child'),
  sourceMix: z.strictObject(Object.fromEntries(CONTACT_SOURCES.map((s) => [s, nonNegative])) as Record<ContactSource, typeof nonNegative>),
  weekdayFactors: z.array(nonNegative).length(7).describe('relative contact rate Monday..Sunday (mean of the seven is used as 1)'),
  schoolHolidays: z.strictObject({
    schoolContactFactor: share.describe('school contacts during holidays relative to term time'),
    periods: z.array(z.strictObject({ from: MonthDay, to: MonthDay })).max(20),
  }),
  earlyHelpDiversion: share.describe('share of contacts a family hub judges low risk that it answers before they reach the front door'),
  returns: z.strictObject({
    afterReferral: share.describe('chance a child whose referral has closed comes back with a new concern'),
    afterContact: share.describe('chance a child whose contacts were all closed at the front door comes back with a new concern'),
    delayDays: DistributionSchema.describe('calendar days from the end of one concern to the first contact of the next (a decreasing hazard: most come back soon, some years later)'),
    prematureClosureMultiplier: z.number().finite().min(1).max(20).describe('the chance of coming back is this many times higher after a case closed under caseload pressure'),
    keptPerReturn: share.describe('the chance of coming back is multiplied by this for each time the child has already come back (needs resolved, or the child moved on)'),
    knownBeforeRun: z.strictObject({
      perNewChild: nonNegative.max(10).describe('children known from before the run coming back, per year at the start, for each child a year coming to notice for the first time (demand.childrenPerYear), so they scale with demand; their returns fade as the return delays of concerns that ended before the run pass'),
      riskMix: z.strictObject({ low: nonNegative, medium: nonNegative, high: nonNegative }).describe('their latent risk (children who come back are more often at higher risk)'),
    }).describe('so the run starts with the returns a front door has in a steady state, not from none'),
  }).describe('children known to the front door coming back with new concerns (re-referrals come from these)'),
});

const Screening = z.strictObject({
  screeners: z.number().int().min(0).max(1000).describe('front-door (MASH) screeners, FTE'),
  hoursPerDay: positive.max(24).describe('screening hours per screener per working day'),
  effortHours: DistributionSchema.describe('screening effort per contact, hours'),
  absenceRate: share.describe('share of screener working days lost to absence'),
  furtherInformation: z.strictObject({
    share: share.describe('share of contacts needing more information (e.g. a "threshold visit") before a decision'),
    delayWorkingDays: DistributionSchema,
  }),
  linking: z.strictObject({
    probability: share.describe('chance that an earlier contact about the same child is found and linked (information sharing)'),
    windowWorkingDays: positive.describe('earlier contacts within this many working days can be linked; a referral closed within the last year can be linked too'),
  }),
  triage: z.strictObject({
    accuracy: share.describe('chance the screener reads a child\'s risk right from the contact alone (otherwise the reading is drawn from the risk mix)'),
    accuracyLinked: share.describe('the same when earlier contacts or history are linked'),
    accuracyAfterVisit: share.describe('the same after further information (a threshold visit or checks)'),
  }).describe('the front door\'s reading of each child\'s risk, which decisions, family hubs and risk-prioritised allocation use'),
  outcomes: z.strictObject({
    unlinked: ByRisk(OutcomeShares).describe('decision shares by the screener\'s reading of risk when no earlier contact is linked'),
    linked: ByRisk(OutcomeShares).describe('decision shares by the screener\'s reading of risk when at least one earlier contact is linked'),
  }),
});

const Strategy = z.strictObject({
  delayWorkingDays: DistributionSchema.describe('strategy discussion after the decision, working days'),
  s47EffortHours: DistributionSchema.describe('social worker hours for a section 47 enquiry'),
  conferenceShare: share.describe('share of section 47 enquiries leading to an initial child protection conference'),
  conferenceSchedulingWorkingDays: DistributionSchema.describe('working days from the strategy discussion to the booked conference date (held no earlier than a working day after the enquiry completes)'),
  protectionPlanShare: share.describe('share of conferences resulting in a child protection plan'),
});

const Casework = z.strictObject({
  referralNoFurtherActionShare: share.describe('share of referrals closed with no further action before assessment'),
  hoursPerWeek: positive.max(100),
  caseworkShare: share.describe('share of working hours available for casework'),
  assessmentEffortHours: DistributionSchema.describe('social worker hours for a child and family assessment'),
  deadlineFocus: z.strictObject({
    fromWorkingDays: nonNegative.describe('an assessment this many working days after referral gets priority of its worker\'s time'),
    weightMultiplier: z.number().finite().min(1).max(100),
  }).describe('workers prioritise assessments as the 45-working-day timescale approaches'),
  workWeights: z.strictObject({
    s47: positive, assessment: positive, plan: nonNegative,
  }).describe('share of a worker\'s case time each kind of case takes, relative'),
  childSeenWorkingDays: z.strictObject({
    protection: DistributionSchema, need: DistributionSchema,
    pressureElasticity: nonNegative.describe('delay scales with (caseload / referenceCaseload) to this power'),
    referenceCaseload: positive,
  }),
  assessmentOutcomes: z.strictObject({ close: nonNegative, earlyHelp: nonNegative, childInNeedPlan: nonNegative }),
  planDurationDays: z.strictObject({ childInNeed: DistributionSchema, childProtection: DistributionSchema }),
  prematureClosure: z.strictObject({
    planShareKept: share.describe('a plan started while its worker is at or above the caseload cap is cut to this share of its length'),
  }).describe('cases closed under caseload pressure: assessments completed and plans started at or above the cap close early (and the child is likelier to come back)'),
});

const Allocation = z.strictObject({
  queue: z.enum(['first-come-first-served', 'risk-prioritised']),
  policy: z.enum(['least-loaded', 'round-robin', 'first-available']),
  transferAtPlanStart: share.describe('share of plans that move to a long-term team worker when the plan starts (a change of social worker)'),
  enquiries: z.enum(['same-day', 'queued']).describe('section 47 enquiries: allocated on the day of the strategy discussion, over the caseload cap if need be (same-day), or queued with other cases'),
  overCap: z.strictObject({
    extraCases: z.number().int().min(0).max(200).describe('how many cases above the caseload cap a manager may allocate'),
    afterWaitingWorkingDays: nonNegative.describe('a case that has waited this long for allocation may go to a worker above the cap'),
  }).optional().describe('a soft caseload cap: managers allocate above the cap when a case has waited long enough (absent: a hard cap)'),
  heldOnDuty: z.strictObject({
    afterWorkingDays: nonNegative.describe('an unallocated case waiting this long is held on duty or by a manager'),
    dutyWorkers: z.number().int().min(0).max(1000).describe('social workers on the duty rota, taken from the case-holding posts\' hours'),
    casesPerDutyWorker: z.number().int().min(0).max(1000),
    progressShare: share.describe('assessment progress while held, relative to an allocated worker'),
  }),
});

const Workforce = z.strictObject({
  posts: z.number().int().min(0).max(5000).describe('case-holding social worker posts (establishment)'),
  caseloadCap: z.number().int().min(1).max(200).describe('open cases per case-holding social worker'),
  initialPermanentShare: share.describe('share of posts filled by permanent workers at the start'),
  initialAgencyShare: share.describe('share of posts filled by agency workers at the start'),
  newStarter: z.strictObject({ rampWorkingDays: nonNegative, capShare: share }),
  permanent: z.strictObject({
    turnoverPerYear: nonNegative.max(10),
    fillWorkingDays: DistributionSchema.describe('vacancy to a permanent starter, working days'),
  }),
  agency: z.strictObject({
    coverProbability: share.describe('chance a vacancy is covered by agency workers, decided once for the vacancy'),
    coverDelayWorkingDays: DistributionSchema.describe('working days before an agency worker starts on a covered vacancy, or replaces one whose assignment ended'),
    assignmentWeeks: DistributionSchema,
    renewalProbability: share.describe('chance an ending agency assignment is renewed with the same worker'),
    rampWorkingDays: nonNegative.describe('working days an agency starter holds a reduced caseload (newStarter.capShare of the cap)'),
    additionalShareOfPosts: share.describe('agency workers beyond the establishment (not covering a vacancy), as a share of posts'),
  }),
  burnout: z.strictObject({
    caseloadShareOfCap: positive.describe('turnover rises while caseload is at or above this share of the cap'),
    turnoverMultiplier: z.number().finite().min(1).max(20),
    perCaseOverCap: nonNegative.max(10).describe('relative rise of the leaving hazard for each case held above the caseload cap'),
  }),
  absence: z.strictObject({
    rate: share,
    episodeWorkingDays: DistributionSchema,
    reallocateAfterWorkingDays: positive.describe('cases of a worker absent this long are reallocated (a change of social worker)'),
  }),
  handover: z.strictObject({
    delayWorkingDays: nonNegative.describe('days a reallocated child has no worker'),
    progressLoss: share.describe('share of assessment progress lost at a change of worker'),
  }),
  initialCasesPerWorker: nonNegative.max(200).describe('open plan cases each worker holds at the start'),
  shock: z
    .strictObject({
      atDay: nonNegative, durationDays: positive, permanentShareLeaving: share,
    })
    .optional()
    .describe('a turnover shock: this share of permanent staff leave, spread over the period'),
});

/** A complete scenario after `extends` is resolved. */
export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, dot, dash or underscore'),
  description: z.string().max(2000),
  question: z.string().max(2000).optional().describe('teaching: the question this scenario poses'),
  lookAt: z.string().max(2000).optional().describe('teaching: what to look at in the results'),
  startDate: IsoDate,
  calendar: z.strictObject({ mode: z.enum(['working-days', 'continuous']), bankHolidays: z.boolean() }),
  horizon: z.strictObject({
    years: positive.max(50),
    warmupDays: nonNegative.max(3650),
  }),
  demand: Demand,
  screening: Screening,
  strategy: Strategy,
  allocation: Allocation,
  casework: Casework,
  workforce: Workforce,
  validation: z
    .strictObject({
      directToAllocation: z.boolean().describe('every contact becomes a referral that goes straight to allocation'),
      recordWorkHours: z.boolean().optional().describe('record on each journey the hours of work its assessment needed (workHours), to check time-sharing against theory; off by default'),
    })
    .optional()
    .describe('switches for textbook reductions of the model, used by frontdoor verify; absent in real scenarios'),
}).superRefine((value, ctx) => {
  for (const problem of crossFieldProblems(value)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
}, {
  // Run even when single keys are invalid, so every problem in a file is reported at once; the
  // checks read the value defensively and skip a rule whose own inputs are not valid.
  when: () => true,
});
export type Scenario = z.infer<typeof ScenarioSchema>;
