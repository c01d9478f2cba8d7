import type { Risk } from './records.js';

/**
 * The front door's reading of a child's risk: right with probability `accuracy`; otherwise
 * uninformative, a level drawn from the population's risk mix. Everything the front door does by
 * risk (decisions, family-hub diversion, risk-prioritised allocation) uses a reading, never the
 * child's latent risk.
 */
export function readRisk(latent: Risk, accuracy: number, uRight: number, uLevel: number, mix: Readonly<Record<Risk, number>>): Risk {
  if (uRight < accuracy) return latent;
  const total = mix.low + mix.medium + mix.high;
  if (total <= 0) return latent;
  if (uLevel < mix.low / total) return 'low';
  if (uLevel < (mix.low + mix.medium) / total) return 'medium';
  return 'high';
}
