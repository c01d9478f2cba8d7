import { describe, expect, it } from 'vitest';
import { MAX_SWEEP_POINTS, parseSweepSet, sweepGrid } from '../../src/experiment/index.js';

describe('sweepGrid', () => {
  it('gives the cartesian product with the first axis varying slowest', () => {
    const grid = sweepGrid([parseSweepSet('workforce.posts=75,80'), parseSweepSet('workforce.caseloadCap=15,18,20')]);
    expect(grid.map((p) => p.label)).toEqual([
      'workforce.posts=75, workforce.caseloadCap=15',
      'workforce.posts=75, workforce.caseloadCap=18',
      'workforce.posts=75, workforce.caseloadCap=20',
      'workforce.posts=80, workforce.caseloadCap=15',
      'workforce.posts=80, workforce.caseloadCap=18',
      'workforce.posts=80, workforce.caseloadCap=20',
    ]);
    expect(grid[1]?.overrides).toEqual(['workforce.posts=75', 'workforce.caseloadCap=18']);
  });

  it('gives one point per value for one axis, and one empty point for no axes', () => {
    expect(sweepGrid([parseSweepSet('allocation.queue=risk-prioritised')])).toEqual([
      { label: 'allocation.queue=risk-prioritised', overrides: ['allocation.queue=risk-prioritised'] },
    ]);
    expect(sweepGrid([])).toEqual([{ label: '', overrides: [] }]);
  });

  it('throws RangeError for a repeated path, an empty axis or a grid too large', () => {
    expect(() => sweepGrid([parseSweepSet('a=1,2'), parseSweepSet('a=3')])).toThrow(/"a" is given twice/);
    expect(() => sweepGrid([{ path: 'a', values: [] }])).toThrow(/"a" has no values/);
    const big = [parseSweepSet('a=1..1000'), parseSweepSet('b=1..1000')];
    expect(() => sweepGrid(big)).toThrow(`more than ${MAX_SWEEP_POINTS} points`);
  });
});

