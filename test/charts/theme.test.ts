import { describe, expect, it } from 'vitest';
import { SCENARIO_PALETTE, delayCurveSpec, fanChartSpec, scenarioColorScale, withinTargetSpec } from '../../src/charts/index.js';
import { delayCurveInput, fanChartInput, withinTargetInput } from './fixtures.js';

/** Every { domain, range } colour scale in a spec, found wherever it is nested. */
function colourScales(node: unknown): { domain: unknown; range: unknown }[] {
  if (Array.isArray(node)) return node.flatMap(colourScales);
  if (node === null || typeof node !== 'object') return [];
  const own = Object.entries(node).flatMap(([key, value]) =>
    (key === 'color' || key === 'fill') && value !== null && typeof value === 'object' && 'scale' in value
      ? [(value as { scale: { domain: unknown; range: unknown } }).scale]
      : [],
  );
  return [...own, ...Object.values(node).flatMap(colourScales)];
}

describe('scenarioColorScale(scenarios)', () => {
  it('gives scenarios the palette colours in run order', () => {
    expect(scenarioColorScale(['b', 'a', 'c'])).toEqual({ domain: ['b', 'a', 'c'], range: SCENARIO_PALETTE.slice(0, 3) });
  });

  it('throws on an empty list, duplicate names, or more scenarios than colours', () => {
    expect(() => scenarioColorScale([])).toThrow(/empty/);
    expect(() => scenarioColorScale(['a', 'a'])).toThrow(/duplicate/);
    expect(() => scenarioColorScale(SCENARIO_PALETTE.map((_, i) => `s${i}`).concat('one-more'))).toThrow(/palette/);
  });

  it('keeps each scenario the same colour in every chart', () => {
    const scales = [delayCurveSpec(delayCurveInput()), fanChartSpec(fanChartInput()), withinTargetSpec(withinTargetInput())].flatMap(colourScales);
    expect(scales.length).toBeGreaterThanOrEqual(3);
    for (const scale of scales) expect(scale).toEqual(scenarioColorScale(['solihull-2022', 'solihull-2024']));
  });

  it('fixes colours by the run order, not by which scenarios a chart happens to show', () => {
    const input = withinTargetInput(['solihull-2022', 'solihull-2024']);
    const onlySecond = { ...input, rows: input.rows.filter((r) => r.scenario === 'solihull-2024') };
    expect(colourScales(withinTargetSpec(onlySecond))).toContainEqual({ domain: ['solihull-2022', 'solihull-2024'], range: SCENARIO_PALETTE.slice(0, 2) });
  });

  it('chart builders throw on a scenario missing from the run order', () => {
    const input = delayCurveInput();
    expect(() => delayCurveSpec({ ...input, scenarios: ['solihull-2022'] })).toThrow(/"solihull-2024" is not in scenarios/);
  });
});
