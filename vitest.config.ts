import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Test files share a worker's module cache (isolate: false): each worker imports the model, vega and
// the rest once instead of once per file, which was most of the suite's import time. A file that
// replaces a module with vi.mock runs isolated, so its mock cannot leak into other files.
const MOCKING = ['test/robustness/runaway.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One fork per processor. Left unset, vitest 4 runs one fewer than the processors in `vitest run`,
    // which on a 2-processor machine is a single fork running every file in turn.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
