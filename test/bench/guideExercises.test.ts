import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_EXERCISES, exerciseCommand, expectedText, fillGuide, formatGuideNumber, guideMarkers } from '../../src/bench/guideExercises.js';
import type { GuideNumbers } from '../../src/bench/guideExercises.js';
import { loadScenarios } from '../../src/cli/loadScenarios.js';
import { nodeIo } from '../../src/cli/nodeIo.js';
import { runTask } from '../../src/experiment/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(ROOT, 'scenarios', 'teaching', 'README.md'), 'utf8');
const numbers = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'teaching', 'guide-numbers.json'), 'utf8')) as GuideNumbers;

describe('formatGuideNumber(metric, values)', () => {
  it('quotes shares as whole percentages, counts of replications as "k of n", changes of worker to 2 decimals and large numbers with a comma', () => {
    expect(formatGuideNumber('referralToAssessment.withinTarget', [0.5, 0.62])).toBe('56%');
    expect(formatGuideNumber('unallocatedRising', [1, 0, 1, 0, 0])).toBe('2 of 5');
    expect(formatGuideNumber('workerChangesMean', [0.4, 0.45])).toBe('0.43');
    expect(formatGuideNumber('referralsPerYear', [2400.4, 2500.8])).toBe('2,451');
    expect(formatGuideNumber('referralToAllocation.p90', [null, null])).toBe('–');
  });
});

describe('fillGuide(guide, numbers)', () => {
  it('replaces each marked number and names a marker with no numbers', () => {
    const tiny: GuideNumbers = { exercises: { x: { command: '', scenarios: ['a'], values: [{ caseloadMean: [12, 13] }] } } };
    expect(fillGuide('about <!--n:x.0.caseloadMean-->?<!--/n--> cases', tiny)).toBe('about <!--n:x.0.caseloadMean-->12.5<!--/n--> cases');
    expect(() => fillGuide('<!--n:x.1.caseloadMean-->?<!--/n-->', tiny)).toThrow(/x\.1\.caseloadMean/);
  });
});

describe("the trainer's guide (scenarios/teaching/README.md)", () => {
  it('quotes every marked number as guide-numbers.json gives it', () => {
    const markers = guideMarkers(guide);
    expect(markers.length).toBeGreaterThan(40);
    const wrong = markers.flatMap((m) => {
      const expected = expectedText(numbers, m.exercise, m.scenario, m.metric);
      return expected === m.text ? [] : [`${m.exercise}.${m.scenario}.${m.metric}: guide ${m.text}, runs ${String(expected)} (run npm run guide-numbers)`];
    });
    expect(wrong).toEqual([]);
  });

  it('prints every exercise command exactly as guide-numbers.json ran it', () => {
    for (const exercise of GUIDE_EXERCISES) {
      expect(numbers.exercises[exercise.id]?.command, exercise.id).toBe(exerciseCommand(exercise));
      expect(guide, exercise.id).toContain(exerciseCommand(exercise));
      expect(numbers.exercises[exercise.id]?.values[0]?.[exercise.metrics[0] ?? '']?.length, exercise.id).toBe(exercise.replications);
    }
  });

  // A full exercise takes a minute or more; one replication of two of its scenarios, recomputed here exactly as the
  // exercise's command runs it (same files, --set, --years and seed), must give the very values the guide's numbers come from.
  it.each([['shock', 1], ['years', 0]] as const)('recomputes replication 0 of exercise %s, scenario %i, exactly', (id, index) => {
    const exercise = GUIDE_EXERCISES.find((e) => e.id === id);
    if (exercise === undefined) throw new Error(`no exercise ${id}`);
    const loaded = loadScenarios([exercise.files[index] ?? ''], [...exercise.sets, `horizon.years=${exercise.years}`], { ...nodeIo(), cwd: ROOT })[0]?.loaded;
    if (loaded === undefined) throw new Error('not loaded');
    const record = runTask(loaded.scenario, { scenario: loaded.name, seed: exercise.seed, replication: 0, keepSample: false });
    const stored = numbers.exercises[id]?.values[index] ?? {};
    for (const metric of exercise.metrics) {
      const value = record.metrics.scalars[metric];
      expect(stored[metric]?.[0], metric).toBe(value === undefined || !Number.isFinite(value) ? null : value);
    }
  }, 120_000);
});
