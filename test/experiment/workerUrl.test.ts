import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPERIMENT_METHOD, workerUrl } from '../../src/experiment/index.js';
import { CI_METHOD, QUANTILE_METHOD } from '../../src/stats/index.js';
import { RNG_ALGORITHM, STREAM_SEED_SCHEME } from '../../src/random/index.js';

describe('workerUrl', () => {
  it('points compiled code at worker.js beside it', () => {
    expect(workerUrl('file:///app/dist/experiment/runTasksInWorkers.js').href).toBe('file:///app/dist/experiment/worker.js');
  });

  it('points source code at the compiled worker under the repository root', () => {
    const url = workerUrl(new URL('../../src/experiment/runTasksInWorkers.ts', import.meta.url).href);
    expect(url.href).toBe(new URL('../../dist/experiment/worker.js', import.meta.url).href);
  });

  it('asks for npm run build when the compiled worker is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'frontdoor-worker-'));
    try {
      const source = pathToFileURL(join(root, 'src', 'experiment', 'runTasksInWorkers.ts')).href;
      expect(() => workerUrl(source)).toThrow(/npm run build/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('EXPERIMENT_METHOD', () => {
  it('names the CI, quantile, generator and stream methods the results use', () => {
    expect(EXPERIMENT_METHOD).toMatchObject({ ciMethod: CI_METHOD, quantileMethod: QUANTILE_METHOD, rngAlgorithm: RNG_ALGORITHM, streamScheme: STREAM_SEED_SCHEME });
    expect(EXPERIMENT_METHOD.crn).toMatch(/same seed and replication index/);
  });
});
