import type { Locator } from './locator.js';
import { mergePatch } from './mergePatch.js';
import { createOrigins, leafOrigins, recordLayer } from './provenance.js';
import type { OriginNode } from './provenance.js';

/** One source of scenario values: a file (with its locator) or an override such as `(--set)`. */
export interface ScenarioLayer {
  source: string;
  value: unknown;
  locator?: Locator | undefined;
}

/** The merged value and, for each key path, which layer set it. */
export interface MergedLayers {
  value: unknown;
  origins: OriginNode;
}

/**
 * Merges layers in order (first = base, last wins) as JSON Merge Patch, recording the layer
 * that set each key path. An empty list gives an empty object.
 */
export function mergeLayers(layers: readonly ScenarioLayer[]): MergedLayers {
  const origins = createOrigins();
  let value: unknown = mergePatch(undefined, {});
  layers.forEach((layer, index) => {
    recordLayer(origins, value, layer.value, index);
    value = mergePatch(value, layer.value);
  });
  return { value, origins };
}

/** Dotted path -> source name of the layer that set each leaf of the merged value. */
export function provenanceOf(merged: MergedLayers, layers: readonly ScenarioLayer[]): Map<string, string> {
  const provenance = new Map<string, string>();
  for (const [path, layer] of leafOrigins(merged.origins, merged.value)) {
    provenance.set(path, layers[layer]?.source ?? '');
  }
  return provenance;
}
