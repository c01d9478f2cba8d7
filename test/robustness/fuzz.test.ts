// Fuzzing the scenario input: random `--set` overrides, valid and invalid, on a small scenario that
// extends the shipped base. Loading never throws; any invalid override is rejected with located
// issues; an all-valid scenario runs one short replication with every model invariant holding.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/index.js';
import { loadScenario, ScenarioSchema } from '../../src/scenario/index.js';
import { memoryReader } from '../../src/scenario/memoryReader.js';
import { invariantViolations } from '../model/invariants.js';

/** fast-check seed (printed by fast-check with the failing case and a replay path on failure). */
const SEED = 20240917;
/** About half the cases are valid and each runs a replication of a few milliseconds (the file takes a few seconds). */
const RUNS = 500;

const BASE = readFileSync(new URL('../../scenarios/base.yaml', import.meta.url), 'utf8');
/** The shipped base cut to 300 children a year, 6 posts and a quarter of a year after 30 days of warm-up. */
const SMALL = `extends: base.yaml
name: fuzz-small
description: A small front door for fuzzing.
demand:
  childrenPerYear: 300
screening:
  screeners: 2
allocation:
  heldOnDuty:
    dutyWorkers: 1
workforce:
  posts: 6
  initialCasesPerWorker: 4
horizon:
  years: 0.25
  warmupDays: 30
`;
const FILES = { '/s/base.yaml': BASE, '/s/small.yaml': SMALL };
const reader = memoryReader(FILES);

/**
 * One key a scenario author might set: its path, values the schema accepts in the small scenario,
 * and values it must refuse whatever else is set. `undefined` valid means the key itself is wrong.
 */
interface Knob {
  path: string;
  valid: fc.Arbitrary<unknown> | undefined;
  invalid: fc.Arbitrary<unknown>;
  /**
   * Invalid values that break a rule across keys (the schema's cross-field checks). Those rules run
   * alongside the per-key checks, so they are named even when other keys are wrong too.
   */
  crossField?: (value: unknown) => boolean;
}

const share = fc.double({ min: 0, max: 1, noNaN: true });
const notShare = fc.oneof(fc.double({ min: 1.0001, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -0.0001, noNaN: true }));
/** Lower-case words that are none of `allowed` (nor the texts `--set` reads as booleans or null). */
const wordExcept = (...allowed: string[]) =>
  fc.stringMatching(/^[a-z][a-z-]{0,11}$/).filter((s) => ![...allowed, 'true', 'false', 'null'].includes(s));
const QUEUES = ['first-come-first-served', 'risk-prioritised'];
const POLICIES = ['least-loaded', 'round-robin', 'first-available'];
const MODES = ['working-days', 'continuous'];

const validDistribution = fc.oneof(
  fc.record({ type: fc.constant('fixed'), value: fc.double({ min: 0, max: 20, noNaN: true }) }),
  fc.record({ type: fc.constant('exponential'), mean: fc.double({ min: 0.1, max: 20, noNaN: true }) }),
  fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }))
    .map(([a, b]) => ({ type: 'uniform', min: Math.min(a, b), max: Math.max(a, b) })),
  fc.tuple(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 1, max: 4, noNaN: true }))
    .map(([median, ratio]) => ({ type: 'lognormal', median, p90: median * ratio })),
);
const invalidDistribution = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true }))
    .map(([max, gap]) => ({ type: 'uniform', min: max + gap, max })),
  fc.double({ min: -10, max: 0, noNaN: true }).map((mean) => ({ type: 'exponential', mean })),
  fc.constant({ type: 'poisson', mean: 2 }),
  fc.constant({ type: 'lognormal', mean: 2, cv: 0.5, median: 2 }),
  fc.constant({ type: 'fixed' }),
);

