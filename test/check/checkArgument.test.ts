import { describe, expect, it } from 'vitest';
import { argumentError, checkProbability, requireInteger, requirePositive, show } from '../../src/check/index.js';

describe('argumentError(call, argument, requirement, value)', () => {
  it('names the call, the argument, the requirement and the value', () => {
    const error = argumentError('erlangB', 'servers', 'an integer >= 1', 0.5);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('erlangB: servers must be an integer >= 1, got 0.5');
  });
});

describe('show(value)', () => {
  it('prints numbers as JavaScript does and strings and objects as JSON', () => {
    expect([show(Number.NaN), show(-Infinity), show('x'), show({ a: 1 }), show(undefined)]).toEqual(['NaN', '-Infinity', '"x"', '{"a":1}', 'undefined']);
  });
});

describe('requireInteger and requirePositive', () => {
  it('return the value when it passes and throw naming it when it does not', () => {
    expect(requireInteger('runExperiment', 'jobs', 2, 1)).toBe(2);
    expect(() => requireInteger('runExperiment', 'jobs', 1.5, 1)).toThrow('runExperiment: jobs must be an integer >= 1, got 1.5');
    expect(requirePositive('gamma', 'shape', 0.5)).toBe(0.5);
    expect(() => requirePositive('gamma', 'shape', Infinity)).toThrow('gamma: shape must be a finite number > 0, got Infinity');
  });
});

describe('checkProbability(p, name)', () => {
  it('accepts 0 and 1 and refuses what lies outside, naming only the argument', () => {
    expect(() => checkProbability(0, 'p')).not.toThrow();
    expect(() => checkProbability(1, 'p')).not.toThrow();
    expect(() => checkProbability(1.5, 'p')).toThrow('p must be in [0, 1], got 1.5');
  });
});
