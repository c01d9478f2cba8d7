// Invariants every replication's output must satisfy, whatever the scenario or seed. Used on every
// run in the model tests and as a fast-check property.
import { modelCalendar } from '../../src/model/index.js';
import type { ContactRecord, Journey, ReplicationOutput } from '../../src/model/index.js';
import type { Distribution, Scenario } from '../../src/scenario/index.js';
import { journeyViolations } from './journeyInvariants.js';
import { workforceViolations } from './workforceInvariants.js';

/**
 * Working days of screening effort assumed to bound any one contact's screening. Effort is
 * lognormal with mean 1.5 hours (cv 0.8) at 6 hours a day in every scenario used here, so 5
 * working days (30 hours, 20 times the mean) has probability about 2e-6 per contact.
 */
const SCREENING_EFFORT_BOUND_WORKING_DAYS = 5;

/** Most violations quoted in a thrown error. */
const QUOTED = 12;

/** The largest value a distribution can draw, or Infinity when it is unbounded. */
function upperBound(d: Distribution): number {
  switch (d.type) {
    case 'fixed': return d.value;
    case 'uniform': case 'triangular': return d.max;
    case 'empirical': return Math.max(...d.samples);
    case 'histogram': return Math.max(...d.bins.map((b) => b.upper));
    default: return Infinity;
  }
}

/**
 * Contacts: each has exactly one decision (with its time, not before arrival, not after the end) or
 * none yet. A contact without a decision must still be with the screeners: the pool serves contacts
 * first come first served, so a contact behind it that was decided well before the end (more than
 * the longest screening plus the longest wait for further information) means it was lost.
 */
function contactViolations(out: ReplicationOutput, scenario: Scenario): string[] {
  const v: string[] = [];
  const calendar = modelCalendar(scenario);
  const direct = scenario.validation?.directToAllocation === true;
  const info = scenario.screening.furtherInformation;
  const slack = SCREENING_EFFORT_BOUND_WORKING_DAYS + (info.share > 0 ? upperBound(info.delayWorkingDays) : 0);
  const label = (c: ContactRecord) => `contact ${c.index} of child ${c.child} episode ${c.episode} (at ${c.time})`;
  out.contacts.forEach((c, k) => {
    const prev = out.contacts[k - 1];
    if (prev && prev.time > c.time) v.push(`${label(c)} stored after a later contact`);
    if (!(c.time >= 0 && c.time <= out.end)) v.push(`${label(c)}: arrives outside the run`);
    if ((c.decision === undefined) !== (c.decisionTime === undefined)) v.push(`${label(c)}: a decision without a time or the reverse`);
    if (c.decisionTime !== undefined && !(c.time <= c.decisionTime && c.decisionTime <= out.end)) v.push(`${label(c)}: decided at ${c.decisionTime}`);
    if (c.linked && c.earlierInWindow <= 0) v.push(`${label(c)}: linked with no earlier contact in the window`);
    if (c.decision === 'divertedToEarlyHelp' && c.decisionTime !== c.time) v.push(`${label(c)}: diverted later than it arrived`);
    if (direct && (c.decision !== 'referral' || c.decisionTime !== c.time)) v.push(`${label(c)}: not referred at once under directToAllocation`);
  });
  // Scan from the end: the earliest decision time among screened contacts behind each one.
  let earliestBehind = Infinity;
  for (let k = out.contacts.length - 1; k >= 0; k--) {
    const c = out.contacts[k] as ContactRecord;
    if (c.decision === undefined) {
      if (earliestBehind < Infinity && calendar.workingDaysBetween(earliestBehind, out.end) > slack) {
        v.push(`${label(c)}: never decided, though a contact behind it in the screening queue was decided at ${earliestBehind}`);
      }
    } else if (c.decision !== 'divertedToEarlyHelp' && c.decisionTime !== undefined) {
      earliestBehind = Math.min(earliestBehind, c.decisionTime);
    }
  }
  return v;
}

/** Each referral decision started exactly one journey, and each "open case" decision fell inside one. */
function linkViolations(out: ReplicationOutput): string[] {
  if (out.droppedRecords > 0) return [];
  const v: string[] = [];
  const key = (child: number, contact: number, referral: number) => `${child}|${contact}|${referral}`;
  const journeys = new Map(out.journeys.map((j) => [key(j.child, j.contactTime, j.referralTime), j]));
  let referrals = 0;
  for (const c of out.contacts) {
    if (c.decision !== 'referral' && c.decision !== 'strategyDiscussion') continue;
    referrals++;
    const j = journeys.get(key(c.child, c.time, c.decisionTime ?? NaN));
    if (!j) v.push(`contact of child ${c.child} at ${c.time} was referred but started no journey`);
    else if (j.route !== (c.decision === 'referral' ? 'assessment' : 'strategy')) v.push(`journey of child ${c.child} at ${c.time} on the wrong route`);
  }
  if (referrals !== out.journeys.length) v.push(`${referrals} referral decisions but ${out.journeys.length} journeys`);
  const byChild = new Map<number, Journey[]>();
  for (const j of out.journeys) {
    const list = byChild.get(j.child);
    if (list) list.push(j);
    else byChild.set(j.child, [j]);
  }
  for (const c of out.contacts) {
    if (c.decision !== 'openCase' || c.decisionTime === undefined) continue;
    const t = c.decisionTime;
    const open = (byChild.get(c.child) ?? []).some((j) => j.referralTime <= t && (j.closedTime === undefined || j.closedTime >= t));
    if (!open) v.push(`contact of child ${c.child} at ${c.time} added to an open case at ${t}, but no case was open`);
  }
  return v;
}

/** Run-level facts: window, event count, dropped records announced. */
function runViolations(out: ReplicationOutput): string[] {
  const v: string[] = [];
  if (!(out.warmupEnd >= 0 && out.warmupEnd < out.end)) v.push(`window ${out.warmupEnd}..${out.end}`);
  if (!(Number.isInteger(out.events) && out.events > 0)) v.push(`${out.events} events`);
  if (!(Number.isInteger(out.droppedRecords) && out.droppedRecords >= 0)) v.push(`${out.droppedRecords} dropped records`);
  if (out.droppedRecords > 0 && !out.warnings.some((w) => w.includes(String(out.droppedRecords)))) v.push('dropped records without a warning');
  return v;
}

/** Every broken invariant of one replication's output, as readable sentences (empty when all hold). */
export function invariantViolations(out: ReplicationOutput, scenario: Scenario): string[] {
  return [
    ...runViolations(out),
    ...contactViolations(out, scenario),
    ...linkViolations(out),
    ...journeyViolations(out),
    ...workforceViolations(out, scenario),
  ];
}

/** Throws an Error quoting the first broken invariants of a replication's output; returns quietly when all hold. */
export function checkInvariants(out: ReplicationOutput, scenario: Scenario): void {
  const v = invariantViolations(out, scenario);
  if (v.length === 0) return;
  const more = v.length > QUOTED ? `\n… and ${v.length - QUOTED} more` : '';
  throw new Error(`${v.length} model invariant(s) broken in replication ${out.replication}:\n${v.slice(0, QUOTED).join('\n')}${more}`);
}
