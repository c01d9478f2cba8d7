import type { Scenario } from '../scenario/index.js';

/**
 * Memory one replication holds per contact, in bytes: measured as the growth of peak resident
 * memory between 1 and 4 measured years of solihull-2022 (about 64 MB for 33,000 more contacts,
 * 1.9 KB each), rounded up.
 */
export const BYTES_PER_CONTACT = 2048;

/**
 * Contacts per child coming back beyond those counted: returning children add contacts on top of
 * new ones and of those known before the run (solihull-2022 made about 11,100 contacts a year where
 * (children + known) × mean contacts gave 10,680, a ratio of 1.04), so 1.25 leaves a margin.
 */
const RETURNS_MARGIN = 1.25;

/** The expected size of one replication of a scenario: contacts a year, simulated years, and memory in bytes. */
export interface RunSize {
  contactsPerYear: number;
  years: number;
  bytes: number;
}

/** Estimates one replication's size from the scenario (contacts × simulated years × memory per contact) before running it. */
export function runSize(scenario: Scenario): RunSize {
  const { demand, horizon } = scenario;
  const mix = demand.riskMix;
  const mixTotal = mix.low + mix.medium + mix.high;
  const perChild = mixTotal > 0
    ? (mix.low * demand.contactsPerChild.low + mix.medium * demand.contactsPerChild.medium + mix.high * demand.contactsPerChild.high) / mixTotal
    : 1;
  const contactsPerYear = demand.childrenPerYear * (1 + demand.returns.knownBeforeRun.perNewChild) * perChild * RETURNS_MARGIN;
  const years = horizon.years + horizon.warmupDays / 365;
  return { contactsPerYear, years, bytes: contactsPerYear * years * BYTES_PER_CONTACT };
}
