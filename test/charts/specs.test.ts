import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, VEGA_LITE_SCHEMA, compileChecked } from '../../src/charts/index.js';
import { renderSvg } from '../../src/report/index.js';
import { allSpecs } from './allSpecs.js';
import { schemaErrors, vegaLiteSchemaDraft } from './vegaLiteSchema.js';

const specs = allSpecs();

/** Every `data` block in a spec and its sub-views (layers and concatenated views carry their own). */
function dataBlocks(node: unknown): unknown[] {
  if (Array.isArray(node)) return node.flatMap(dataBlocks);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'data' ? [value] : dataBlocks(value)));
}

describe('every chart spec', () => {
  it('the Vega-Lite schema declares draft-07, the draft ajv default build validates', () => {
    expect(vegaLiteSchemaDraft()).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('the schema check rejects an invalid spec (so passing it means something)', () => {
    expect(schemaErrors({ mark: 'not-a-mark', data: { values: [] } })).not.toEqual([]);
  });

  it.each(specs)('$name validates against the Vega-Lite JSON schema', ({ spec }) => {
    expect(schemaErrors(spec)).toEqual([]);
  });

  it.each(specs)('$name carries $schema, the shared font and inline data', ({ spec }) => {
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(spec.config?.font).toBe(FONT_FAMILY);
    const data = dataBlocks(spec);
    expect(data.length).toBeGreaterThan(0);
    for (const d of data) expect(d).toHaveProperty('values');
    expect(typeof spec.description).toBe('string');
  });

  it.each(specs)('$name compiles with no Vega-Lite warnings', ({ spec }) => {
    expect(() => compileChecked(spec)).not.toThrow();
  });

  it.each(specs)('$name is plain JSON (survives a JSON round trip unchanged)', ({ spec }) => {
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it.each(specs)('$name renders to SVG with its title, axis titles, labels and legend entries', async ({ spec, expectedText }) => {
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
    for (const text of expectedText) expect(svg).toContain(`>${text}<`);
  });

  it.each(specs)('$name renders to the same SVG twice', async ({ spec }) => {
    const [first, second] = [await renderSvg(spec), await renderSvg(spec)];
    expect(second).toBe(first);
  });
});
