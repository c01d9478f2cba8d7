import { describe, expect, it } from 'vitest';
import { MAX_SWEEP_VALUES, parseSweepSet } from '../../src/experiment/index.js';
import { parseOverride } from '../../src/scenario/setOverrides.js';

describe('parseSweepSet', () => {
  it('reads an inclusive range with a step', () => {
    expect(parseSweepSet('workforce.posts=70..90:5')).toEqual({ path: 'workforce.posts', values: [70, 75, 80, 85, 90] });
    expect(parseSweepSet('workforce.posts=70..88:5').values).toEqual([70, 75, 80, 85]);
    expect(parseSweepSet('a=1..3').values).toEqual([1, 2, 3]);
    expect(parseSweepSet('a=5..5:2').values).toEqual([5]);
    expect(parseSweepSet('a=-1..1').values).toEqual([-1, 0, 1]);
  });

  it('gives clean decimals for fractional steps, including the end point', () => {
    expect(parseSweepSet('screening.linking.probability=0..1:0.1').values).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(parseSweepSet('x=0.2..0.3:0.05').values).toEqual([0.2, 0.25, 0.3]);
  });

  it('reads comma lists and single values, typing numbers, booleans and words', () => {
    expect(parseSweepSet('workforce.caseloadCap=20,25,30')).toEqual({ path: 'workforce.caseloadCap', values: [20, 25, 30] });
    expect(parseSweepSet('allocation.queue=first-come-first-served, risk-prioritised').values).toEqual(['first-come-first-served', 'risk-prioritised']);
    expect(parseSweepSet('validation.directToAllocation=true,false').values).toEqual([true, false]);
    expect(parseSweepSet('workforce.posts=75')).toEqual({ path: 'workforce.posts', values: [75] });
    expect(parseSweepSet('a=1e3,2.5,-3').values).toEqual([1000, 2.5, -3]);
    expect(parseSweepSet('a=070').values).toEqual(['070']);
  });

  it('types each value as the scenario loader reads it back from path=value', () => {
    for (const v of parseSweepSet('a=1e3,0.25,true,risk-prioritised,070').values) {
      expect(parseOverride(`a=${String(v)}`).value).toEqual(v);
    }
  });

  it('throws RangeError on malformed paths and values', () => {
    const bad = ['workforce.posts', '=1,2', 'a..b=1', 'a.=1', 'a b=1', 'a=', 'a=1,,2', 'a=1,', 'a=90..70:5', 'a=1..5:0', 'a=1..5:-1',
      'a=1..x', 'a=1...5', 'a=null', 'a=[1,2]', 'a={"b":1}', 'a="x"', 'a=1,1', 'a=1..2:0.5,3'];
    for (const text of bad) expect(() => parseSweepSet(text), text).toThrow(RangeError);
    expect(() => parseSweepSet('a=90..70:5')).toThrow(/end 70 is below the start 90/);
    expect(() => parseSweepSet('a=1,2,1')).toThrow(/lists 1 twice/);
  });

  it('refuses more than MAX_SWEEP_VALUES values without building them', () => {
    expect(parseSweepSet(`a=1..${MAX_SWEEP_VALUES}`).values).toHaveLength(MAX_SWEEP_VALUES);
    expect(() => parseSweepSet(`a=0..${MAX_SWEEP_VALUES}`)).toThrow(/1001 values, more than the limit of 1000/);
    expect(() => parseSweepSet('a=0..1e15:1')).toThrow(/more than the limit/);
    expect(() => parseSweepSet(`a=${Array.from({ length: 1001 }, (_, i) => i).join(',')}`)).toThrow(/more than the limit/);
  });
});
