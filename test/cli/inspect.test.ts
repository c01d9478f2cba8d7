import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../support/csvParse.js';
import { cli, fakeIo, REPO, removeFolder, scenarioFolder, useScenarioFolder } from './fakeIo.js';
import type { FakeIo } from './fakeIo.js';

const fixture = useScenarioFolder();

beforeAll(() => {
  writeFileSync(join(fixture.dir, 'scenarios', 'broken.yaml'), 'extends: a.yaml\nname: broken one\nworkforce:\n  posts: -1\n  social_wokers: 3\n');
});

describe('frontdoor validate', () => {
  it('valid files exit 0 and are named with their scenario', async () => {
    const res = await cli(fixture.io, 'validate', 'scenarios/a.yaml', 'scenarios/b.yaml');
    expect(res.code).toBe(0);
    expect(res.out).toContain('scenarios/b.yaml: valid (scenario "tiny-b")');
    expect(res.out).toContain('all 2 files valid');
  });

  it('prints every problem with file:line:column and key path, and exits 3', async () => {
    const res = await cli(fixture.io, 'validate', 'scenarios/broken.yaml', 'scenarios/a.yaml');
    expect(res.code).toBe(3);
    expect(res.out).toContain('scenarios/broken.yaml:2:7: name:');
    expect(res.out).toContain('scenarios/broken.yaml:4:10: workforce.posts:');
    expect(res.out).toMatch(/scenarios\/broken\.yaml:5:3: workforce\.social_wokers: .*social_wokers/);
    expect(res.out).toContain('1 of 2 files has problems');
  });

  it('--format json lists each file with its issues', async () => {
    const res = await cli(fixture.io, 'validate', 'scenarios/broken.yaml', 'scenarios/a.yaml', '--format', 'json');
    const parsed = JSON.parse(res.out) as { file: string; valid: boolean; issues: { line: number; path: string }[] }[];
    expect(parsed.map((p) => p.valid)).toEqual([false, true]);
    expect(parsed[0]?.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['name', 'workforce.posts']));
    expect(res.code).toBe(3);
  });

  it('a missing file is reported with the hint to list the shipped scenarios', async () => {
    const res = await cli(fixture.io, 'validate', 'scenarios/nope.yaml');
    expect(res.code).toBe(3);
    expect(res.out).toContain('scenarios/nope.yaml: file not found');
    expect(res.out).toContain('frontdoor list');
  });

  it('colours ✓ and ✗ on a terminal and not under NO_COLOR', async () => {
    const coloured = await cli(fakeIo({ dir: fixture.dir, tty: true }), 'validate', 'scenarios/a.yaml');
    expect(coloured.out).toContain('\u001b[32m✓');
    const plain = await cli(fakeIo({ dir: fixture.dir, tty: true, env: { NO_COLOR: '1' } }), 'validate', 'scenarios/a.yaml');
    expect(plain.out).not.toContain('\u001b[');
    const noColor = await cli(fakeIo({ dir: fixture.dir, tty: true }), 'validate', 'scenarios/a.yaml', '--no-color');
    expect(noColor.out).not.toContain('\u001b[');
  });
});

