import type { ExperimentRaw, Journey } from '../experiment/index.js';

/** Earlier contacts screened unlinked and closed, before the one that escalated, that make a missed chance. */
export const MISSED_CHANCE_CONTACTS = 2;

/**
 * The missed chance with the lowest child number in replication 0 of `scenario`: a referral journey
 * with at least MISSED_CHANCE_CONTACTS earlier contacts that were screened without being linked and
 * closed. Undefined when there is none (or replication 0 kept no journeys).
 */
export function missedChance(raw: ExperimentRaw, scenario: string): Journey | undefined {
  const journeys = raw.records.find((r) => r.scenario === scenario && r.replication === 0)?.sample?.journeys ?? [];
  let best: Journey | undefined;
  for (const journey of journeys) {
    if (journey.unlinkedClosedPriorContacts < MISSED_CHANCE_CONTACTS) continue;
    if (best === undefined || journey.child < best.child || (journey.child === best.child && journey.episode < best.episode)) best = journey;
  }
  return best;
}
