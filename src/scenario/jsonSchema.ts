import { z } from 'zod';
import { isRecord } from './plainData.js';

/** Options for scenarioJsonSchema: the schema's `$id` and `title`, and whether keys may be left out. */
export interface JsonSchemaOptions {
  id?: string;
  title?: string;
  /** Drop `required` from objects (not from list items), for files that `extends` a complete base. */
  partial?: boolean;
}

/**
 * A draft 2020-12 JSON Schema for scenario files, generated from the zod schema's input side, with
 * `$id`, `title`, and the loader's top-level `extends` and `$schema` keys allowed. Types zod cannot
 * express in JSON Schema (transforms, dates) become unconstrained rather than throwing.
 */
export function scenarioJsonSchema(schema: z.ZodType, options: JsonSchemaOptions = {}): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const properties = generated['properties'];
  const result: Record<string, unknown> = {
    ...generated,
    $id: options.id ?? 'scenario.schema.json',
    title: options.title ?? 'frontdoor-sim scenario',
    ...(isRecord(properties)
      ? {
          properties: {
            $schema: { type: 'string', description: 'Path or URL of this JSON Schema, for editors.' },
            extends: { type: 'string', description: 'Relative path of the scenario file this one changes.' },
            ...properties,
          },
        }
      : {}),
  };
  return options.partial === true ? withoutRequired(result) : result;
}

function withoutRequired(node: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'required') continue;
    copy[key] = key === 'properties' && isRecord(value) ? mapValues(value, withoutRequired) : value;
  }
  for (const combinator of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = node[combinator];
    if (Array.isArray(branches)) copy[combinator] = branches.map((branch) => (isRecord(branch) ? withoutRequired(branch) : branch));
  }
  return copy;
}

function mapValues(
  record: Record<string, unknown>,
  fn: (value: Record<string, unknown>) => Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, isRecord(value) ? fn(value) : value]));
}
