import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/scenario/issue.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import type { LoadResult } from '../../src/scenario/loadScenario.js';
import { memoryReader } from '../../src/scenario/memoryReader.js';
import { BASE_YAML, TestSchema } from './fixtures.js';

type Loaded = LoadResult<unknown>;

function load(files: Record<string, string>, entry: string, overrides?: string[]): Loaded {
  return loadScenario(entry, TestSchema, memoryReader(files), overrides === undefined ? {} : { overrides });
}

function issuesOf(result: Loaded) {
  if (result.ok) throw new Error('expected the scenario to fail to load');
  return result.issues;
}

describe('loadScenario', () => {
  it('loadScenario(file) merges a child over its base and records which file set each leaf', () => {
    const child = 'extends: base.yaml\nname: child\nworkforce:\n  socialWorkers: 35\n';
    const result = load({ 's/base.yaml': BASE_YAML, 's/child.yaml': child }, 's/child.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      name: 'child',
      horizonDays: 730,
      workforce: { socialWorkers: 35, agencyShare: 0.2 },
      screening: { mode: 'manual', durationHours: { mean: 0.5 } },
    });
    expect(result.chain).toEqual(['s/child.yaml', 's/base.yaml']);
    expect(Object.fromEntries(result.provenance)).toEqual({
      name: 's/child.yaml',
      horizonDays: 's/base.yaml',
      'workforce.socialWorkers': 's/child.yaml',
      'workforce.agencyShare': 's/base.yaml',
      'screening.mode': 's/base.yaml',
      'screening.durationHours.mean': 's/base.yaml',
    });
  });

  it('loadScenario(file) reports a bad inherited value at its line and column in the base file', () => {
    const base = BASE_YAML.replace('agencyShare: 0.2', 'agencyShare: 1.5');
    const child = 'extends: base.yaml\nname: child\n';
    const [issue, ...rest] = issuesOf(load({ 's/base.yaml': base, 's/child.yaml': child }, 's/child.yaml'));
    expect(rest).toEqual([]);
    // '  agencyShare: ' is 15 characters, so the value starts in column 16 of line 6.
    expect(issue).toMatchObject({ file: 's/base.yaml', line: 6, column: 16, path: 'workforce.agencyShare', code: 'too_big' });
    expect(issue && formatIssue(issue)).toBe('s/base.yaml:6:16: workforce.agencyShare: Too big: expected number to be <=1');
  });

  it('loadScenario(file) blames the child when the child overrides the bad value', () => {
    const child = 'extends: base.yaml\nworkforce:\n  agencyShare: -0.1\n';
    const issues = issuesOf(load({ 's/base.yaml': BASE_YAML, 's/child.yaml': child }, 's/child.yaml'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 's/child.yaml', line: 3, column: 16, path: 'workforce.agencyShare', code: 'too_small' });
  });

  it('loadScenario(file) points an unknown key at the key itself and suggests the camelCase name', () => {
    const child = 'extends: base.yaml\nworkforce:\n  social_workers: 35\n';
    const issues = issuesOf(load({ 's/base.yaml': BASE_YAML, 's/child.yaml': child }, 's/child.yaml'));
    expect(issues).toEqual([
      {
        file: 's/child.yaml',
        line: 3,
        column: 3,
        path: 'workforce.social_workers',
        message: 'Unrecognized key: "social_workers"',
        suggestion: 'socialWorkers',
        code: 'unrecognized_keys',
      },
    ]);
    expect(issues.map(formatIssue)).toEqual([
      's/child.yaml:3:3: workforce.social_workers: Unrecognized key: "social_workers" (did you mean "socialWorkers"?)',
    ]);
  });

  it('loadScenario(file) suggests a key one typo away, and nothing for an unrelated key', () => {
    const child = 'extends: base.yaml\nworkforce:\n  socialWokers: 35\nbananas: 3\n';
    const issues = issuesOf(load({ 's/base.yaml': BASE_YAML, 's/child.yaml': child }, 's/child.yaml'));
    expect(issues.map((i) => [i.path, i.line, i.column, i.suggestion])).toEqual([
      ['workforce.socialWokers', 3, 3, 'socialWorkers'],
      ['bananas', 4, 1, undefined],
    ]);
  });

  it('loadScenario(file) points a missing required key at the parent mapping', () => {
    const base = BASE_YAML.replace('  socialWorkers: 30\n', '');
    const issues = issuesOf(load({ 's/base.yaml': base }, 's/base.yaml'));
    // Without line 5, the workforce mapping starts with agencyShare on line 5, column 3.
    expect(issues).toEqual([
      {
        file: 's/base.yaml',
        line: 5,
        column: 3,
        path: 'workforce.socialWorkers',
        message: 'Missing required key "socialWorkers" (expected number)',
        expected: 'number',
        code: 'missing_key',
      },
    ]);
  });

  it('loadScenario(file) points a missing top-level key at the start of the document mapping', () => {
    const base = BASE_YAML.replace('name: base\n', '');
    const issues = issuesOf(load({ 's/base.yaml': base }, 's/base.yaml'));
    // Line 1 is a comment; the mapping starts at horizonDays on line 2.
    expect(issues.map((i) => [i.file, i.line, i.column, i.path, i.code])).toEqual([['s/base.yaml', 2, 1, 'name', 'missing_key']]);
  });

  it('loadScenario(file) points a required key deleted with null at that null in the child', () => {
    const child = 'extends: base.yaml\nworkforce:\n  socialWorkers: null\n';
    const issues = issuesOf(load({ 's/base.yaml': BASE_YAML, 's/child.yaml': child }, 's/child.yaml'));
    expect(issues.map((i) => [i.file, i.line, i.column, i.path, i.code])).toEqual([
      ['s/child.yaml', 3, 18, 'workforce.socialWorkers', 'missing_key'],
    ]);
  });

  it('loadScenario(file) removes an optional key when a child sets it to null', () => {
    const base = BASE_YAML.replace('  agencyShare: 0.2\n', '  agencyShare: 0.2\n  maxCaseload: 18\n');
    const child = 'extends: base.yaml\nworkforce:\n  maxCaseload: null\n';
    const result = load({ 's/base.yaml': base, 's/child.yaml': child }, 's/child.yaml');
    expect(result.ok && result.value).toMatchObject({ workforce: { socialWorkers: 30, agencyShare: 0.2 } });
    expect(result.ok && 'maxCaseload' in (result.value as { workforce: object }).workforce).toBe(false);
    expect(result.ok && result.provenance.has('workforce.maxCaseload')).toBe(false);
  });

  it('loadScenario(file) reports a wrong type with the expected type', () => {
    const base = BASE_YAML.replace('horizonDays: 730', 'horizonDays: "two years"');
    const issues = issuesOf(load({ 's/base.yaml': base }, 's/base.yaml'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, column: 14, path: 'horizonDays', code: 'invalid_type', expected: 'number' });
    expect(issues[0]?.message).toContain('received string');
  });

  it('loadScenario(file) explains that 1e400 is too large rather than saying it received Infinity', () => {
    const base = BASE_YAML.replace('horizonDays: 730', 'horizonDays: 1e400');
    const issues = issuesOf(load({ 's/base.yaml': base }, 's/base.yaml'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, column: 14, path: 'horizonDays' });
    expect(issues[0]?.message).toContain('1e400');
    expect(issues[0]?.message).toContain('expected a finite number');
  });

  it('loadScenario(file) suggests the enum option a wrongly cased value meant', () => {
    const base = BASE_YAML.replace('mode: manual', 'mode: Manual');
    const issues = issuesOf(load({ 's/base.yaml': base }, 's/base.yaml'));
    expect(issues).toEqual([expect.objectContaining({ line: 8, column: 9, path: 'screening.mode', code: 'invalid_value', suggestion: 'manual' })]);
  });

  it('loadScenario(file) points a problem inside a list item at that item', () => {
    const child = 'extends: base.yaml\nteams:\n  - name: north\n    size: 4\n  - name: south\n    size: 2.5\n';
    const issues = issuesOf(load({ 's/base.yaml': BASE_YAML, 's/child.yaml': child }, 's/child.yaml'));
    expect(issues.map((i) => [i.file, i.line, i.column, i.path])).toEqual([['s/child.yaml', 6, 11, 'teams.1.size']]);
  });

  it('loadScenario(file) collects every problem in every file of the chain at once, base first', () => {
    const base = BASE_YAML.replace('mean: 0.5', 'mean: 0').replace('horizonDays: 730', 'horizonDays: -1');
    const child = 'extends: base.yaml\nworkforce:\n  agencyShare: 2\n  socialWorkers: many\n';
    const issues = issuesOf(load({ 's/base.yaml': base, 's/child.yaml': child }, 's/child.yaml'));
    expect(issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.path}`)).toEqual([
      's/base.yaml:3:14 horizonDays',
      's/base.yaml:10:11 screening.durationHours.mean',
      's/child.yaml:3:16 workforce.agencyShare',
      's/child.yaml:4:18 workforce.socialWorkers',
    ]);
  });

  it('loadScenario(file) reads JSON files with positions and lets them extend YAML', () => {
    const child = '{\n  "extends": "base.yaml",\n  "workforce": {\n    "agencyShare": 3\n  }\n}\n';
    const issues = issuesOf(load({ 's/base.yaml': BASE_YAML, 's/child.json': child }, 's/child.json'));
    // '    "agencyShare": ' is 19 characters, so the value starts in column 20.
    expect(issues.map((i) => [i.file, i.line, i.column, i.path])).toEqual([['s/child.json', 4, 20, 'workforce.agencyShare']]);
  });

  it('loadScenario(file) drops a top-level $schema key used for editor completion', () => {
    const child = '# yaml-language-server: $schema=./scenario.schema.json\n$schema: ./scenario.schema.json\nextends: base.yaml\n';
    const result = load({ 's/base.yaml': BASE_YAML, 's/child.yaml': child }, 's/child.yaml');
    expect(result.ok && Object.keys(result.value as object)).toEqual(['name', 'horizonDays', 'workforce', 'screening']);
  });

  it('loadScenario(file) reports a file that does not exist without throwing', () => {
    expect(issuesOf(load({}, 's/none.yaml'))).toEqual([{ file: 's/none.yaml', path: '', message: 'file not found', code: 'file_not_found' }]);
  });

  it('loadScenario(file) reports a file it may not read as the file\'s problem with the fix, and a base likewise; other errors still throw', () => {
    const refusing = (refused: string, error: Error) => {
      const files = memoryReader({ 's/base.yaml': BASE_YAML, 's/child.yaml': 'extends: base.yaml\n' });
      return { ...files, read: (path: string) => { if (path === refused) throw error; return files.read(path); } };
    };
    const eacces = Object.assign(new Error("EACCES: permission denied, open 's/child.yaml'"), { code: 'EACCES' });
    const own = loadScenario('s/child.yaml', TestSchema, refusing('s/child.yaml', eacces));
    expect(issuesOf(own)).toEqual([{
      file: 's/child.yaml', path: '', code: 'file_unreadable',
      message: 'cannot be read: permission denied (EACCES): check its permissions (ls -l), or copy it somewhere you can read',
    }]);
    const eio = Object.assign(new Error("EIO: i/o error, read"), { code: 'EIO' });
    const base = issuesOf(loadScenario('s/child.yaml', TestSchema, refusing('s/base.yaml', eio)));
    expect(base.map((i) => [i.file, i.path, i.message])).toEqual([['s/child.yaml', 'extends', 'extends target s/base.yaml cannot be read: i/o error (EIO)']]);
    expect(() => loadScenario('s/child.yaml', TestSchema, refusing('s/child.yaml', new TypeError('a bug')))).toThrow('a bug');
  });

  it('loadScenario(file) reports a syntax error in the base with the base file position', () => {
    const base = 'name: x\nworkforce: {socialWorkers: 3\n';
    const issues = issuesOf(load({ 's/base.yaml': base, 's/child.yaml': 'extends: base.yaml\n' }, 's/child.yaml'));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.file === 's/base.yaml' && i.code === 'yaml_syntax' && i.line !== undefined)).toBe(true);
  });
});