const KNOBS: Knob[] = [
  {
    path: 'workforce.posts', valid: fc.integer({ min: 1, max: 12 }),
    invalid: fc.oneof(fc.integer({ min: -100, max: 0 }), fc.constant(2.5), fc.constant('many'), fc.integer({ min: 5001, max: 1e9 })),
    crossField: (value) => value === 0,
  },
  { path: 'workforce.caseloadCap', valid: fc.integer({ min: 1, max: 30 }), invalid: fc.oneof(fc.integer({ min: -5, max: 0 }), fc.integer({ min: 201, max: 1e6 }), fc.constant(7.5)) },
  { path: 'demand.childrenPerYear', valid: fc.integer({ min: 20, max: 600 }), invalid: fc.oneof(fc.integer({ min: -1000, max: 0 }), fc.constant(true)) },
  { path: 'screening.absenceRate', valid: fc.double({ min: 0, max: 0.3, noNaN: true }), invalid: notShare },
  { path: 'screening.furtherInformation.share', valid: share, invalid: notShare },
  { path: 'demand.returns.afterReferral', valid: share, invalid: notShare },
  { path: 'allocation.transferAtPlanStart', valid: share, invalid: notShare },
  {
    path: 'workforce.initialAgencyShare', valid: fc.double({ min: 0, max: 0.25, noNaN: true }),
    invalid: fc.double({ min: 0.26, max: 1, noNaN: true }), crossField: () => true,
  },
  { path: 'screening.furtherInformation.delayWorkingDays', valid: validDistribution, invalid: invalidDistribution },
  { path: 'strategy.delayWorkingDays', valid: validDistribution, invalid: invalidDistribution },
  { path: 'demand.returns.delayDays', valid: validDistribution, invalid: invalidDistribution },
  { path: 'allocation.queue', valid: fc.constantFrom(...QUEUES), invalid: wordExcept(...QUEUES) },
  { path: 'allocation.policy', valid: fc.constantFrom(...POLICIES), invalid: wordExcept(...POLICIES) },
  { path: 'calendar.mode', valid: fc.constantFrom(...MODES), invalid: wordExcept(...MODES) },
  { path: 'calendar.bankHolidays', valid: fc.boolean(), invalid: fc.oneof(wordExcept(), fc.integer({ min: 0, max: 1 })) },
  { path: 'horizon.warmupDays', valid: fc.integer({ min: 0, max: 60 }), invalid: fc.oneof(fc.integer({ min: -100, max: -1 }), fc.constant(1e6)) },
  { path: 'workforce.caseloadCapp', valid: undefined, invalid: fc.integer({ min: 1, max: 30 }) },
  { path: 'horizn.years', valid: undefined, invalid: fc.constant(1) },
  { path: 'demand.riskMix.extreme', valid: undefined, invalid: share },
];

/** One override: which knob, whether its value is meant to be valid, and the value. */
interface Planted {
  knob: Knob;
  valid: boolean;
  value: unknown;
}

const plantedArb: fc.Arbitrary<Planted> = fc.integer({ min: 0, max: KNOBS.length - 1 }).chain((index) => {
  const knob = KNOBS[index] as Knob;
  const invalid = knob.invalid.map((value): Planted => ({ knob, valid: false, value }));
  if (knob.valid === undefined) return invalid;
  const valid = knob.valid.map((value): Planted => ({ knob, valid: true, value }));
  // Valid values twice as often as invalid ones, so that about half of the scenarios run.
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: invalid, weight: 1 });
});
/** 1–4 overrides on distinct keys, so a later one never overwrites an earlier one's problem. */
const plantsArb = fc.uniqueArray(plantedArb, { minLength: 1, maxLength: 4, selector: (p) => p.knob.path });

/** The `--set` texts for one override: a mapping is deleted first so that it replaces, not merges. */
function setTexts(p: Planted): string[] {
  if (typeof p.value === 'object' && p.value !== null) return [`${p.knob.path}=null`, `${p.knob.path}=${JSON.stringify(p.value)}`];
  return [`${p.knob.path}=${String(p.value)}`];
}

describe('fuzzing scenario overrides', () => {
  it('the small scenario loads as it is', () => {
    expect(loadScenario('/s/small.yaml', ScenarioSchema, reader).ok).toBe(true);
  });

  it('any 1–4 overrides: no exception; an invalid one is reported at its key; an all-valid scenario keeps every invariant', () => {
    let ran = 0;
    let rejected = 0;
    fc.assert(
      fc.property(plantsArb, fc.integer({ min: 0, max: 999 }), (plants, seed) => {
        const overrides = plants.flatMap(setTexts);
        const result = loadScenario('/s/small.yaml', ScenarioSchema, reader, { overrides });
        const bad = plants.filter((p) => !p.valid);
        if (bad.length > 0) {
          rejected++;
          expect(result.ok, `accepted ${overrides.join(' ')}`).toBe(false);
          if (result.ok) return;
          for (const issue of result.issues) {
            expect(['/s/small.yaml', '/s/base.yaml', '(--set)']).toContain(issue.file);
            expect(typeof issue.path).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
          }
          // Every invalid override is named at once: an issue at its key, inside it, or at the first unknown key on its path.
          for (const p of bad) {
            const named = result.issues.some((i) => i.path !== '' && (p.knob.path === i.path || p.knob.path.startsWith(`${i.path}.`) || i.path.startsWith(`${p.knob.path}.`)));
            expect(named, `${p.knob.path}=${JSON.stringify(p.value)} not named in ${JSON.stringify(result.issues)}`).toBe(true);
          }
          return;
        }
        expect(result.ok, result.ok ? '' : JSON.stringify(result.issues)).toBe(true);
        if (!result.ok) return;
        ran++;
        const out = runReplication(result.value, { seed: `fuzz-${seed}`, replication: seed % 3 });
        expect(invariantViolations(out, result.value)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The property must have exercised both branches.
    expect(ran).toBeGreaterThan(RUNS / 5);
    expect(rejected).toBeGreaterThan(RUNS / 5);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
