/** One step of a Kaplan–Meier curve: S(t) just after `time`, with the counts at that time. */
export interface KaplanMeierStep {
  /** Distinct observed or censoring time, ascending (same unit as the durations). */
  time: number;
  /** Estimated share still waiting just after `time`, in [0, 1]. */
  survival: number;
  /** Items still waiting just before `time` (including those censored at `time`). */
  atRisk: number;
  /** Items whose event was observed at `time`. */
  events: number;
  /** Items censored (still waiting at the end) at `time`. */
  censored: number;
}

/** A duration and whether the event ending it was observed (false: right-censored). */
export interface SurvivalObservation {
  duration: number;
  observed: boolean;
}

/**
 * Product-limit (Kaplan–Meier) estimate of the share still waiting, one step per distinct time
 * (censoring-only times included, with survival unchanged); empty input gives an empty curve.
 * Ties: events come before censorings at the same time, so items censored at t are at risk at t.
 * Throws RangeError on a negative or non-finite duration.
 */
export function kaplanMeier(obs: readonly SurvivalObservation[]): KaplanMeierStep[] {
  obs.forEach((o, i) => {
    if (!(o.duration >= 0 && o.duration < Infinity)) {
      throw new RangeError(`obs[${i}].duration must be finite and >= 0, got ${String(o.duration)}`);
    }
  });
  const sorted = [...obs].sort((x, y) => x.duration - y.duration);
  const steps: KaplanMeierStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let i = 0;
  while (i < sorted.length) {
    const time = sorted[i]?.duration ?? 0;
    let events = 0;
    let censored = 0;
    for (; i < sorted.length && sorted[i]?.duration === time; i++) {
      if (sorted[i]?.observed === true) events++;
      else censored++;
    }
    if (events > 0) survival = events === atRisk ? 0 : (survival * (atRisk - events)) / atRisk;
    steps.push({ time, survival, atRisk, events, censored });
    atRisk -= events + censored;
  }
  return steps;
}
