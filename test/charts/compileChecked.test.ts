import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { compileChecked } from '../../src/charts/index.js';
import { renderSvg } from '../../src/report/index.js';

// yOffset on a continuous y is dropped by Vega-Lite with a warning (ecosystem.md §2.4, pitfall 6).
const warns: TopLevelSpec = {
  description: 'spec with a dropped channel',
  data: { values: [{ a: 1, b: 2, c: 'x' }] },
  mark: 'point',
  encoding: { x: { field: 'a', type: 'quantitative' }, y: { field: 'b', type: 'quantitative' }, yOffset: { field: 'c', type: 'nominal' } },
};

describe('compileChecked(spec)', () => {
  it('returns the compiled Vega spec for a clean spec', () => {
    const clean: TopLevelSpec = { ...warns, encoding: { x: { field: 'a', type: 'quantitative' } } };
    const vega = compileChecked(clean);
    expect(vega.marks?.length).toBeGreaterThan(0);
  });

  it('throws listing the Vega-Lite warning and naming the spec by its description', () => {
    expect(() => compileChecked(warns)).toThrow(/spec with a dropped channel[\s\S]*yOffset/);
  });

  it('renderSvg(spec) refuses a spec that compiles with warnings', async () => {
    await expect(renderSvg(warns)).rejects.toThrow(/yOffset/);
  });
});
