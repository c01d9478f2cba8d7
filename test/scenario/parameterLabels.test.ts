import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../support/csvParse.js';
import { z } from 'zod';
import { labelOfValue, loadScenario, memoryReader, readLabelComment, scenarioDifferences, ScenarioSchema } from '../../src/scenario/index.js';
import type { FileReader } from '../../src/scenario/index.js';

const anyScenario = z.record(z.string(), z.unknown());

const diskReader: FileReader = {
  read: (path) => {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
  resolve: (from, relative) => resolve(dirname(from), relative),
};

describe('readLabelComment(line)', () => {
  it('reads `# evidence: <source>` and `# assumption: <why>` after a value, in any case', () => {
    expect(readLabelComment('  posts: 77   # evidence: 120 social workers (S§2.4)')).toEqual({ kind: 'evidence', note: '120 social workers (S§2.4)' });
    expect(readLabelComment('cap: 18 # Assumption:  national 16.6 ')).toEqual({ kind: 'assumption', note: 'national 16.6' });
  });

  it('returns undefined for a comment that does not start with a label, or a line without a comment', () => {
    expect(readLabelComment('posts: 77   # ASSUMPTION (anchored) on evidence: x')).toBeUndefined();
    expect(readLabelComment('posts: 77   # tuned; evidence: x')).toBeUndefined();
    expect(readLabelComment('posts: 77')).toBeUndefined();
    expect(readLabelComment('name: "a#evidence: b"')).toBeUndefined();
  });
});

describe('loadScenario(file).labels', () => {
  const files = {
    '/s/base.yaml': [
      'name: base',
      'a:',
      '  x: 1          # evidence: base source',
      '  y: 2',
      'outcomes:       # assumption: the whole block',
      '  low: { p: 0.5, q: 0.5 }',
      '  high: { p: 0.1, q: 0.9 }   # evidence: high source',
      '',
    ].join('\n'),
    '/s/child.yaml': ['extends: base.yaml', 'name: child', 'a:', '  y: 3          # assumption: child reason', ''].join('\n'),
  };

  it('gives each leaf the label written beside it in the file that set it, or its nearest labelled ancestor there', () => {
    const result = loadScenario('/s/child.yaml', anyScenario, memoryReader(files));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const labels = Object.fromEntries([...result.labels].map(([path, l]) => [path, `${l.kind}: ${l.note} (${l.file})`]));
    expect(labels).toEqual({
      'a.x': 'evidence: base source (/s/base.yaml)',
      'a.y': 'assumption: child reason (/s/child.yaml)',
      'outcomes.low.p': 'assumption: the whole block (/s/base.yaml)',
      'outcomes.low.q': 'assumption: the whole block (/s/base.yaml)',
      'outcomes.high.p': 'evidence: high source (/s/base.yaml)',
      'outcomes.high.q': 'evidence: high source (/s/base.yaml)',
    });
  });

  it('does not let a base file\'s label cover a value a child file set without one', () => {
    const withoutLabel = { ...files, '/s/child.yaml': 'extends: base.yaml\nname: child\na:\n  x: 5\n' };
    const result = loadScenario('/s/child.yaml', anyScenario, memoryReader(withoutLabel));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.labels.has('a.x')).toBe(false);
    expect(result.labels.has('a.y')).toBe(false);
  });
});

describe('the shipped Solihull scenarios', () => {
  const load = (file: string) => {
    const result = loadScenario(resolve(file), ScenarioSchema, diskReader);
    if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
    return result;
  };

  it('label both values of every parameter that differs between 2022 and 2024 as evidence or assumption', () => {
    const from = load('scenarios/solihull-2022.yaml');
    const to = load('scenarios/solihull-2024.yaml');
    const differences = scenarioDifferences(from.value, to.value);
    expect(differences.length).toBeGreaterThan(10);
    const unlabelled = differences.flatMap((d) => [
      ...(labelOfValue(from.labels, d.path) === undefined ? [`${d.path} in 2022 (${String(from.provenance.get(d.path) ?? 'a leaf below it')})`] : []),
      ...(labelOfValue(to.labels, d.path) === undefined ? [`${d.path} in 2024`] : []),
    ]);
    expect(unlabelled).toEqual([]);
  });

  it('agree with seeds/calibration.csv: each differing value has one row whose label is evidence only if both ends are', () => {
    const from = load('scenarios/solihull-2022.yaml');
    const to = load('scenarios/solihull-2024.yaml');
    const rows = csvRecords(readFileSync('seeds/calibration.csv', 'utf8'));
    const covers = (key: string | undefined, path: string) => key !== undefined && key !== '' && (path === key || path.startsWith(`${key}.`));
    const expected = new Map<string, string>();
    for (const d of scenarioDifferences(from.value, to.value)) {
      const matching = rows.filter((r) => covers(r['scenario_key'], d.path));
      expect(matching.map((r) => r['scenario_key']), d.path).toHaveLength(1);
      const key = matching[0]?.['scenario_key'] ?? '';
      const both = labelOfValue(from.labels, d.path)?.kind === 'evidence' && labelOfValue(to.labels, d.path)?.kind === 'evidence';
      expected.set(key, expected.get(key) === 'assumption' || !both ? 'assumption' : 'evidence');
    }
    const labelled = new Map(rows.filter((r) => (r['label'] ?? '') !== '').map((r) => [r['scenario_key'] ?? '', r['label']]));
    expect(labelled).toEqual(expected);
  });
});
