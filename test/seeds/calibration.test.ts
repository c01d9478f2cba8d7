import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, loadScenario } from '../../src/scenario/index.js';
import type { FileReader, Scenario } from '../../src/scenario/index.js';

// The calibration table (seeds/calibration.csv) must state the values the scenario files really
// use, after `extends` is resolved. Scalars are compared as numbers, booleans or strings;
// distributions and grouped settings are written in the table as compact JSON and compared as
// parsed JSON (deep equality), so no row is skipped. Rows without a scenario_key are targets or
// derivation inputs and are checked only for their labels.

const root = fileURLToPath(new URL('../../', import.meta.url));
const COLUMNS = ['parameter', 'scenario_key', 'value_2022', 'value_2024', 'unit', 'source', 'confidence', 'label', 'label_source'];
const CONFIDENCE = new Set(['measured', 'derived', 'assumption']);
const SCENARIO_FILES = ['scenarios/base.yaml', 'scenarios/solihull-2022.yaml', 'scenarios/solihull-2024.yaml'];
const NOT_PARAMETERS = new Set(['$schema', 'name', 'description', 'question', 'lookAt']);

/** Parses RFC 4180 CSV: comma-separated, fields optionally double-quoted with "" for a quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (quoted && c === '"' && text.charAt(i + 1) === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      endField();
    } else {
      if (c === '\r' && text.charAt(i + 1) === '\n') i += 1;
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (quoted) throw new Error('calibration.csv ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** A table cell as a value: a number, else JSON (objects, arrays, booleans), else the text. */
function cellValue(text: string): unknown {
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The value at a dotted key path, or undefined when any step is missing. */
function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Dotted paths of every parameter: a distribution, array or scalar counts as one parameter. */
function parameterPaths(value: unknown, prefix: string): string[] {
  const isGroup = typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.hasOwn(value, 'type');
  if (!isGroup) return [prefix];
  return Object.entries(value).flatMap(([key, v]) => parameterPaths(v, prefix === '' ? key : `${prefix}.${key}`));
}

const nodeReader: FileReader = {
  read: (p) => (existsSync(p) ? new Uint8Array(readFileSync(p)) : undefined),
  resolve: (from, rel) => resolve(dirname(from), rel),
};

function load(file: string): Scenario {
  const result = loadScenario(resolve(root, file), ScenarioSchema, nodeReader);
  if (!result.ok) throw new Error(`${file} does not load: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const [header, ...body] = parseCsv(readFileSync(resolve(root, 'seeds/calibration.csv'), 'utf8'));
const rows = body.map((cells) => Object.fromEntries(COLUMNS.map((column, i) => [column, cells[i] ?? ''])));
const keyed = rows.filter((row) => row['scenario_key'] !== '');
const scenarios = { '2022': load('scenarios/solihull-2022.yaml'), '2024': load('scenarios/solihull-2024.yaml') };
const sourcesText = readFileSync(resolve(root, 'seeds/sources.md'), 'utf8');
const scenarioTexts = SCENARIO_FILES.map((file) => ({ file, text: readFileSync(resolve(root, file), 'utf8') }));

describe('seeds/calibration.csv', () => {
  it('has the nine columns in order and the same number of cells on every row', () => {
    expect(header).toEqual(COLUMNS);
    expect(body.length).toBeGreaterThan(50);
    for (const cells of body) expect(cells, cells[0]).toHaveLength(COLUMNS.length);
  });

  it('names each parameter once and labels every row measured, derived or assumption with a source', () => {
    const names = rows.map((row) => row['parameter']);
    expect(new Set(names).size).toBe(names.length);
    for (const row of rows) {
      expect(CONFIDENCE.has(row['confidence'] ?? ''), `${row['parameter']}: confidence "${row['confidence']}"`).toBe(true);
      expect((row['source'] ?? '').trim(), `${row['parameter']}: source`).not.toBe('');
      expect((row['value_2022'] ?? '').trim(), `${row['parameter']}: value_2022`).not.toBe('');
      expect((row['value_2024'] ?? '').trim(), `${row['parameter']}: value_2024`).not.toBe('');
    }
  });

  for (const row of keyed) {
    const key = row['scenario_key'] ?? '';
    it(`row ${row['parameter']} states the value of ${key} in both resolved Solihull scenarios`, () => {
      for (const year of ['2022', '2024'] as const) {
        const actual = valueAt(scenarios[year], key);
        expect(actual, `${key} is missing from solihull-${year}`).not.toBeUndefined();
        expect(actual, `${row['parameter']} (${key}) in solihull-${year}`).toEqual(cellValue(row[`value_${year}`] ?? ''));
      }
    });
  }

  it('has a row for every parameter of both Solihull scenarios', () => {
    const keys = keyed.map((row) => row['scenario_key'] ?? '');
    for (const scenario of Object.values(scenarios)) {
      const paths = parameterPaths(scenario, '').filter((path) => !NOT_PARAMETERS.has(path.split('.')[0] ?? ''));
      expect(paths.length).toBeGreaterThan(50);
      const uncovered = paths.filter((path) => !keys.some((key) => path === key || path.startsWith(`${key}.`)));
      expect(uncovered, `${scenario.name}: parameters without a calibration row`).toEqual([]);
    }
  });
});

describe('references from the scenario files', () => {
  const headings = new Set([...sourcesText.matchAll(/^#{1,6}\s+§(\d+(?:\.\d+)*)\s/gm)].map((m) => m[1]));

  it('resolve every S§n to a numbered heading of seeds/sources.md', () => {
    const cited = [
      ...scenarioTexts,
      { file: 'seeds/calibration.csv', text: rows.map((row) => row['source']).join('\n') },
    ].flatMap(({ file, text }) => [...text.matchAll(/S§(\d+(?:\.\d+)*)/g)].map((m) => ({ file, section: m[1] ?? '' })));
    expect(cited.length).toBeGreaterThan(20);
    const missing = cited.filter(({ section }) => !headings.has(section));
    expect(missing).toEqual([]);
  });

  it('name only parameters that exist in seeds/calibration.csv', () => {
    const parameters = new Set(rows.map((row) => row['parameter']));
    const named = scenarioTexts.flatMap(({ file, text }) =>
      text
        .split('\n')
        .map((line) => line.slice(line.indexOf('#') + 1))
        .filter((comment) => comment.includes('calibration.csv'))
        .flatMap((comment) => [...comment.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g)].map((m) => ({ file, name: m[0] }))),
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter(({ name }) => !parameters.has(name))).toEqual([]);
  });
});
