import { isRecord } from '../scenario/index.js';
import type { Scenario } from '../scenario/schema.js';
import { groupsIn } from './decomposeDesign.js';
import type { Subset } from './decomposeDesign.js';

/** One value a group changes: its dotted path and its value in the second scenario (undefined: the key is removed). */
export interface DecompositionChange {
  path: string;
  value: unknown;
}

/** A named group of changes that turns part of the first scenario into the second. */
export interface DecompositionGroup {
  name: string;
  changes: DecompositionChange[];
}

/** A copy of `scenario` with each change applied in order: the value set at its path (maps made as needed), or the key removed. */
export function applyChanges(scenario: Scenario, changes: readonly DecompositionChange[]): Scenario {
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  for (const { path, value } of changes) {
    const keys = path.split('.');
    const last = keys.pop();
    if (last === undefined || last === '') throw new RangeError(`applyChanges: empty path in change ${JSON.stringify(path)}`);
    let node = copy;
    for (const key of keys) {
      const next = node[key];
      if (!isRecord(next)) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    if (value === undefined) delete node[last];
    else node[last] = structuredClone(value);
  }
  return copy as unknown as Scenario;
}

/** The first scenario with the groups in `subset` applied (in group order). */
export function variantFor(from: Scenario, groups: readonly DecompositionGroup[], subset: Subset): Scenario {
  return applyChanges(from, groupsIn(subset, groups.length).flatMap((g) => groups[g]?.changes ?? []));
}
