import type { z } from 'zod';

/** Deepest schema wrapping followed before giving up (guards against self-referencing lazies). */
const MAX_DEPTH = 64;

/**
 * The keys a zod schema allows in the object at `path` (array indices and record keys step into
 * their elements; unions and intersections contribute the keys of every branch). Empty when the
 * path does not lead to an object schema.
 */
export function schemaKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  collect(schema, path, 0, keys, 0);
  return [...keys];
}

function collect(schema: z.core.$ZodType, path: readonly PropertyKey[], index: number, keys: Set<string>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const next = (inner: z.core.$ZodType, step: number): void => collect(inner, path, index + step, keys, depth + 1);
  const atEnd = index >= path.length;
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'object': {
      if (atEnd) {
        for (const key of Object.keys(def.shape)) keys.add(key);
        return;
      }
      const child = def.shape[String(path[index])];
      if (child !== undefined) next(child, 1);
      return;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      next(def.innerType, 0);
      return;
    case 'pipe':
      next(def.in, 0);
      return;
    case 'lazy':
      next(def.getter(), 0);
      return;
    case 'union':
      for (const option of def.options) next(option, 0);
      return;
    case 'intersection':
      next(def.left, 0);
      next(def.right, 0);
      return;
    case 'array':
      if (!atEnd) next(def.element, 1);
      return;
    case 'record':
      if (!atEnd) next(def.valueType, 1);
      return;
    case 'tuple': {
      const item = atEnd ? undefined : def.items[Number(path[index])];
      if (item !== undefined) next(item, 1);
      return;
    }
    default:
      return;
  }
}
