import { createRecord, isForbiddenKey, isRecord } from './plainData.js';

/**
 * Whether a patch object replaces its target whole instead of merging into it: a distribution
 * (an object with a `type`, such as `{ type: fixed, value: 0 }`) is one value, so a child file's
 * distribution never inherits the parameters of a different kind of distribution from its base.
 */
export function replacesWhole(patch: Record<string, unknown>): boolean {
  return typeof patch.type === 'string';
}

/**
 * Applies `patch` to `target` as JSON Merge Patch (RFC 7396): objects merge key by key, arrays and
 * scalars replace (as do objects with a `type`, see replacesWhole), and a null in the patch deletes
 * that key. Returns new prototype-free objects and never mutates its inputs; forbidden keys
 * (`__proto__`, ...) in the patch are ignored.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const result = createRecord();
  if (isRecord(target) && !replacesWhole(patch)) {
    for (const key of Object.keys(target)) {
      if (!isForbiddenKey(key)) result[key] = target[key];
    }
  }
  for (const key of Object.keys(patch)) {
    if (isForbiddenKey(key)) continue;
    const value = patch[key];
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
