import { replacesWhole } from './mergePatch.js';
import { isRecord } from './plainData.js';

/** One value that differs between two resolved scenarios; `undefined` where one side lacks the key. */
export interface ScenarioDifference {
  /** Dotted key path, e.g. `workforce.posts` or `strategy.delayWorkingDays` (a distribution is one value). */
  path: string;
  from: unknown;
  to: unknown;
}

/** Top-level keys that name and describe a scenario rather than configure it. */
const DESCRIPTIVE_KEYS: readonly string[] = ['name', 'description'];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether a value is compared and replaced whole: anything but a non-empty mapping, and distributions (see replacesWhole). */
function isAtomic(value: unknown): boolean {
  return !isRecord(value) || replacesWhole(value) || Object.keys(value).length === 0;
}

/**
 * Every value of the resolved scenario `to` that differs from `from`, in the key order of `from` then
 * the keys only `to` has; mappings are compared key by key, while distributions, lists and scalars are
 * compared whole. `name` and `description` are left out. Equal scenarios give an empty list.
 */
export function scenarioDifferences(from: unknown, to: unknown): ScenarioDifference[] {
  const differences: ScenarioDifference[] = [];
  const visit = (a: unknown, b: unknown, prefix: string): void => {
    if (prefix !== '' && (isAtomic(a) || isAtomic(b))) {
      if (!same(a, b)) differences.push({ path: prefix, from: a, to: b });
      return;
    }
    const left = isRecord(a) ? a : {};
    const right = isRecord(b) ? b : {};
    const keys = [...Object.keys(left), ...Object.keys(right).filter((key) => !(key in left))];
    for (const key of keys) {
      if (prefix === '' && DESCRIPTIVE_KEYS.includes(key)) continue;
      visit(left[key], right[key], prefix === '' ? key : `${prefix}.${key}`);
    }
  };
  visit(from, to, '');
  return differences;
}
