// End-to-end table of bad scenario files: each is written into a temporary scenario folder and
// given to `frontdoor run` and `frontdoor validate`. Every planted problem must be reported at once
// as `file:line:column: key.path: message`, the exit code must be 3, and nothing may be written.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, fakeIo, listFiles, removeFolder, scenarioFolder } from '../cli/fakeIo.js';
import type { FakeIo } from '../cli/fakeIo.js';

/** A problem planted in a file: where it is (the first occurrence of `at`, or the whole file), its key path and message. */
interface Planted {
  /** Text whose first character is where the problem is; omitted for a problem with the whole file. */
  at?: string;
  /** Look for `at` only after the first occurrence of this text. */
  after?: string;
  /** The file the problem is reported in, when it is not the case's own file. */
  file?: string;
  path: string;
  message: RegExp;
  /** The did-you-mean expected for a misspelt key or value. */
  suggestion?: string;
}

/** One bad input: its file name under scenarios/, its content, extra files it needs, and the problems planted in it. */
interface BadCase {
  name: string;
  file: string;
  content: string | Uint8Array;
  extraFiles?: Record<string, string>;
  planted: Planted[];
}

/** The header every case starts from: it extends the folder's small valid scenario, so only the planted lines are wrong. */
const HEAD = 'extends: a.yaml\nname: bad-case\n';

