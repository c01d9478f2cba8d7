// Special functions needed for analytic means: the gamma function and the normal upper tail.

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** The gamma function Γ(x) for x > 0 (Lanczos approximation, g = 7, n = 9; relative error about 1e-15). */
export function gammaFunction(x: number): number {
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaFunction(1 - x));
  const z = x - 1;
  let sum = LANCZOS_COEFFICIENTS[0] ?? 1;
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i += 1) sum += (LANCZOS_COEFFICIENTS[i] ?? 0) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * sum;
}

/**
 * exp(z²)·erfc(z) for z >= 0, by the Chebyshev fit in Numerical Recipes (`erfcc`, fractional error
 * below 1.2e-7). Scaling out exp(-z²) keeps far-tail ratios finite where erfc itself underflows.
 */
function scaledErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return t * Math.exp(poly);
}

/** Standard normal density over upper-tail probability, φ(a) / (1 − Φ(a)) (the inverse Mills ratio); finite for all finite a. */
export function normalHazard(a: number): number {
  const z = a / Math.SQRT2;
  if (z >= 0) return 2 / (Math.sqrt(2 * Math.PI) * scaledErfc(z));
  const upperTail = 1 - 0.5 * scaledErfc(-z) * Math.exp(-z * z);
  return Math.exp(-0.5 * a * a) / Math.sqrt(2 * Math.PI) / upperTail;
}

/** The standard normal 0.9 quantile, Φ⁻¹(0.9). */
export const NORMAL_QUANTILE_90 = 1.2815515655446004;
