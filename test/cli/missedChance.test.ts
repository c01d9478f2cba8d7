import { describe, expect, it } from 'vitest';
import { missedChance } from '../../src/cli/missedChance.js';
import type { ExperimentRaw, MissedChanceChild } from '../../src/experiment/index.js';

function raw(byScenario: Record<string, MissedChanceChild[]>): ExperimentRaw {
  return {
    records: Object.entries(byScenario).map(([scenario, missedChances]) => ({ scenario, replication: 0, sample: { missedChances } })),
  } as unknown as ExperimentRaw;
}

describe('missedChance(raw, scenarios)', () => {
  it('prefers the first missed chance whose story differs in the other scenario', () => {
    const picked = missedChance(raw({
      a: [{ child: 4, secondTime: 400, kind: 'neverReferred' }, { child: 2, secondTime: 410, kind: 'referredLater' }, { child: 7, secondTime: 420, kind: 'neverReferred' }],
      b: [{ child: 4, secondTime: 401, kind: 'neverReferred' }, { child: 7, secondTime: 430, kind: 'referredLater' }],
    }), ['a', 'b']);
    expect(picked).toEqual({ child: 2, kind: 'referredLater', others: [undefined] });
  });

  it('falls back to the first missed chance when every story is the same, and gives undefined when there is none', () => {
    expect(missedChance(raw({ a: [{ child: 4, secondTime: 400, kind: 'neverReferred' }], b: [{ child: 4, secondTime: 400, kind: 'neverReferred' }] }), ['a', 'b']))
      .toEqual({ child: 4, kind: 'neverReferred', others: ['neverReferred'] });
    expect(missedChance(raw({ a: [] }), ['a'])).toBeUndefined();
  });
});
