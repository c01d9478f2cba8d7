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

/** What formatEstimate reads of an interval (an Interval from the stats layer has all of it). */
export interface EstimateInterval {
  mean: number;
  ciLow: number;
  ciHigh: number;
  ciAvailable: boolean;
  min: number;
  max: number;
}

/** Whether every replication gave the same value (two or more of them), so an interval would read `7.00 (7.00 to 7.00)`. */
export function sameInEveryReplication(interval: EstimateInterval): boolean {
  return interval.ciAvailable && interval.min === interval.max;
}

/** A value every replication gave exactly: whole numbers without decimals ("7", not "7.00"). */
function exactValue(value: number, unit: string, signed: boolean): string {
  const shown = unit === 'share' ? value * 100 : value;
  const decimals = Number.isInteger(Math.round(shown * 1e9) / 1e9) ? 0 : decimalsFor(value, unit);
  return formatNumber(shown, decimals, signed);
}

/** The mean alone, as formatEstimate shows it: without decimals when every replication gave the same whole number. */
export function formatMean(interval: EstimateInterval, unit: string, signed = false): string {
  if (sameInEveryReplication(interval)) return exactValue(interval.mean, unit, signed);
  return formatValue(interval.mean, unit, signed);
}

/**
 * "mean (low to high)" for an interval, all three with the decimals the mean calls for; just the
 * mean when no CI could be estimated (one replication); and "all replications: 7" when every
 * replication gave the same value, where an interval "7.00 (7.00 to 7.00)" would look broken.
 */
export function formatEstimate(interval: EstimateInterval, unit: string, signed = false): string {
  const decimals = decimalsFor(interval.mean, unit);
  const mean = formatValue(interval.mean, unit, signed, decimals);
  if (!interval.ciAvailable) return `${mean} (no CI: 1 replication)`;
  if (sameInEveryReplication(interval)) return `all replications: ${exactValue(interval.mean, unit, signed)}`;
  return `${mean} (${formatValue(interval.ciLow, unit, signed, decimals)} to ${formatValue(interval.ciHigh, unit, signed, decimals)})`;
}
