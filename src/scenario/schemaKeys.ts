import { z } from 'zod';

/** Deepest schema wrapping followed before giving up (guards against self-referencing lazies). */
const MAX_DEPTH = 64;

/**
 * The keys a zod schema allows in the object at `path` (array indices and record keys step into
 * their elements; unions and intersections contribute the keys of every branch). Empty when the
 * path does not lead to an object schema.
 */
export function schemaKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  walk(schema, path, 0, 0, (node, index) => {
    const def = (node as z.core.$ZodTypes)._zod.def;
    if (index >= path.length && def.type === 'object') for (const key of Object.keys(def.shape)) keys.add(key);
  });
  return [...keys];
}

/**
 * The description (`.describe(…)`) of the setting at `path`, or else of its nearest described
 * ancestor (e.g. `demand.riskMix.high` has its mapping's); undefined when none on the way has one.
 */
export function schemaDescriptionAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string | undefined {
  let found: { description: string; index: number } | undefined;
  walk(schema, path, 0, 0, (node, index) => {
    const description = z.globalRegistry.get(node)?.description;
    if (description !== undefined && (found === undefined || index > found.index)) found = { description, index };
  });
  return found?.description;
}

/** Calls `visit` on every schema `path` passes through, with how many of its steps were taken to reach it. */
function walk(schema: z.core.$ZodType, path: readonly PropertyKey[], index: number, depth: number,
  visit: (schema: z.core.$ZodType, index: number) => void): void {
  if (depth > MAX_DEPTH) return;
  visit(schema, index);
  const next = (inner: z.core.$ZodType, step: number): void => walk(inner, path, index + step, depth + 1, visit);
  const atEnd = index >= path.length;
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'object': {
      if (atEnd) return;
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
