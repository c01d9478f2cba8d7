import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, scenarioJsonSchema } from '../../src/scenario/index.js';

describe('scenarios/scenario.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema` after changing the schema)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8'));
    const generated = scenarioJsonSchema(ScenarioSchema, { partial: true, title: 'frontdoor-sim scenario' });
    expect(committed).toEqual(JSON.parse(JSON.stringify(generated)));
  });
});
