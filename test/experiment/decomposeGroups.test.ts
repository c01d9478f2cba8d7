import { describe, expect, it } from 'vitest';
import { applyChanges, changeBasis, groupChanges } from '../../src/experiment/index.js';
import type { LabelledChange, ValueLabel } from '../../src/experiment/index.js';
import type { Scenario } from '../../src/scenario/index.js';

const evidence: ValueLabel = { kind: 'evidence', note: 'S§2.1' };
const assumption: ValueLabel = { kind: 'assumption', note: 'no source' };

function change(path: string, to: unknown, fromLabel: ValueLabel = evidence, toLabel: ValueLabel = evidence): LabelledChange {
  return { path, from: 0, to, fromLabel, toLabel, basis: changeBasis(fromLabel, toLabel) };
}

const changes = [
  change('demand.childrenPerYear', 6000),
  change('workforce.posts', 90, evidence, assumption),
  change('screening.linking.probability', 0.8, assumption, assumption),
  change('workforce.caseloadCap', 15),
];

describe('changeBasis(from, to)', () => {
  it('is evidence only when both values are labelled evidence', () => {
    expect(changeBasis(evidence, evidence)).toBe('evidence');
    expect(changeBasis(evidence, assumption)).toBe('assumption');
    expect(changeBasis(undefined, evidence)).toBe('assumption');
  });
});

describe('groupChanges(changes, choices)', () => {
  it('groups by top-level section in the order sections first appear, marking a group evidence only if every change is', () => {
    const groups = groupChanges(changes);
    expect(groups.map((g) => [g.name, g.changes.map((c) => c.path), g.basis, g.evidenceChanges])).toEqual([
      ['demand', ['demand.childrenPerYear'], 'evidence', 1],
      ['workforce', ['workforce.posts', 'workforce.caseloadCap'], 'assumption', 1],
      ['screening', ['screening.linking.probability'], 'assumption', 0],
    ]);
  });

  it('with choices makes one group per choice (a path covers the values below it) and puts the rest in "other"', () => {
    const groups = groupChanges(changes, [{ name: 'staffing', paths: ['workforce'] }, { name: 'linking', paths: ['screening.linking.probability'] }]);
    expect(groups.map((g) => [g.name, g.changes.map((c) => c.path)])).toEqual([
      ['staffing', ['workforce.posts', 'workforce.caseloadCap']],
      ['linking', ['screening.linking.probability']],
      ['other', ['demand.childrenPerYear']],
    ]);
  });

  it('refuses a path that matches nothing, a value in two groups, a repeated name and no differences at all', () => {
    expect(() => groupChanges(changes, [{ name: 'x', paths: ['workforce.nope'] }])).toThrow(/"workforce.nope" matches no value that differs/);
    // A near miss of a differing path, or of a section above one, is suggested.
    expect(() => groupChanges(changes, [{ name: 'x', paths: ['workforce.postz'] }])).toThrow(/did you mean "workforce.posts"\?/);
    expect(() => groupChanges(changes, [{ name: 'a', paths: ['workforce'] }, { name: 'b', paths: ['workforce.posts'] }])).toThrow(/in both --group a and --group b/);
    expect(() => groupChanges(changes, [{ name: 'a', paths: ['demand'] }, { name: 'a', paths: ['workforce'] }])).toThrow(/named twice/);
    expect(() => groupChanges([])).toThrow(/do not differ/);
  });
});

describe('applyChanges(scenario, changes)', () => {
  it('sets values at their paths and removes a key for undefined, leaving the input untouched', () => {
    const before = { workforce: { posts: 77, shock: { atDay: 3 } }, demand: { childrenPerYear: 5750 } } as unknown as Scenario;
    const after = applyChanges(before, [
      { path: 'workforce.posts', value: 90 },
      { path: 'workforce.shock', value: undefined },
      { path: 'strategy.delayWorkingDays', value: { type: 'lognormal', median: 1, p90: 2 } },
    ]);
    expect(after).toEqual({ workforce: { posts: 90 }, demand: { childrenPerYear: 5750 }, strategy: { delayWorkingDays: { type: 'lognormal', median: 1, p90: 2 } } });
    expect(before).toEqual({ workforce: { posts: 77, shock: { atDay: 3 } }, demand: { childrenPerYear: 5750 } });
  });
});
