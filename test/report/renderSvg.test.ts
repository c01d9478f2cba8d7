import { describe, expect, it } from 'vitest';
import { caseloadHeatmapSpec } from '../../src/charts/index.js';
import { renderSvg } from '../../src/report/index.js';
import { caseloadHeatmapInput } from '../charts/fixtures.js';

describe('renderSvg(spec)', () => {
  // The heatmap's gradient legend takes its id from a Vega module-level counter: unserialised
  // concurrent renders were measured to number it differently (gradient_1, gradient_2, …).
  it('gives the same SVG for concurrent renders as for one render alone', async () => {
    const spec = caseloadHeatmapSpec(caseloadHeatmapInput());
    const alone = await renderSvg(spec);
    const together = await Promise.all([renderSvg(spec), renderSvg(spec), renderSvg(spec)]);
    expect(alone).toContain('id="gradient_0"');
    for (const svg of together) expect(svg).toBe(alone);
  });

  it('keeps rendering after a render that fails inside Vega', async () => {
    const spec = caseloadHeatmapSpec(caseloadHeatmapInput());
    // Vega-Lite compiles this without complaint; Vega rejects the unknown function when the view is built.
    const bad: typeof spec = { ...spec, transform: [{ calculate: 'notAFunction(datum.caseload)', as: 'broken' }] };
    const [failed, fine] = await Promise.allSettled([renderSvg(bad), renderSvg(spec)]);
    expect(failed.status === 'rejected' && String(failed.reason)).toMatch(/notAFunction/);
    expect(fine.status === 'fulfilled' && fine.value.startsWith('<svg')).toBe(true);
  });
});
