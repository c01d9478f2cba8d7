import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderCycle, folderImports, layeringViolations, srcFolders } from './importGraph.js';
import type { FolderImport } from './importGraph.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

// The layering in the README's "Layout" section: imports run one way,
// cli → results → experiment → model → engine, random, calendar, stats; cli and results also use
// charts and scenario, and never import model or calendar. The kernel folders and charts import
// nothing else from src/ but check, the argument checks, which imports nothing and which every
// folder may import. Each folder lists every folder it may import.
const KERNEL = ['engine', 'random', 'calendar', 'stats'];
const LAYERS: Readonly<Record<string, readonly string[]>> = {
  check: [],
  engine: [],
  random: [],
  calendar: [],
  stats: [],
  charts: [],
  report: ['charts'],
  scenario: ['calendar'],
  model: [...KERNEL, 'scenario'],
  experiment: ['model', ...KERNEL, 'scenario'],
  verification: ['model', ...KERNEL, 'scenario'],
  teaching: ['model', ...KERNEL, 'scenario', 'charts', 'report'],
  results: ['experiment', 'engine', 'random', 'stats', 'charts', 'scenario'],
  cli: ['results', 'experiment', 'verification', 'teaching', 'engine', 'random', 'stats', 'charts', 'report', 'scenario'],
  bench: ['cli', 'results', 'experiment', 'verification', 'teaching', 'model', ...KERNEL, 'charts', 'report', 'scenario'],
};
const ALLOWED: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(LAYERS).map(([folder, allowed]) => [folder, folder === 'check' ? allowed : [...allowed, 'check']]),
);

const edge = (from: string, to: string): FolderImport => ({ from, to, file: `${from}/a.ts`, specifier: `../${to}/index.js` });
const describeEdge = ({ file, specifier }: FolderImport): string => `${file} imports ${specifier}`;

describe('folderCycle(imports)', () => {
  it('returns the circle when two folders import each other, and undefined for a one-way chain', () => {
    expect(folderCycle([edge('a', 'b'), edge('b', 'c'), edge('c', 'a')])).toEqual(['a', 'b', 'c', 'a']);
    expect(folderCycle([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toBeUndefined();
  });
});

describe('layeringViolations(imports, allowed)', () => {
  it('flags an import upward and an import from a folder the table does not know', () => {
    const imports = [edge('model', 'engine'), edge('engine', 'model'), edge('stranger', 'engine'), edge('engine', 'check'), edge('check', 'engine')];
    expect(layeringViolations(imports, ALLOWED).map(describeEdge)).toEqual([
      'engine/a.ts imports ../model/index.js', 'stranger/a.ts imports ../engine/index.js', 'check/a.ts imports ../engine/index.js',
    ]);
  });
});

describe('the imports of src/', () => {
  const imports = folderImports(SRC);

  it('reads the imports that cross folders (the model imports the engine)', () => {
    expect(imports.some((i) => i.from === 'model' && i.to === 'engine')).toBe(true);
  });

  it('every folder in src/ has a place in the layering', () => {
    expect(srcFolders(SRC).filter((folder) => !(folder in ALLOWED))).toEqual([]);
  });

  it('no import breaks the documented layering', () => {
    expect(layeringViolations(imports, ALLOWED).map(describeEdge)).toEqual([]);
  });

  it('no folder imports another in a circle', () => {
    expect(folderCycle(imports)).toBeUndefined();
  });
});
