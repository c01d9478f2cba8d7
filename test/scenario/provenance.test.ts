import { describe, expect, it } from 'vitest';
import { mergeLayers, provenanceOf } from '../../src/scenario/mergeLayers.js';
import type { ScenarioLayer } from '../../src/scenario/mergeLayers.js';
import { originOf } from '../../src/scenario/provenance.js';

const layer = (source: string, value: unknown): ScenarioLayer => ({ source, value });

describe('provenance', () => {
  it('provenanceOf(merged) names the last layer that set each leaf', () => {
    const layers = [
      layer('base', { a: { x: 1, y: 2 }, list: [1, 2], gone: 1, empty: {} }),
      layer('child', { a: { y: 3 }, list: [9], gone: null }),
      layer('(--set)', { a: { z: 4 } }),
    ];
    const merged = mergeLayers(layers);
    expect(merged.value).toEqual({ a: { x: 1, y: 3, z: 4 }, list: [9], empty: {} });
    expect(Object.fromEntries(provenanceOf(merged, layers))).toEqual({
      'a.x': 'base',
      'a.y': 'child',
      'a.z': '(--set)',
      list: 'child',
      empty: 'base',
    });
  });

  it('provenanceOf(merged) forgets what was under a value a later layer replaced or deleted', () => {
    const layers = [layer('base', { a: { x: 1 }, b: { y: 1 } }), layer('mid', { a: 5, b: null }), layer('child', { a: { w: 2 }, b: { v: 3 } })];
    const merged = mergeLayers(layers);
    expect(merged.value).toEqual({ a: { w: 2 }, b: { v: 3 } });
    expect(Object.fromEntries(provenanceOf(merged, layers))).toEqual({ 'a.w': 'child', 'b.v': 'child' });
    expect(originOf(merged.origins, ['a', 'x'])).toEqual({ layer: 2, deleted: false, depth: 1 });
  });

  it('provenanceOf(merged) forgets the parameters of a distribution that a child replaced whole', () => {
    const layers = [
      layer('base', { d: { type: 'triangular', min: 1, mode: 2, max: 4 } }),
      layer('child', { d: { type: 'triangular', min: 0, max: 3 } }),
    ];
    const merged = mergeLayers(layers);
    expect(merged.value).toEqual({ d: { type: 'triangular', min: 0, max: 3 } });
    expect(Object.fromEntries(provenanceOf(merged, layers))).toEqual({ 'd.type': 'child', 'd.min': 'child', 'd.max': 'child' });
    expect(originOf(merged.origins, ['d', 'mode'])).toEqual({ layer: 1, deleted: false, depth: 1 });
  });

  it('originOf(origins, path) marks a key deleted by null and falls back to the nearest ancestor', () => {
    const merged = mergeLayers([layer('base', { a: { x: 1 } }), layer('child', { a: { x: null } })]);
    expect(originOf(merged.origins, ['a', 'x'])).toEqual({ layer: 1, deleted: true, depth: 2 });
    expect(originOf(merged.origins, ['a', 'q', 'r'])).toEqual({ layer: 1, deleted: false, depth: 1 });
    expect(originOf(merged.origins, ['nothing'])).toBeUndefined();
  });
});
