import { describe, expect, it } from 'vitest';
import { MAX_WORKERS, mergeTeachingRuns, runTeachingJob, splitReplications, workerCount } from '../../src/teaching/index.js';
import { shippedScenario } from './solihullScenarios.js';

describe('splitReplications(replications, count)', () => {
  it('splits into at most `count` consecutive parts, as even as they can be, larger parts first, covering every replication once in order', () => {
    expect(splitReplications([0, 1, 2], 2)).toEqual([[0, 1], [2]]);
    expect(splitReplications([0, 1, 2, 3, 4], 3)).toEqual([[0, 1], [2, 3], [4]]);
    expect(splitReplications([0, 1], 4)).toEqual([[0], [1]]);
    expect(splitReplications([0, 1, 2], 1)).toEqual([[0, 1, 2]]);
    for (let n = 1; n <= 9; n++) {
      for (let count = 1; count <= 5; count++) {
        const replications = Array.from({ length: n }, (_, r) => r);
        const parts = splitReplications(replications, count);
        expect(parts.flat(), `${n} in ${count}`).toEqual(replications);
        const sizes = parts.map((p) => p.length);
        expect(Math.max(...sizes) - Math.min(...sizes), `${n} in ${count}: ${sizes.join(', ')}`).toBeLessThanOrEqual(1);
        expect(sizes, `${n} in ${count}`).toEqual([...sizes].sort((a, b) => b - a));
        expect(parts.length).toBe(Math.min(n, count));
      }
    }
  });
});

describe('workerCount(processors)', () => {
  it('leaves one processor to the page, starts at least one worker and at most MAX_WORKERS', () => {
    expect([1, 2, 3, 4, 5, 8, 64].map(workerCount)).toEqual([1, 1, 2, 3, 4, 4, 4]);
    expect(MAX_WORKERS).toBe(4);
  });
});

describe('a job run in parts and merged', () => {
  // Short runs keep the test quick: three replications of a 2024 scenario, a quarter of a year after a 30-day start.
  const RUN = { warmupDays: 30, years: 0.25, replications: 3 };
  const scenario = shippedScenario('solihull-2024.yaml');

  it('gives exactly what one run over every replication gives, however the replications are split', () => {
    const whole = runTeachingJob(scenario, 'split-test', RUN);
    for (const count of [2, 3]) {
      const parts = splitReplications([0, 1, 2], count).map((replications) => runTeachingJob(scenario, 'split-test', RUN, () => {}, replications));
      expect(mergeTeachingRuns(parts), `${count} parts`).toEqual(whole);
    }
  });

  it('reports progress within a part by the replications that part has done', () => {
    const progress: number[] = [];
    runTeachingJob(scenario, 'split-test', RUN, (done) => progress.push(done), [2]);
    expect(progress).toEqual([1]);
  });
});
