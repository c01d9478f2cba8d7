/** Keys refused anywhere in a scenario, because assigning them can reach Object.prototype. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** True for a key that a scenario may not use (see FORBIDDEN_KEYS). */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.includes(key);
}

/** True for a JSON-style object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A new empty object with no prototype, so no key can reach Object.prototype. */
export function createRecord(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** A value that is not JSON-like data (such as a Date, a Map or bytes), with where it was found. */
export interface UnsupportedValue {
  path: string[];
  kind: 'forbidden_key' | 'unsupported_value';
}

/**
 * Deep-copies JSON-like data into prototype-free objects and fresh arrays, dropping forbidden keys
 * and values that are not null, booleans, numbers, strings, arrays or objects; each dropped item
 * is reported through `problems`. Non-finite numbers are kept (validation explains them).
 */
export function copyPlainData(value: unknown, problems: UnsupportedValue[], path: string[] = []): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => copyPlainData(item, problems, [...path, String(index)]));
  }
  if (isRecord(value) && isPlainPrototype(value)) {
    const copy = createRecord();
    for (const key of Object.keys(value)) {
      if (isForbiddenKey(key)) {
        problems.push({ path: [...path, key], kind: 'forbidden_key' });
        continue;
      }
      copy[key] = copyPlainData(value[key], problems, [...path, key]);
    }
    return copy;
  }
  problems.push({ path, kind: 'unsupported_value' });
  return null;
}

function isPlainPrototype(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}
