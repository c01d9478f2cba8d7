import { describe, expect, it } from 'vitest';
import { createStream, normal } from '../../src/random/index.js';
import { biasChecks } from '../../src/verification/index.js';
import type { RowValues } from '../../src/verification/index.js';

// Replication values drawn from a normal stream (seeded), shifted so each row's mean sits where asked.
function draws(seed: string, n: number): number[] {
  const rng = createStream(seed, 0, 'bias');
  const sample = normal(0, 1);
  return Array.from({ length: n }, () => sample(rng));
}

function centred(values: readonly number[]): number[] {
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return values.map((v) => v - m);
}

describe('biasChecks', () => {
  it('does not flag rows that are one quantity seen six times, all a little above theory', () => {
    // Six perfectly correlated rows, each 0.3 standard errors above theory: a sign test over rows would
    // say p = 2·0.5⁶ = 0.03, but they carry one replication-level deviation, so p is that of one row.
    const base = centred(draws('shared', 20));
    const shift = 0.3 / Math.sqrt(20);
    const rows: RowValues[] = Array.from({ length: 6 }, (_, k) => ({ model: 'M', measure: `m${k}`, values: base.map((v) => v + shift), theory: 0 }));
    const [check] = biasChecks(rows);
    expect(check).toMatchObject({ model: 'M', rows: 6, above: 6, below: 0, flagged: false });
    expect(check?.pValue).toBeGreaterThan(0.5);
  });

  it('flags independent rows that are each 1.5 standard errors above theory', () => {
    // Six independent rows, each with t = 1.5 on its own (p ≈ 0.15): together the summed deviation has
    // t = 1.5·√6 ≈ 3.7 on 19 degrees of freedom, p ≈ 0.0015, below 0.05 (one model checked).
    const rows: RowValues[] = Array.from({ length: 6 }, (_, k) => {
      const values = centred(draws(`row${k}`, 20));
      const sd = Math.sqrt(values.reduce((s, v) => s + v * v, 0) / 19);
      return { model: 'M', measure: `m${k}`, values: values.map((v) => v + (1.5 * sd) / Math.sqrt(20)), theory: 0 };
    });
    const [check] = biasChecks(rows);
    expect(check?.flagged).toBe(true);
    expect(check?.pValue).toBeLessThan(0.01);
  });

  it('skips models with fewer than two rows and the measures named in skip, and divides α among the models checked', () => {
    const values = centred(draws('x', 10));
    const rows: RowValues[] = [
      { model: 'A', measure: 'one', values, theory: 0 },
      { model: 'B', measure: 'one', values, theory: 0 },
      { model: 'B', measure: 'little', values, theory: 0 },
      { model: 'C', measure: 'one', values, theory: 0 },
      { model: 'C', measure: 'two', values, theory: 0 },
    ];
    expect(biasChecks(rows, new Set(['little'])).map((b) => b.model)).toEqual(['C']);
    expect(biasChecks(rows).map((b) => b.model)).toEqual(['B', 'C']);
  });
});
