// ajv is CommonJS: under NodeNext its class is the default import's `default` (and, at run time, the import itself).
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.js';
import { BASE_YAML, TestSchema } from './fixtures.js';

const compile = (schema: object) => new Ajv2020.default({ strict: false }).compile(schema);
const valid = (): Record<string, unknown> => parse(BASE_YAML) as Record<string, unknown>;

describe('scenarioJsonSchema', () => {
  it('scenarioJsonSchema(schema) is a draft 2020-12 schema with an $id and a title', () => {
    const schema = scenarioJsonSchema(TestSchema);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'scenario.schema.json',
      title: 'frontdoor-sim scenario',
    });
    expect(scenarioJsonSchema(TestSchema, { id: 'https://example.org/s.json', title: 'T' })).toMatchObject({ $id: 'https://example.org/s.json', title: 'T' });
  });

  it('scenarioJsonSchema(schema) compiles with ajv 2020 and accepts a valid scenario', () => {
    const validate = compile(scenarioJsonSchema(TestSchema));
    expect(validate(valid())).toBe(true);
    expect(validate({ ...valid(), extends: 'base.yaml', $schema: './scenario.schema.json' })).toBe(true);
  });

  it('scenarioJsonSchema(schema) rejects out-of-range values, unknown keys and missing keys', () => {
    const validate = compile(scenarioJsonSchema(TestSchema));
    const base = valid();
    expect(validate({ ...base, workforce: { socialWorkers: 30, agencyShare: 1.5 } })).toBe(false);
    expect(validate({ ...base, workforce: { socialWorkers: 30, agencyShare: 0.1, social_workers: 3 } })).toBe(false);
    const { name: _name, ...withoutName } = base;
    expect(validate(withoutName)).toBe(false);
  });

  it('scenarioJsonSchema(schema, { partial: true }) accepts a child file that sets only a few keys', () => {
    const child = { extends: 'base.yaml', workforce: { socialWorkers: 35 } };
    expect(compile(scenarioJsonSchema(TestSchema))(child)).toBe(false);
    const partial = compile(scenarioJsonSchema(TestSchema, { partial: true }));
    expect(partial(child)).toBe(true);
    expect(partial({ ...child, workforce: { socialWorkers: -1 } })).toBe(false);
    // List items are replaced whole, so their required keys still apply.
    expect(partial({ teams: [{ name: 'north' }] })).toBe(false);
  });
});
