import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimulationReply, SimulationRequest } from '../../src/teaching/index.js';
import { solihullStarts } from './solihullScenarios.js';
import { teachingPageBundle } from './teachingBundle.js';

let code = '';

beforeAll(async () => {
  code = await teachingPageBundle();
});

describe('bundleTeachingPage()', () => {
  it('returns one browser script that needs no Node built-in and no module loader', () => {
    expect(code.length).toBeGreaterThan(10_000);
    // A bundle for Node would reach its built-ins through require() or 'node:' specifiers.
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/["']node:[a-z_]+["']/);
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|\bexport\s*\{/m);
    expect(code).not.toMatch(/\bprocess\.(env|exit|cwd|argv)\b/);
    // Nothing for escapeScript to change, so the text the page's worker runs is the bundle byte for byte.
    expect(code).not.toMatch(/<\/script|<!--/i);
  });

  it('runs as the simulation worker in a context with no DOM and no Node: progress after each run, then the result', () => {
    // Arrange: a context with only what a worker offers and the script uses (messaging, structuredClone),
    // and no document, so the script takes its worker role.
    const replies: SimulationReply[] = [];
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const context = {
      addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
        if (type === 'message') listeners.push(listener);
      },
      postMessage: (reply: SimulationReply) => replies.push(structuredClone(reply)),
      structuredClone,
    };
    runInNewContext(code, context);
    const scenario = solihullStarts()[1]?.scenario;
    if (scenario === undefined) throw new Error('no 2024 scenario');
    const request: SimulationRequest = { id: 7, scenario, seed: 'bundle-test', run: { warmupDays: 30, years: 0.25, replications: 2 } };

    // Act
    expect(listeners).toHaveLength(1);
    listeners[0]?.({ data: request });

    // Assert
    expect(replies.map((r) => r.kind)).toEqual(['progress', 'progress', 'result']);
    expect(replies.every((r) => r.id === 7)).toBe(true);
    const result = replies[2];
    if (result?.kind !== 'result') throw new Error(`expected a result, got ${JSON.stringify(result)}`);
    expect(result.runs.curves.referralToAssessment.runs).toHaveLength(2);
    expect(result.runs.scalars.unallocatedMean).toHaveLength(2);
  });
});
