/** Whether a change is an improvement, a deterioration, or not distinguishable from no change. */
export type Verdict = 'better' | 'worse' | 'unclear';

/** Words for each verdict, used wherever a verdict is shown so colour is never the only signal. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  better: 'Better',
  worse: 'Worse',
  unclear: 'No clear change',
};

/**
 * Verdict on a difference (comparison − baseline) from its 95% CI: better or worse only when the
 * interval excludes zero; an interval touching zero is 'unclear'.
 */
export function changeVerdict(ci: { readonly ciLow: number; readonly ciHigh: number }, better: 'lower' | 'higher'): Verdict {
  const direction = ci.ciHigh < 0 ? 'lower' : ci.ciLow > 0 ? 'higher' : undefined;
  if (direction === undefined) return 'unclear';
  return direction === better ? 'better' : 'worse';
}
