import type { Rng } from '../random/index.js';

/** Candidates drawn for each length-biased resample (enough for plan-length CVs up to about 1.5). */
const LENGTH_BIAS_CANDIDATES = 16;

/**
 * A draw from the equilibrium residual life of `sampler`'s distribution: a length-biased draw
 * (one of LENGTH_BIAS_CANDIDATES draws, chosen with probability proportional to its length),
 * times an independent uniform. Its mean tends to E[D²] / (2 E[D]).
 */
export function residualLife(sampler: (rng: Rng) => number, rng: Rng): number {
  const candidates: number[] = [];
  let total = 0;
  for (let k = 0; k < LENGTH_BIAS_CANDIDATES; k++) {
    const d = sampler(rng);
    candidates.push(d);
    total += d;
  }
  let pick = rng() * total;
  let chosen = candidates[candidates.length - 1] ?? 0;
  for (const d of candidates) {
    pick -= d;
    if (pick < 0) {
      chosen = d;
      break;
    }
  }
  return rng() * chosen;
}
