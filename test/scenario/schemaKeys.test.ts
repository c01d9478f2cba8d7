import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaDescriptionAt, schemaKeysAt } from '../../src/scenario/schemaKeys.js';

const Schema = z
  .object({
    a: z.number(),
    nested: z.object({ x: z.number(), y: z.string().optional() }).strict().default({ x: 1 }),
    list: z.array(z.object({ name: z.string(), size: z.number() }).strict()),
    either: z.union([z.object({ kind: z.literal('p'), p: z.number() }), z.object({ kind: z.literal('q'), q: z.number() })]),
    byName: z.record(z.string(), z.object({ rate: z.number() })),
    piped: z.object({ raw: z.string() }).transform((v) => v.raw.length),
  })
  .strict();

describe('schemaKeysAt', () => {
  it('schemaKeysAt(schema, []) lists the top-level keys in schema order', () => {
    expect(schemaKeysAt(Schema, [])).toEqual(['a', 'nested', 'list', 'either', 'byName', 'piped']);
  });

  it('schemaKeysAt(schema, path) sees through optional, default, array, record and pipe wrappers', () => {
    expect(schemaKeysAt(Schema, ['nested'])).toEqual(['x', 'y']);
    expect(schemaKeysAt(Schema, ['list', 3])).toEqual(['name', 'size']);
    expect(schemaKeysAt(Schema, ['byName', 'north'])).toEqual(['rate']);
    expect(schemaKeysAt(Schema, ['piped'])).toEqual(['raw']);
  });

  it('schemaKeysAt(schema, path) joins the keys of every union branch', () => {
    expect(schemaKeysAt(Schema, ['either'])).toEqual(['kind', 'p', 'q']);
  });

  it('schemaKeysAt(schema, path) is empty where the path leads to no object', () => {
    expect(schemaKeysAt(Schema, ['a'])).toEqual([]);
    expect(schemaKeysAt(Schema, ['missing', 'deeper'])).toEqual([]);
  });

  it('schemaKeysAt(schema, path) stops on a lazy schema that refers to itself', () => {
    const Loop: z.ZodType = z.lazy(() => Loop);
    expect(schemaKeysAt(Loop, [])).toEqual([]);
  });
});

describe('schemaDescriptionAt', () => {
  const Described = z.object({
    staff: z.object({
      posts: z.number().int().describe('posts in the establishment').optional(),
      mix: z.object({ low: z.number(), high: z.number() }).describe('shares by level'),
      plain: z.number(),
    }).describe('the workforce'),
    untold: z.object({ n: z.number() }),
  });

  it('gives the description of the setting itself, through wrappers such as optional', () => {
    expect(schemaDescriptionAt(Described, ['staff', 'posts'])).toBe('posts in the establishment');
    expect(schemaDescriptionAt(Described, ['staff', 'mix'])).toBe('shares by level');
  });

  it('falls back to the nearest described ancestor, not a farther one', () => {
    expect(schemaDescriptionAt(Described, ['staff', 'mix', 'high'])).toBe('shares by level');
    expect(schemaDescriptionAt(Described, ['staff', 'plain'])).toBe('the workforce');
  });

  it('is undefined where nothing on the way is described or the path leads nowhere', () => {
    expect(schemaDescriptionAt(Described, ['untold', 'n'])).toBeUndefined();
    expect(schemaDescriptionAt(Described, ['missing'])).toBeUndefined();
  });
});
