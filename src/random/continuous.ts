import type { Rng } from './stream.js';
import { requireAtLeast, requireFinite, requirePositive } from '../check/index.js';

/**
 * Draws one value from a distribution using `rng`. Samplers hold no state between calls, so one
 * sampler may be shared by several streams without coupling them.
 */
export type Sampler = (rng: Rng) => number;

/** Exponential with the given rate (events per unit time), so mean 1/rate; values in [0, ∞). */
export function exponential(rate: number): Sampler {
  requirePositive('exponential', 'rate', rate);
  // 1 - u lies in (0, 1], so the logarithm is always finite.
  return (rng) => -Math.log(1 - rng()) / rate;
}

/** Uniform on [min, max]; min === max gives that value every time. */
export function uniform(min: number, max: number): Sampler {
  requireFinite('uniform', 'min', min);
  requireAtLeast('uniform', 'max', max, min, 'min');
  const width = max - min;
  return (rng) => min + width * rng();
}

/** Triangular on [min, max] with peak at mode, by inverting the CDF; min === max gives that value every time. */
export function triangular(min: number, mode: number, max: number): Sampler {
  requireFinite('triangular', 'min', min);
  requireAtLeast('triangular', 'mode', mode, min, 'min');
  requireAtLeast('triangular', 'max', max, mode, 'mode');
  const width = max - min;
  if (width === 0) return () => min;
  const modeShare = (mode - min) / width;
  return (rng) => {
    const u = rng();
    return u < modeShare
      ? min + Math.sqrt(u * width * (mode - min))
      : max - Math.sqrt((1 - u) * width * (max - mode));
  };
}

/**
 * Weibull with the given shape k > 0 and scale λ > 0, by inversion: λ·(−ln(1 − u))^(1/k); values in
 * [0, ∞). Shapes below about 0.006 can overflow to Infinity on rare draws (a power above 166).
 */
export function weibull(shape: number, scale: number): Sampler {
  requirePositive('weibull', 'shape', shape);
  requirePositive('weibull', 'scale', scale);
  const power = 1 / shape;
  return (rng) => scale * Math.pow(-Math.log(1 - rng()), power);
}

/** Always `value`; draws nothing from the stream. */
export function fixed(value: number): Sampler {
  requireFinite('fixed', 'value', value);
  return () => value;
}
