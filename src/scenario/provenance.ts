import { replacesWhole } from './mergePatch.js';
import { isForbiddenKey, isRecord } from './plainData.js';

/**
 * For each key path in a merged scenario, the index of the last layer that set it; `deleted` marks
 * a key removed by a null in that layer. Children hang off their parent, so replacing or deleting
 * a parent drops everything recorded beneath it.
 */
export interface OriginNode {
  layer: number;
  deleted: boolean;
  children: Map<string, OriginNode>;
}

/** The deepest recorded part of a path: its layer, and how many path segments it covers. */
export interface Origin {
  layer: number;
  deleted: boolean;
  depth: number;
}

/** An empty origin tree (the root stands for the whole document and belongs to no layer). */
export function createOrigins(): OriginNode {
  return { layer: -1, deleted: false, children: new Map() };
}

/**
 * Records what merge-patching `patch` (layer number `layer`) onto `before` sets, mirroring mergePatch:
 * a null deletes, an object over a non-object (or one that replacesWhole) replaces, an object over
 * an object merges.
 */
export function recordLayer(origins: OriginNode, before: unknown, patch: unknown, layer: number): void {
  if (!isRecord(patch)) return;
  for (const key of Object.keys(patch)) {
    if (isForbiddenKey(key)) continue;
    const value = patch[key];
    const previous = isRecord(before) ? before[key] : undefined;
    const existing = origins.children.get(key);
    const keepChildren = isRecord(value) && !replacesWhole(value) && isRecord(previous) && existing !== undefined && !existing.deleted;
    const node: OriginNode = { layer, deleted: value === null, children: keepChildren ? existing.children : new Map() };
    origins.children.set(key, node);
    if (isRecord(value)) recordLayer(node, previous, value, layer);
  }
}

/** The last layer that set `path`, or else its nearest recorded ancestor; undefined if neither. */
export function originOf(origins: OriginNode, path: readonly PropertyKey[]): Origin | undefined {
  let node = origins;
  let depth = 0;
  for (const segment of path) {
    const child = node.children.get(String(segment));
    if (child === undefined) break;
    node = child;
    depth += 1;
  }
  return depth === 0 ? undefined : { layer: node.layer, deleted: node.deleted, depth };
}

/**
 * Dotted path -> layer index for every leaf of `merged` (scalars, arrays and empty objects),
 * in the key order of the merged value.
 */
export function leafOrigins(origins: OriginNode, merged: unknown, prefix = ''): Map<string, number> {
  const leaves = new Map<string, number>();
  if (!isRecord(merged)) return leaves;
  for (const key of Object.keys(merged)) {
    const node = origins.children.get(key);
    if (node === undefined) continue;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const value = merged[key];
    if (isRecord(value) && Object.keys(value).length > 0) {
      for (const [leaf, layer] of leafOrigins(node, value, path)) leaves.set(leaf, layer);
    } else {
      leaves.set(path, node.layer);
    }
  }
  return leaves;
}
