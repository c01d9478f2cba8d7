import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_REPORTED_ISSUES } from '../../src/scenario/issue.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { memoryReader } from '../../src/scenario/memoryReader.js';
import { mergeLayers } from '../../src/scenario/mergeLayers.js';
import { validateScenario } from '../../src/scenario/validateScenario.js';

const issuesOf = (schema: z.ZodType, files: Record<string, string>, entry: string, overrides: string[] = []) => {
  const result = loadScenario(entry, schema, memoryReader(files), { overrides });
  if (result.ok) throw new Error('expected the scenario to fail to load');
  return result.issues;
};

describe('validateScenario', () => {
  it('validateScenario(schema, merged, layers) returns the parsed value, with defaults applied', () => {
    const schema = z.object({ a: z.number(), b: z.string().default('x') }).strict();
    const layers = [{ source: 'a.yaml', value: { a: 1 } }];
    expect(validateScenario(schema, mergeLayers(layers), layers)).toEqual({ ok: true, value: { a: 1, b: 'x' } });
  });

  it('validateScenario reports a missing enum key as missing, keeping the options in the message', () => {
    const schema = z.object({ name: z.string(), mode: z.enum(['manual', 'triage']) }).strict();
    const [issue, ...rest] = issuesOf(schema, { 'a.yaml': 'name: x\n' }, 'a.yaml');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'a.yaml', line: 1, column: 1, path: 'mode', code: 'missing_key' });
    expect(issue?.message).toBe('Missing required key "mode": Invalid option: expected one of "manual"|"triage"');
  });

  it('validateScenario points a whole-document rule at the child file, not at its base', () => {
    const schema = z
      .object({ low: z.number(), high: z.number() })
      .strict()
      .refine((value) => value.low <= value.high, { message: 'low must not exceed high' });
    const files = { 'base.yaml': 'low: 1\nhigh: 5\n', 'child.yaml': '# raise low\nextends: base.yaml\nlow: 9\n' };
    expect(issuesOf(schema, files, 'child.yaml')).toEqual([
      { file: 'child.yaml', line: 2, column: 1, path: '', message: 'low must not exceed high', code: 'custom' },
    ]);
  });

  it('validateScenario points a rule on one key at the file that set that key', () => {
    const schema = z
      .object({ shares: z.array(z.number()) })
      .strict()
      .superRefine((value, ctx) => {
        const total = value.shares.reduce((sum, share) => sum + share, 0);
        if (Math.abs(total - 1) > 1e-9) ctx.addIssue({ code: 'custom', path: ['shares'], message: `shares must sum to 1, not ${total}` });
      });
    const files = { 'base.yaml': 'shares: [0.5, 0.5]\n', 'child.yaml': 'extends: base.yaml\nshares:\n  - 0.5\n  - 0.25\n' };
    expect(issuesOf(schema, files, 'child.yaml')).toEqual([
      { file: 'child.yaml', line: 3, column: 3, path: 'shares', message: 'shares must sum to 1, not 0.75', code: 'custom' },
    ]);
  });

  it('validateScenario explains that -1e400 in JSON is too large rather than saying it received -Infinity', () => {
    const schema = z.object({ rate: z.number() }).strict();
    const [issue] = issuesOf(schema, { 'a.json': '{\n  "rate": -1e400\n}\n' }, 'a.json');
    expect(issue).toMatchObject({ file: 'a.json', line: 2, column: 11, path: 'rate' });
    expect(issue?.message).toBe(
      'Number out of range: -1e400 is too large to represent (the limit is about 1.8e308), so it would become -Infinity; expected a finite number',
    );
  });

  it('validateScenario explains .nan as not a number', () => {
    const schema = z.object({ rate: z.number() }).strict();
    expect(issuesOf(schema, { 'a.yaml': 'rate: .nan\n' }, 'a.yaml')[0]?.message).toBe('Invalid number: .nan is not a number; expected a finite number');
  });

  it('validateScenario reports at most MAX_REPORTED_ISSUES problems and counts the rest', () => {
    const schema = z.object({ name: z.string() }).strict();
    const text = `name: x\n${Array.from({ length: MAX_REPORTED_ISSUES + 100 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`;
    const issues = issuesOf(schema, { 'a.yaml': text }, 'a.yaml');
    expect(issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(issues[0]).toMatchObject({ line: 2, column: 1, path: 'k0' });
    expect(issues[MAX_REPORTED_ISSUES]).toEqual({ file: 'a.yaml', path: '', message: '100 more problems not shown', code: 'too_many_issues' });
  });

  it('validateScenario blames (--set) for a missing key when an override last touched its parent', () => {
    const schema = z.object({ w: z.object({ a: z.number(), b: z.number() }).strict() }).strict();
    const issues = issuesOf(schema, { 'a.yaml': 'w:\n  a: 1\n  b: 2\n' }, 'a.yaml', ['w.b=null']);
    expect(issues).toEqual([
      { file: '(--set)', path: 'w.b', message: 'Missing required key "b" (expected number)', expected: 'number', code: 'missing_key' },
    ]);
  });
});
