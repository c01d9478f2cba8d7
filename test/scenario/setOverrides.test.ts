import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { memoryReader } from '../../src/scenario/memoryReader.js';
import { overridePatch, parseOverride, readOverride } from '../../src/scenario/setOverrides.js';
import { BASE_YAML, TestSchema } from './fixtures.js';

const reader = memoryReader({ 's/base.yaml': BASE_YAML });

describe('parseOverride', () => {
  it('parseOverride(text) reads numbers, booleans, null, JSON and plain strings', () => {
    expect(parseOverride('workforce.socialWorkers=35')).toEqual({ path: ['workforce', 'socialWorkers'], value: 35 });
    expect(parseOverride('a=-1.5e2').value).toBe(-150);
    expect(parseOverride('a=true').value).toBe(true);
    expect(parseOverride('a=false').value).toBe(false);
    expect(parseOverride('a=null').value).toBeNull();
    expect(parseOverride('a=[1,"b"]').value).toEqual([1, 'b']);
    expect(parseOverride('a={"b":{"c":2}}').value).toEqual({ b: { c: 2 } });
    expect(parseOverride('a="35"').value).toBe('35');
    expect(parseOverride('name=Solihull 2024').value).toBe('Solihull 2024');
    expect(parseOverride('a=x=y').value).toBe('x=y');
    expect(parseOverride('a=').value).toBe('');
  });

  it('parseOverride(text) keeps number-like text that is not a JSON number as a string', () => {
    expect(parseOverride('a=035').value).toBe('035');
    expect(parseOverride('a=1.').value).toBe('1.');
    expect(parseOverride('a=0x10').value).toBe('0x10');
  });

  it('parseOverride(text) throws a RangeError naming the text when it is malformed', () => {
    expect(() => parseOverride('workforce.socialWorkers')).toThrow(RangeError);
    expect(() => parseOverride('=3')).toThrow(/"=3"/);
    expect(() => parseOverride('a..b=3')).toThrow(/empty/);
    expect(() => parseOverride('a={bad')).toThrow(/JSON/);
    expect(() => parseOverride('a=1e400')).toThrow('number out of range: 1e400 is too large to represent');
  });

  it('readOverride(text) reports malformed text as an issue in (--set)', () => {
    expect(readOverride('oops')).toEqual({
      ok: false,
      issue: { file: '(--set)', path: '', message: 'expected key.path=value, found no "=" in "oops"', code: 'invalid_override' },
    });
    expect(readOverride('extends=other.yaml')).toMatchObject({ ok: false, issue: { path: 'extends' } });
    expect(readOverride('__proto__.polluted=1')).toMatchObject({ ok: false, issue: { path: '__proto__.polluted' } });
    expect(readOverride('a={"__proto__":{"polluted":1}}')).toMatchObject({ ok: false, issue: { path: 'a' } });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('overridePatch(override) nests the value under its key path in prototype-free objects', () => {
    const patch = overridePatch({ path: ['a', 'b'], value: 1 });
    expect(patch).toEqual({ a: { b: 1 } });
    expect(Object.getPrototypeOf(patch)).toBeNull();
  });
});

describe('loadScenario with overrides', () => {
  it('loadScenario(file, { overrides }) applies overrides last, in order, with provenance (--set)', () => {
    const result = loadScenario('s/base.yaml', TestSchema, reader, {
      overrides: ['workforce.socialWorkers=40', 'workforce.maxCaseload=20', 'workforce.socialWorkers=41', 'name="2024"'],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.workforce).toEqual({ socialWorkers: 41, agencyShare: 0.2, maxCaseload: 20 });
    expect(result.value.name).toBe('2024');
    expect(result.provenance.get('workforce.socialWorkers')).toBe('(--set)');
    expect(result.provenance.get('workforce.agencyShare')).toBe('s/base.yaml');
  });

  it('loadScenario(file, { overrides }) deletes an optional key set to null by a later override', () => {
    const result = loadScenario('s/base.yaml', TestSchema, reader, { overrides: ['workforce.maxCaseload=20', 'workforce.maxCaseload=null'] });
    expect(result.ok && result.value.workforce).toEqual({ socialWorkers: 30, agencyShare: 0.2 });
  });

  it('loadScenario(file, { overrides }) reports an invalid overridden value in (--set) with no line', () => {
    const result = loadScenario('s/base.yaml', TestSchema, reader, { overrides: ['workforce.agencyShare=2', 'workforce.socialWorker=3'] });
    expect(result.ok ? [] : result.issues).toEqual([
      { file: '(--set)', path: 'workforce.agencyShare', message: 'Too big: expected number to be <=1', code: 'too_big' },
      { file: '(--set)', path: 'workforce.socialWorker', message: 'Unrecognized key: "socialWorker"', suggestion: 'socialWorkers', code: 'unrecognized_keys' },
    ]);
  });

  it('loadScenario(file, { overrides }) reports a malformed override after the file problems', () => {
    const base = BASE_YAML.replace('horizonDays: 730', 'horizonDays: 0');
    const result = loadScenario('s/base.yaml', TestSchema, memoryReader({ 's/base.yaml': base }), { overrides: ['nonsense'] });
    expect(result.ok ? [] : result.issues.map((i) => [i.file, i.code])).toEqual([
      ['s/base.yaml', 'too_small'],
      ['(--set)', 'invalid_override'],
    ]);
  });
});
