import type { Scenario } from '../scenario/index.js';
// The module itself, not the scenario layer's index: the page's bundle takes only this small file.
import { isRecord } from '../scenario/plainData.js';

/** Ids of the teaching page's elements that its script looks for: the page data, its own code, and the app's container. */
export const TEACHING_PAGE_IDS = { data: 'teaching-data', bundle: 'teaching-bundle', app: 'teaching-app' } as const;

/**
 * Names of the performance measures the page records for each setting it shows (see the browser's
 * performance timeline): the simulation (from the start of a re-run until both settings’ runs are back) and the drawing.
 */
export const TEACHING_MEASURES = { simulate: 'frontdoor: simulate', draw: 'frontdoor: draw' } as const;

/** Length of each run in the teaching page and how many runs per setting: short, so a run finishes in seconds in a browser. */
export const TEACHING_RUN: TeachingRun = { warmupDays: 180, years: 1, replications: 3 };

/** How long each simulated run lasts (calendar days of warm-up, then measured years) and how many runs each setting gets. */
export interface TeachingRun {
  readonly warmupDays: number;
  readonly years: number;
  readonly replications: number;
}

/** A starting configuration the trainer can pick: a display label and a resolved scenario. */
export interface TeachingStart {
  readonly label: string;
  readonly scenario: Scenario;
}

/** Everything the teaching page's script reads from the page, as JSON. */
export interface TeachingPageData {
  readonly seed: string;
  readonly run: TeachingRun;
  readonly starts: readonly TeachingStart[];
}

/**
 * Narrows the page's JSON to TeachingPageData, checking the shape the script relies on (the scenarios
 * themselves were validated when they were loaded). Throws naming the first field that is wrong.
 */
export function parsePageData(value: unknown): TeachingPageData {
  const fail = (what: string): never => {
    throw new TypeError(`parsePageData: ${what}`);
  };
  if (!isRecord(value)) return fail('the page data is not an object');
  const { seed, run, starts } = value;
  if (typeof seed !== 'string' || seed === '') fail('seed must be a non-empty string');
  if (!isRecord(run)) return fail('run must be an object');
  for (const key of ['warmupDays', 'years', 'replications'] as const) {
    if (typeof run[key] !== 'number' || !(run[key] >= 0)) fail(`run.${key} must be a number >= 0`);
  }
  if (!Array.isArray(starts) || starts.length === 0) return fail('starts must be a non-empty array');
  starts.forEach((start: unknown, i) => {
    if (!isRecord(start) || typeof start.label !== 'string' || !isRecord(start.scenario)) fail(`starts[${i}] must have a label and a scenario`);
  });
  return value as unknown as TeachingPageData;
}
