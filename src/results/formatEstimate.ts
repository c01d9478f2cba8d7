import { formatNumber } from '../charts/index.js';

/** The unit a metric is shown in: shares become percentages. */
export function displayUnit(unit: string): string {
  return unit === 'share' ? '%' : unit;
}

/** Decimals for a value in its display unit: 1 for percentages, else 2 below 10, 1 below 100, 0 above. */
export function decimalsFor(value: number, unit: string): number {
  if (unit === 'share') return 1;
  const size = Math.abs(value);
  return size < 10 ? 2 : size < 100 ? 1 : 0;
}

/** A metric value in its display unit (shares ×100), with the given decimals or those its size calls for. */
export function formatValue(value: number, unit: string, signed = false, decimals = decimalsFor(value, unit)): string {
  return formatNumber(unit === 'share' ? value * 100 : value, decimals, signed);
}

/**
 * "mean (low to high)" for an interval, all three with the decimals the mean calls for, or just the
 * mean when no CI could be estimated (one replication).
 */
export function formatEstimate(
  interval: { mean: number; ciLow: number; ciHigh: number; ciAvailable: boolean },
  unit: string,
  signed = false,
): string {
  const decimals = decimalsFor(interval.mean, unit);
  const mean = formatValue(interval.mean, unit, signed, decimals);
  if (!interval.ciAvailable) return `${mean} (no CI: 1 replication)`;
  return `${mean} (${formatValue(interval.ciLow, unit, signed, decimals)} to ${formatValue(interval.ciHigh, unit, signed, decimals)})`;
}
