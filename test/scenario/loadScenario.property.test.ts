import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadDocument } from '../../src/scenario/loadDocument.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import type { LoadResult } from '../../src/scenario/loadScenario.js';
import { memoryReader } from '../../src/scenario/memoryReader.js';
import { TestSchema } from './fixtures.js';

const SEED = 20240601;
const RUNS = 300;

/** Keys a scenario author (or an attacker) might write, including the ones the loader refuses. */
const keyArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'extends', '$schema', 'name', 'workforce', 'socialWorkers', 'a.b', '<<', ''),
);
const documentArb = fc.dictionary(keyArb, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });
const safeKeyArb = fc.string({ maxLength: 12 }).filter((key) => !['__proto__', 'constructor', 'prototype', 'extends', '$schema'].includes(key));
const safeDocumentArb = fc.dictionary(safeKeyArb, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });
const AnyJson = z.record(z.string(), z.json());

/** Drops null members of objects, but not inside lists, which merge patch replaces whole. */
function withoutNullMembers(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, member]) => member !== null).map(([key, member]) => [key, withoutNullMembers(member)]),
  );
}

function expectWellFormed(result: LoadResult<unknown>, files: readonly string[]): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect([...files, '(--set)']).toContain(issue.file);
    expect(issue.message.length).toBeGreaterThan(0);
    if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
    if (issue.column !== undefined) expect(issue.column).toBeGreaterThanOrEqual(1);
  }
}

describe('loadScenario properties', () => {
  it('loadScenario(file) on any JSON-like data written as YAML or JSON loads or reports issues, never throws', () => {
    fc.assert(
      fc.property(documentArb, fc.boolean(), (data, asJson) => {
        const file = asJson ? 's/a.json' : 's/a.yaml';
        const text = asJson ? JSON.stringify(data) : stringify(data);
        const reader = memoryReader({ [file]: text, 's/b.yaml': 'name: b\n' });
        for (const schema of [TestSchema, AnyJson]) {
          expectWellFormed(loadScenario(file, schema, reader), [file, 's/b.yaml', 's/a.yaml', 's/a.json']);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('loadScenario(file) gives back the data that was written, as YAML or as JSON, less null members', () => {
    fc.assert(
      fc.property(safeDocumentArb, fc.boolean(), (written, asJson) => {
        const file = asJson ? 'a.json' : 'a.yaml';
        const result = loadScenario(file, AnyJson, memoryReader({ [file]: asJson ? JSON.stringify(written) : stringify(written) }));
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        // As in RFC 7396, a null member deletes its key, even in the base file; lists are kept whole.
        const data = withoutNullMembers(written);
        // Compares values (toEqual tells 0 from -0) and key order (JSON text), not prototypes.
        expect(result.value).toEqual(data);
        expect(JSON.stringify(result.value)).toBe(JSON.stringify(data));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('loadDocument(file, bytes) on arbitrary bytes or text returns a document or issues, never throws', () => {
    const inputArb = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((text) => new TextEncoder().encode(text)),
      fc.array(fc.constantFrom('a:', ' b', '- ', '[', ']', '{', '}', '&x ', '*x', '\n', '  ', '"', "'", '#', ':', '?', '!!str ', '|', '>'), { maxLength: 40 })
        .map((parts) => new TextEncoder().encode(parts.join(''))),
    );
    fc.assert(
      fc.property(inputArb, fc.constantFrom('f.yaml', 'f.json'), (bytes, file) => {
        const result = loadDocument(file, bytes);
        expect(result.document !== undefined || result.issues.length > 0).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });
});
