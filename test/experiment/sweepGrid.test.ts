import { describe, expect, it } from 'vitest';
import { MAX_SWEEP_POINTS, parseSweepSet, sweepGrid, sweepPointsForShard } from '../../src/experiment/index.js';

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

describe('sweepPointsForShard', () => {
  const points = ['p0', 'p1', 'p2', 'p3', 'p4'];

  it('gives the points at positions i % count === index, partitioning the grid', () => {
    expect(sweepPointsForShard(points, { index: 0, count: 2 })).toEqual(['p0', 'p2', 'p4']);
    expect(sweepPointsForShard(points, { index: 1, count: 2 })).toEqual(['p1', 'p3']);
    expect(sweepPointsForShard(points, { index: 5, count: 6 })).toEqual([]);
  });

  it('gives a copy of every point without a shard, and rejects a bad shard', () => {
    const all = sweepPointsForShard(points);
    expect(all).toEqual(points);
    expect(all).not.toBe(points);
    expect(() => sweepPointsForShard(points, { index: 2, count: 2 })).toThrow(RangeError);
  });
});
