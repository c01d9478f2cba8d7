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
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
