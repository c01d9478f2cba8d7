import type { Spec as VegaSpec } from 'vega';
import { describe, expect, it } from 'vitest';
import { fixedDomains, specShape } from '../../src/teaching/chartView.js';

function spec(values: object[], domain: unknown = [0, 1]): VegaSpec {
  return { data: [{ name: 'source_0', values }, { name: 'data_0', source: 'source_0' }], scales: [{ name: 'y', type: 'linear', domain }] } as VegaSpec;
}

describe('specShape(spec)', () => {
  it('gives two specs that differ only in their data the same shape, and hands back the data by dataset name', () => {
    const a = specShape(spec([{ t: 0, y: 0.5 }]));
    const b = specShape(spec([{ t: 0, y: 0.7 }, { t: 1, y: 0.2 }]));
    expect(a.shape).toBe(b.shape);
    expect([...b.values.entries()]).toEqual([['source_0', [{ t: 0, y: 0.7 }, { t: 1, y: 0.2 }]]]);
  });

  it('tells specs apart that differ outside their data, e.g. in a scale domain', () => {
    expect(specShape(spec([], [0, 60])).shape).not.toBe(specShape(spec([], [0, 65])).shape);
  });
});

describe('fixedDomains(spec)', () => {
  it('is true when every scale has its domain written out, and false when one takes it from the data', () => {
    expect(fixedDomains(spec([]))).toBe(true);
    expect(fixedDomains(spec([], { data: 'data_0', field: 'y' }))).toBe(false);
  });

  it('looks into nested group marks', () => {
    expect(fixedDomains({ scales: [], marks: [{ type: 'group', scales: [{ name: 'y', domain: { signal: 'd' } }] }] })).toBe(false);
  });
});
