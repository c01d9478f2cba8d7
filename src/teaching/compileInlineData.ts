import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
// The module itself, not the charts index, which also exports Node-only code.
import { compileChecked } from '../charts/compileChecked.js';

/** Compiled specs kept, by spec without data: one per chart and title or axis end met, a few in practice. */
const CACHE_SIZE = 24;

const compiled = new Map<string, VegaSpec>();

function inlineValues(spec: TopLevelSpec): unknown[] | undefined {
  const data = (spec as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null || !('values' in data)) return undefined;
  return Array.isArray(data.values) ? data.values : undefined;
}

/**
 * What compileChecked gives for a Vega-Lite spec with its data inline at the top (`data.values`), with
 * the compiler run once per spec without the data: the values are put into the compiled spec's one
 * inline dataset, so a chart of new data skips the compiler. Other specs are compiled as they are.
 */
export function compileInlineData(spec: TopLevelSpec): VegaSpec {
  const values = inlineValues(spec);
  if (values === undefined) return compileChecked(spec);
  const empty = { ...spec, data: { values: [] } } as TopLevelSpec;
  const key = JSON.stringify(empty);
  let shape = compiled.get(key);
  if (shape === undefined) {
    shape = compileChecked(empty);
    compiled.set(key, shape);
    if (compiled.size > CACHE_SIZE) compiled.delete(compiled.keys().next().value as string);
  }
  if ((shape.data ?? []).filter((d) => 'values' in d).length !== 1) return compileChecked(spec);
  // A copy: Vega and vega-embed may change the spec they are given.
  const copy = structuredClone(shape);
  return { ...copy, data: copy.data?.map((d) => ('values' in d ? { ...d, values } : d)) } as VegaSpec;
}
