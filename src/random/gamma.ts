import type { Sampler } from './continuous.js';
import { standardNormal } from './normal.js';
import type { Rng } from './stream.js';
import { requirePositive } from '../check/index.js';

/** A Gamma(shape, 1) draw for shape >= 1 by Marsaglia and Tsang (2000), "A simple method for generating gamma variables". */
function marsagliaTsang(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    const cube = 1 + c * x;
    if (cube <= 0) continue;
    const v = cube * cube * cube;
    const u = 1 - rng(); // in (0, 1], so its logarithm is finite
    // The squeeze accepts about 98% of candidates without a logarithm.
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Gamma with shape k > 0 and scale θ > 0 (mean kθ, variance kθ²), by Marsaglia–Tsang; for k < 1 it
 * draws Gamma(k + 1) and multiplies by u^(1/k). Values in [0, ∞); the number of uniforms used per
 * value varies (rejection), which only affects the stream it draws from.
 */
export function gamma(shape: number, scale: number): Sampler {
  requirePositive('gamma', 'shape', shape);
  requirePositive('gamma', 'scale', scale);
  if (shape >= 1) return (rng) => scale * marsagliaTsang(rng, shape);
  const power = 1 / shape;
  return (rng) => {
    const boosted = marsagliaTsang(rng, shape + 1);
    return scale * boosted * Math.pow(1 - rng(), power);
  };
}
