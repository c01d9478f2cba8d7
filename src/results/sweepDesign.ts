import type { SweepAxis } from '../experiment/index.js';

/** A sweep as recorded in run.json and summary.json: its axes and, per point, the scenario name used. */
export interface SweepDesign {
  /** The scenario file swept. */
  base: string;
  axes: SweepAxis[];
  points: { name: string; label: string; overrides: string[] }[];
}

/** The value of `path` at a sweep point, read back from its `path=value` override (undefined if absent). */
export function pointValue(point: SweepDesign['points'][number], path: string): number | string | boolean | undefined {
  const override = point.overrides.find((o) => o.slice(0, o.indexOf('=')) === path);
  if (override === undefined) return undefined;
  const text = override.slice(override.indexOf('=') + 1);
  if (text === 'true' || text === 'false') return text === 'true';
  const number = Number(text);
  return text.trim() !== '' && Number.isFinite(number) ? number : text;
}

/** A guard for a SweepDesign read back from run.json. */
export function isSweepDesign(value: unknown): value is SweepDesign {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v['base'] === 'string' && Array.isArray(v['axes']) && Array.isArray(v['points']);
}
