import { describe, expect, expectTypeOf, it } from 'vitest';
import { STREAM_NAMES } from '../../src/model/index.js';
import type { StreamName } from '../../src/model/index.js';
import type { Streams } from '../../src/model/modelContext.js';
import type { Rng } from '../../src/random/index.js';

describe('STREAM_NAMES', () => {
  it('names each stream once', () => {
    expect(new Set(STREAM_NAMES).size).toBe(STREAM_NAMES.length);
  });

  it('is the closed set of keys of Streams (checked by npm run typecheck)', () => {
    expectTypeOf<keyof Streams>().toEqualTypeOf<StreamName>();
    expectTypeOf<Streams['arrivals']>().toEqualTypeOf<Rng>();
    // @ts-expect-error a misspelt stream name is not a StreamName
    const misspelt: StreamName = 'arrival';
    expect(STREAM_NAMES).not.toContain(misspelt);
  });
});
