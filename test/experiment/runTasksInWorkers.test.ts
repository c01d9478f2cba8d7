import { describe, expect, it } from 'vitest';
import { runTasksInWorkers } from '../../src/experiment/runTasksInWorkers.js';
import type { IndexedTask } from '../../src/experiment/workerProtocol.js';
import { smallScenario } from './smallScenario.js';

// Runs dist/experiment/worker.js (built by `npm test` before vitest).

/** A scenario whose replication takes about a hundred times longer than the small one's. */
const heavy = smallScenario((s) => {
  s.name = 'heavy';
  s.horizon = { years: 3, warmupDays: 60 };
  s.demand.childrenPerYear = 6000;
  s.screening.screeners = 8;
  s.workforce.posts = 60;
});
const light = smallScenario((s) => {
  s.name = 'light';
});

function tasks(): IndexedTask[] {
  const list: IndexedTask[] = [{ index: 0, scenarioIndex: 0, task: { scenario: 'heavy', seed: 'queue', replication: 0, keepSample: false } }];
  for (let r = 0; r < 8; r++) list.push({ index: r + 1, scenarioIndex: 1, task: { scenario: 'light', seed: 'queue', replication: r, keepSample: false } });
  return list;
}

describe('runTasksInWorkers', () => {
  it('hands tasks out one at a time, so the other worker runs every short task while one runs a long task', async () => {
    const arrived: number[] = [];
    await runTasksInWorkers([heavy, light], tasks(), { jobs: 2, onRecord: (index) => arrived.push(index) });
    // With a fixed split (worker k taking tasks k, k + 2, …) tasks 2, 4, 6 and 8 would wait behind task 0.
    expect(arrived).toHaveLength(9);
    expect(arrived.at(-1)).toBe(0);
    expect([...arrived].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('starts no more workers than tasks and reports each task once', async () => {
    const arrived: number[] = [];
    await runTasksInWorkers([heavy, light], tasks().slice(1, 3), { jobs: 4, onRecord: (index) => arrived.push(index) });
    expect([...arrived].sort((a, b) => a - b)).toEqual([1, 2]);
  });
});
