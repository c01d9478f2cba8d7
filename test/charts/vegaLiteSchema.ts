// The Vega-Lite JSON Schema (draft-07, as its "$schema" declares) compiled once with ajv's draft-07 build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';

let validate: ValidateFunction | undefined;

export function vegaLiteSchemaDraft(): unknown {
  const path = createRequire(import.meta.url).resolve('vega-lite/vega-lite-schema.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { $schema?: unknown }).$schema;
}

/** Validates a spec against the installed Vega-Lite schema; returns ajv's error list (empty when valid). */
export function schemaErrors(spec: unknown): string[] {
  if (validate === undefined) {
    const path = createRequire(import.meta.url).resolve('vega-lite/vega-lite-schema.json');
    const ajv = new Ajv({ allowUnionTypes: true, strict: false, allErrors: false });
    validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object);
  }
  return validate(spec) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
