// What `frontdoor run` says when a replication hits the engine's runaway guard. The guard's default
// (5e8 events) is far beyond any test, so the engine is replaced by one whose limit is 200 events,
// which the tiny scenario passes within its first simulated month.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Engine from '../../src/engine/index.js';
import { cli, fakeIo, listFiles, removeFolder, scenarioFolder } from '../cli/fakeIo.js';

const TEST_MAX_EVENTS = 200;

vi.mock('../../src/engine/index.js', async (importOriginal) => {
  const engine = await importOriginal<typeof Engine>();
  /** The real simulation with a small event limit, whatever the caller asks for. */
  class LimitedSimulation extends engine.Simulation {
    constructor(options: ConstructorParameters<typeof engine.Simulation>[0] = {}) {
      super({ ...options, maxEvents: TEST_MAX_EVENTS });
    }
  }
  return { ...engine, Simulation: LimitedSimulation };
});

let dir: string;
beforeAll(() => {
  dir = scenarioFolder();
});
afterAll(() => removeFolder(dir));

describe('frontdoor run when a replication reaches the event limit', () => {
  it('exits 3 with the scenario, replication, seed and limit in a message that says what to check, and writes nothing', async () => {
    const io = fakeIo({ dir });
    const result = await cli(io, 'run', 'scenarios/a.yaml', '--seed', '9', '--replications', '2', '--jobs', '1', '--no-charts', '--out', 'out');
    expect(result.code).toBe(3);
    const first = result.err.split('\n').find((line) => line.startsWith('error:')) ?? '';
    expect(first).toMatch(/replication 0 of scenario "tiny-a" \(seed "9"\) failed: event limit reached at simulated time [\d.]+: 200 events processed and maxEvents is 200/);
    expect(first).toContain('guard against runaway runs');
    expect(first).not.toContain('SimulationOptions');
    expect(result.err).not.toContain('This is a bug');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(listFiles(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    expect(result.out).toBe('');
  });
});
