// The Vega-Lite JSON Schema (draft-07, as its "$schema" declares) compiled with ajv's draft-07 build.
// Compiling it takes 10–25 s, so the compiled validator is kept as ajv standalone code in
// node_modules/.cache/frontdoor-sim/, keyed by the schema's and ajv's contents: the suite's global
// setup (test/globalSetup.ts) writes it once, and every test file then loads it in about a second.
// The standalone code is the code ajv.compile generates, so a spec is judged exactly as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
// Loaded through require: the module is CommonJS, and its default export is the function.
const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;
const AJV_OPTIONS = { allowUnionTypes: true, strict: false, allErrors: false } as const;

let validate: ValidateFunction | undefined;

function schemaText(): string {
  return readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8');
}

export function vegaLiteSchemaDraft(): unknown {
  return (JSON.parse(schemaText()) as { $schema?: unknown }).$schema;
}

/** Where the compiled validator for the installed Vega-Lite schema and ajv is kept. */
export function cachedValidatorFile(): string {
  const ajvPackage = readFileSync(join(dirname(require.resolve('ajv')), '..', 'package.json'), 'utf8');
  const key = createHash('sha256').update(schemaText()).update(ajvPackage).update(JSON.stringify(AJV_OPTIONS)).digest('hex').slice(0, 16);
  const repo = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  return join(repo, 'node_modules', '.cache', 'frontdoor-sim', `vega-lite-validate-${key}.cjs`);
}

/** Compiles the schema and writes the validator's standalone code to the cache (to a temporary name, then renamed, so a reader never sees half a file). */
export function writeCachedValidator(): string {
  const file = cachedValidatorFile();
  if (existsSync(file)) return file;
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const compiled = ajv.compile(JSON.parse(schemaText()) as object);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, standaloneCode(ajv, compiled));
  renameSync(temporary, file);
  return file;
}

/** Validates a spec against the installed Vega-Lite schema; returns ajv's error list (empty when valid). */
export function schemaErrors(spec: unknown): string[] {
  validate ??= require(writeCachedValidator()) as ValidateFunction;
  return validate(spec) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