describe('frontdoor list', () => {
  it('lists the scenarios under --dir with names and first sentences, marking the root base, skipping files without a name', async () => {
    writeFileSync(join(fixture.dir, 'scenarios', 'fragment.json'), '{"workforce": {"posts": 3}}');
    const res = await cli(fixture.io, 'list', '--dir', 'scenarios', '--format', 'csv');
    expect(res.code).toBe(0);
    const rows = csvRecords(res.out);
    expect(rows.map((r) => r['name'])).toEqual(['tiny-a', 'tiny-b', 'base', 'broken one']);
    expect(rows.find((r) => r['name'] === 'base')?.['isBase']).toBe('true');
    // tiny-a is extended by tiny-b but itself extends base.yaml: a scenario, not a base.
    expect(rows.find((r) => r['name'] === 'tiny-a')?.['isBase']).toBe('false');
    expect(rows.find((r) => r['name'] === 'tiny-b')?.['isBase']).toBe('false');
    expect(rows.find((r) => r['name'] === 'tiny-a')?.['description']).toBe('A tiny scenario for tests.');
  });

  it('with --dir, ends by running a file of that folder (names find only shipped scenarios), and marks a file without a description', async () => {
    const res = await cli(fakeIo({ dir: fixture.dir, env: { COLUMNS: '200' } }), 'list', '--dir', 'scenarios');
    expect(res.code).toBe(0);
    // The first scenario that is not a base (base.yaml sorts first but is not run alone).
    expect(res.out).toContain('e.g. `npx frontdoor run scenarios/a.yaml`');
    expect(res.out).not.toContain('run scenarios/base.yaml');
    expect(res.out).not.toContain('run solihull-2022');
    // 'broken one' has a name and no description.
    expect(res.out).toMatch(/broken one .*\(no description\)/);
  });

  it('refuses a --dir that does not exist or is a file (exit 2), rather than listing nothing', async () => {
    const missing = await cli(fixture.io, 'list', '--dir', 'no-such-folder');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--dir no-such-folder does not exist');
    const file = await cli(fixture.io, 'list', '--dir', 'scenarios/a.yaml');
    expect(file.code).toBe(2);
    expect(file.err).toContain('--dir scenarios/a.yaml is a file, not a folder');
  });

  it('without --dir lists the shipped scenarios, including the Solihull ones', async () => {
    const res = await cli(fixture.io, 'list');
    expect(res.code).toBe(0);
    expect(res.out).toContain('solihull-2022');
    expect(res.out).toContain('solihull-2024');
    expect(res.out).toMatch(/^base +\S*scenarios\/base\.yaml\n +\(base: extended by other scenarios\)/m);
  });
});

describe('frontdoor show', () => {
  it('prints the resolved scenario with a "# from" comment naming the file (or --set) that set each value', async () => {
    const res = await cli(fixture.io, 'show', 'scenarios/b.yaml', '--set', 'screening.screeners=3');
    expect(res.code).toBe(0);
    expect(res.out).toContain('posts: 10 # from scenarios/b.yaml');
    expect(res.out).toContain('childrenPerYear: 600 # from scenarios/a.yaml');
    expect(res.out).toContain('bankHolidays: true # from scenarios/base.yaml');
    expect(res.out).toContain('screeners: 3 # from (--set)');
    expect(res.out).toContain('resolved from scenarios/b.yaml → scenarios/a.yaml → scenarios/base.yaml');
  });

  it('adds each value\'s evidence or assumption label to its comment, and as label and note columns in CSV', async () => {
    writeFileSync(join(fixture.dir, 'scenarios', 'labelled.yaml'), 'extends: a.yaml\nname: labelled\nworkforce:\n  posts: 12   # evidence: 120 social workers (S§2.4)\n');
    const res = await cli(fixture.io, 'show', 'scenarios/labelled.yaml');
    expect(res.code).toBe(0);
    expect(res.out).toContain('posts: 12 # from scenarios/labelled.yaml; evidence: 120 social workers (S§2.4)');
    const csv = csvRecords((await cli(fixture.io, 'show', 'scenarios/labelled.yaml', '--format', 'csv')).out);
    const posts = csv.find((r) => r['path'] === 'workforce.posts');
    expect([posts?.['label'], posts?.['note']]).toEqual(['evidence', '120 social workers (S§2.4)']);
    expect(csv.find((r) => r['path'] === 'name')?.['label']).toBe('');
    // A text value as written, not JSON-quoted; a number as a number.
    expect(csv.find((r) => r['path'] === 'name')?.['value']).toBe('labelled');
    expect(posts?.['value']).toBe('12');
  });

  it('says a label written on a mapping\'s key once, above its keys, rather than on each of them', async () => {
    writeFileSync(join(fixture.dir, 'scenarios', 'mapped.yaml'),
      'extends: a.yaml\nname: mapped\ndemand:\n  contactsPerChild:   # assumption: raised more often at higher risk\n    low: 1.1\n    medium: 1.5\n    high: 2\n');
    const res = await cli(fixture.io, 'show', 'scenarios/mapped.yaml');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/ {2}contactsPerChild:\n {4}# from scenarios\/mapped\.yaml; assumption: raised more often at higher risk\n {4}low: 1\.1\n {4}medium: 1\.5\n {4}high: 2\n/);
    expect(res.out.match(/raised more often/g)).toHaveLength(1);
  });

  it('--format json prints the resolved values; --no-resolved prints the file as written', async () => {
    const json = await cli(fixture.io, 'show', 'scenarios/b.yaml', '--format', 'json', '--years', '2');
    const scenario = JSON.parse(json.out) as { workforce: { posts: number }; horizon: { years: number } };
    expect(scenario.workforce.posts).toBe(10);
    expect(scenario.horizon.years).toBe(2);
    const raw = await cli(fixture.io, 'show', 'scenarios/b.yaml', '--no-resolved');
    expect(raw.out.startsWith('extends: a.yaml\n')).toBe(true);
  });

  it('an invalid --set value is reported with its source and exits 3', async () => {
    const res = await cli(fixture.io, 'show', 'scenarios/b.yaml', '--set', 'workforce.posts=-2');
    expect(res.code).toBe(3);
    expect(res.err).toContain('(--set): workforce.posts:');
  });
});

