import type { ExperimentRaw, MissedChanceChild } from '../experiment/index.js';

/** A missed chance picked to tell: the child, and how its story goes in each scenario. */
export interface PickedMissedChance {
  child: number;
  /** The first scenario's reading: 'neverReferred' or 'referredLater'. */
  kind: MissedChanceChild['kind'];
  /** Per further scenario (in run order): its missed-chance kind for the same child, or undefined when it was no missed chance there. */
  others: (MissedChanceChild['kind'] | undefined)[];
}

function missedIn(raw: ExperimentRaw, scenario: string): MissedChanceChild[] {
  return raw.records.find((r) => r.scenario === scenario && r.replication === 0)?.sample?.missedChances ?? [];
}

/**
 * The missed chance to tell, from replication 0 of each scenario (the model's per-child definition:
 * medium or high latent risk, two or more contacts closed unlinked while an earlier contact was there
 * to link, counted in the measured period after the warm-up). Prefers, in order of the second such
 * contact, a child whose story differs in a further scenario (no missed chance there, or a different
 * ending); with one scenario, or none differing, the first missed chance. Undefined when there is none.
 */
export function missedChance(raw: ExperimentRaw, scenarios: readonly string[]): PickedMissedChance | undefined {
  const [first, ...rest] = scenarios;
  if (first === undefined) return undefined;
  const candidates = missedIn(raw, first);
  const others = rest.map((s) => new Map(missedIn(raw, s).map((m) => [m.child, m.kind])));
  const pick = (m: MissedChanceChild): PickedMissedChance => ({ child: m.child, kind: m.kind, others: others.map((o) => o.get(m.child)) });
  const differing = candidates.find((m) => others.some((o) => o.get(m.child) !== m.kind));
  const chosen = differing ?? candidates[0];
  return chosen === undefined ? undefined : pick(chosen);
}
