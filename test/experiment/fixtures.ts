// Shared experiment inputs: two small scenarios that differ only in social worker posts. Re-referral
// is switched off in both so every contact is an exogenous arrival (re-referral contacts depend on
// when cases close, which depends on staffing), making "same arrivals under CRN" exact.
import type { LoadedScenario } from '../../src/experiment/index.js';
import { loadedSmall } from './smallScenario.js';

/** Replications used by the shared runs: enough for intervals, small enough to be quick. */
export const REPLICATIONS = 5;

/** Seed of the shared runs. */
export const SEED = 'experiment-tests';

/** The baseline (6 posts) and a comparison with 9 posts, otherwise identical. */
export function scenarioPair(): LoadedScenario[] {
  return [
    loadedSmall('baseline', (s) => {
      s.demand.returns.afterReferral = 0;
      s.demand.returns.afterContact = 0;
    }),
    loadedSmall('more-posts', (s) => {
      s.demand.returns.afterReferral = 0;
      s.demand.returns.afterContact = 0;
      s.workforce.posts = 9;
    }),
  ];
}