describe('frontdoor verify', () => {
  it('prints the rows, p-values, the joint verdict and the bias check, and exits 0 exactly when the joint test passes (seeded)', async () => {
    const res = await cli(fixture.io, 'verify', '--seed', '1', '--format', 'json');
    const parsed = JSON.parse(res.out) as {
      seed: string; passed: boolean; rules: { familyWiseError: number; jointTest: string };
      rows: { pass: boolean; model: string; pValue: number; holmLevel: number }[]; bias: { model: string; flagged: boolean }[];
    };
    expect(parsed.seed).toBe('1');
    expect(parsed.rules.familyWiseError).toBe(0.05);
    expect(parsed.rules.jointTest).toContain('Holm–Bonferroni');
    expect(parsed.rows.some((r) => r.model.startsWith('mm1-ps.yaml'))).toBe(true);
    expect(parsed.rows.some((r) => r.model.startsWith('limited-ps.yaml'))).toBe(true);
    expect(parsed.bias.length).toBeGreaterThan(2);
    // The verdict and the exit code follow the rows: 0 exactly when none fails.
    expect(parsed.passed).toBe(parsed.rows.every((r) => r.pass));
    expect(res.code).toBe(parsed.passed ? 0 : 1);
  });

  it('fits its table to the width: piped without COLUMNS, no line is wider than 80 columns; without --seed it uses the fixed default seed', async () => {
    const res = await cli(fixture.io, 'verify');
    // A fixed default, so a check in a pipeline gives the same verdict every run (not a clock seed).
    expect(res.err).toMatch(/^seed 1$/m);
    expect(res.err).not.toContain('chosen from the clock');
    expect(res.out).toMatch(/^mm1-ps\.yaml: M\/M\/1-PS λ=0\.7 μ=1$/m);
    expect(res.out).toContain('Joint test:');
    expect(Math.max(...res.out.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it('refuses a reduction file that no longer reduces to its queue: exit 3, every file and key named, no table', async () => {
    // A package folder whose limited-ps.yaml has a second worker and sickness absence.
    const root = scenarioFolder();
    try {
      for (const f of ['scenario.schema.json', 'validation']) cpSync(join(REPO, 'scenarios', f), join(root, 'scenarios', f), { recursive: true });
      writeFileSync(join(root, 'scenarios', 'validation', 'limited-ps.yaml'),
        'extends: mmc.yaml\nname: validation-limited-ps\ndescription: edited\nworkforce: { posts: 2, caseloadCap: 3, absence: { rate: 0.05 } }\n');
      const res = await cli({ ...fakeIo({ dir: root }), packageRoot: root } as FakeIo, 'verify', '--seed', '1');
      expect(res.code).toBe(3);
      expect(res.out).toBe('');
      expect(res.err).toContain('scenarios/validation/limited-ps.yaml: workforce.absence.rate: must be 0');
      expect(res.err).toContain('scenarios/validation/limited-ps.yaml: workforce.posts: must be 1, got 2');
    } finally {
      removeFolder(root);
    }
  });
});