/** A nine-level "billion laughs": each anchor is a list of ten aliases to the previous one. */
function aliasBomb(): string {
  const lines = [HEAD, 'l0: &l0 "lol"'];
  for (let level = 1; level <= 9; level++) {
    lines.push(`l${level}: &l${level} [${Array.from({ length: 10 }, () => `*l${level - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** A valid-looking file padded with comment lines past 1 MiB. */
function oversized(): string {
  const padding = `# ${'x'.repeat(1022)}\n`.repeat(1100);
  return `${HEAD}${padding}workforce:\n  posts: 9\n`;
}

const CASES: BadCase[] = [
  {
    name: 'wrong types (three at once)',
    file: 'wrong-types.yaml',
    content: `${HEAD}workforce:\n  posts: many\nhorizon:\n  years: true\ncalendar:\n  bankHolidays: "yes"\n`,
    planted: [
      { at: 'many', path: 'workforce.posts', message: /expected number, received string/ },
      { at: 'true', path: 'horizon.years', message: /expected number, received boolean/ },
      { at: '"yes"', path: 'calendar.bankHolidays', message: /expected boolean, received string/ },
    ],
  },
  {
    name: 'out-of-range values: a negative rate, a share above 1, a cap below 1',
    file: 'out-of-range.yaml',
    content: `${HEAD}demand:\n  childrenPerYear: -5\nscreening:\n  absenceRate: 1.5\nworkforce:\n  caseloadCap: 0\n`,
    planted: [
      { at: '-5', path: 'demand.childrenPerYear', message: /expected number to be >0/ },
      { at: '1.5', path: 'screening.absenceRate', message: /expected number to be <=1/ },
      { at: '0', after: 'caseloadCap', path: 'workforce.caseloadCap', message: /expected number to be >=1/ },
    ],
  },
  {
    name: 'no social workers while children arrive',
    file: 'no-staff.yaml',
    content: `${HEAD}workforce:\n  posts: 0\n`,
    planted: [{ at: '0', after: 'posts', path: 'workforce.posts', message: /no social worker posts while children arrive: set at least 1 post/ }],
  },
  {
    name: 'unknown keys, with a did-you-mean for each misspelling',
    file: 'unknown-keys.yaml',
    content: `${HEAD}workforce:\n  caseloadCapp: 20\nhorizn:\n  years: 1\n`,
    planted: [
      { at: 'caseloadCapp', path: 'workforce.caseloadCapp', message: /Unrecognized key: "caseloadCapp"/, suggestion: 'caseloadCap' },
      { at: 'horizn', path: 'horizn', message: /Unrecognized key: "horizn"/, suggestion: 'horizon' },
    ],
  },
  {
    name: 'a misspelt enum value',
    file: 'bad-enum.yaml',
    content: `${HEAD}allocation:\n  policy: least-loadedd\n`,
    planted: [{ at: 'least-loadedd', path: 'allocation.policy', message: /expected one of/, suggestion: 'least-loaded' }],
  },
  {
    name: 'a missing extends target',
    file: 'missing-parent.yaml',
    content: 'extends: nowhere.yaml\nname: orphan\n',
    planted: [{ at: 'nowhere.yaml', path: 'extends', message: /extends target not found: scenarios\/nowhere\.yaml/ }],
  },
  {
    name: 'an extends cycle a -> b -> a',
    file: 'cycle-a.yaml',
    content: 'extends: cycle-b.yaml\nname: cycle-a\n',
    extraFiles: { 'cycle-b.yaml': 'extends: cycle-a.yaml\nname: cycle-b\n' },
    planted: [{
      at: 'cycle-a.yaml', file: 'cycle-b.yaml', path: 'extends',
      message: /extends cycle: scenarios\/cycle-a\.yaml -> scenarios\/cycle-b\.yaml -> scenarios\/cycle-a\.yaml/,
    }],
  },
  {
    name: 'a YAML syntax error',
    file: 'syntax.yaml',
    content: `${HEAD}workforce:\n  posts: [1, 2\nhorizon:\n  years: 1\n`,
    planted: [{ at: 'horizon', path: '', message: /YAML syntax/ }],
  },
  {
    name: 'duplicate keys (two at once)',
    file: 'duplicates.yaml',
    content: `${HEAD}workforce:\n  posts: 9\n  posts: 10\nhorizon:\n  years: 1\nhorizon:\n  years: 2\n`,
    planted: [
      { at: 'posts', after: 'posts: 9\n', path: 'workforce.posts', message: /duplicate key "posts"/ },
      { at: 'horizon', after: 'years: 1\n', path: 'horizon', message: /duplicate key "horizon"/ },
    ],
  },
  {
    name: '__proto__ and constructor keys',
    file: 'proto.yaml',
    content: `${HEAD}__proto__:\n  polluted: true\nworkforce:\n  constructor:\n    polluted: true\n`,
    planted: [
      { at: '__proto__', path: '__proto__', message: /"__proto__" is not allowed as a key/ },
      { at: 'constructor', path: 'workforce.constructor', message: /"constructor" is not allowed as a key/ },
    ],
  },
  {
    name: 'numbers too large to represent (1e400)',
    file: 'huge.yaml',
    content: `${HEAD}workforce:\n  posts: 1e400\ndemand:\n  childrenPerYear: 1e400\n`,
    planted: [
      { at: '1e400', path: 'workforce.posts', message: /1e400 is too large to represent/ },
      { at: '1e400', after: 'childrenPerYear', path: 'demand.childrenPerYear', message: /1e400 is too large to represent/ },
    ],
  },
  {
    name: 'inverted distribution bounds (uniform min above max)',
    file: 'inverted.yaml',
    content: `${HEAD}screening:\n  furtherInformation:\n    delayWorkingDays: { type: uniform, min: 10, max: 1 }\n`,
    planted: [{ at: '1', after: 'max: ', path: 'screening.furtherInformation.delayWorkingDays.max', message: /min must not be above max/ }],
  },
  {
    name: 'a run beyond the bank-holiday data (horizon.years: 12)',
    file: 'long.yaml',
    content: `${HEAD}horizon:\n  years: 12\n`,
    planted: [{ at: '12', path: 'horizon.years', message: /bank-holiday data covers \d{4}–\d{4}: shorten the run/ }],
  },
  { name: 'an empty file', file: 'empty.yaml', content: '\n  \n', planted: [{ path: '', message: /the file is empty/ }] },
  {
    name: 'a binary file',
    file: 'binary.yaml',
    content: new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x00, 0x01, 0xff, 0x00, 0x0a]),
    planted: [{ path: '', message: /NUL bytes; it looks binary/ }],
  },
  {
    name: 'a file over 1 MiB',
    file: 'oversized.yaml',
    content: oversized(),
    planted: [{ path: '', message: /scenario files are limited to 1048576 bytes \(1 MiB\)/ }],
  },
  { name: 'a YAML alias bomb', file: 'alias-bomb.yaml', content: aliasBomb(), planted: [{ path: '', message: /too many alias references.*alias bomb/ }] },
];

/** The 1-based line and column where `at` first occurs in `text`. */
function positionOf(text: string, at: string, after = ''): { line: number; column: number } {
  const start = after === '' ? 0 : text.indexOf(after) + after.length;
  const offset = text.indexOf(at, start);
  if (offset < 0) throw new Error(`"${at}" is not in the case's file`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line a planted problem must be reported as: `scenarios/<file>:<line>:<column>: <path>: <message>`. */
function expectedLine(bad: BadCase, planted: Planted): RegExp {
  const file = planted.file ?? bad.file;
  const text = planted.file === undefined ? bad.content : bad.extraFiles?.[planted.file] ?? '';
  let where = escapeRegExp(`scenarios/${file}`);
  if (planted.at !== undefined) {
    if (typeof text !== 'string') throw new Error('a positioned problem needs a text file');
    const { line, column } = positionOf(text, planted.at, planted.after);
    where += `:${line}:${column}`;
  }
  const path = planted.path === '' ? '' : `${escapeRegExp(planted.path)}: `;
  const hint = planted.suggestion === undefined ? '' : `.*\\(did you mean "${escapeRegExp(planted.suggestion)}"\\?\\)`;
  return new RegExp(`^\\s*(✗ )?${where}: ${path}.*${planted.message.source}${hint}`, 'm');
}

let dir: string;
let io: FakeIo;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(() => {
  dir = scenarioFolder();
  io = fakeIo({ dir });
  for (const bad of CASES) {
    writeFileSync(join(dir, 'scenarios', bad.file), bad.content);
    for (const [file, text] of Object.entries(bad.extraFiles ?? {})) writeFileSync(join(dir, 'scenarios', file), text);
  }
});
afterAll(() => removeFolder(dir));

describe('bad scenario files, end to end', () => {
  it('the folder\'s small scenario itself is valid, so every failure below comes from the planted lines', async () => {
    expect((await cli(io, 'validate', 'scenarios/a.yaml')).code).toBe(0);
  });

  it.each(CASES)('run with $name exits 3, reports every planted problem at its place and writes nothing', async (bad) => {
    const out = `out-${bad.file.replace(/\W/g, '-')}`;
    const result = await cli(io, 'run', `scenarios/${bad.file}`, '--replications', '2', '--jobs', '1', '--no-charts', '--seed', '5', '--out', out);
    expect(result.code, result.err).toBe(3);
    expect(result.err.split('\n')[0]).toMatch(/^error: \d+ problems? in the scenario files; nothing was run or written/);
    for (const planted of bad.planted) expect(result.err).toMatch(expectedLine(bad, planted));
    expect(existsSync(join(dir, out))).toBe(false);
    expect(listFiles(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    expect(result.out).toBe('');
  });

  it.each(CASES)('validate with $name exits 3 and lists the same problems', async (bad) => {
    const result = await cli(io, 'validate', `scenarios/${bad.file}`);
    expect(result.code).toBe(3);
    for (const planted of bad.planted) expect(result.out).toMatch(expectedLine(bad, planted));
  });

  it('no bad file reached Object.prototype', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });
});
