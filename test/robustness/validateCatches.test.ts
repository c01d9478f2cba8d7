import { describe, expect, it } from 'vitest';
import { loadDocument, MAX_ALIAS_COUNT, MAX_EXPANDED_VALUES } from '../../src/scenario/loadDocument.js';
import { cli, fakeIo, REPO } from '../cli/fakeIo.js';

// Each file under test/scenario/rejected/ holds one class of input that a run used to reject with
// "internal error" or silently misread. validate must refuse it with exit 3 at the right place,
// and run must refuse it the same way before simulating anything.
const DIR = 'test/scenario/rejected';
const CASES: { file: string; at: string; message: string }[] = [
  { file: 'bad-date.yaml', at: 'bad-date.yaml:3:12: startDate', message: 'not a real calendar date' },
  { file: 'bad-holiday.yaml', at: 'bad-holiday.yaml:6:17: demand.schoolHolidays.periods.0.from', message: 'not a real day of the year' },
  { file: 'before-bank-holidays.yaml', at: 'before-bank-holidays.yaml:3:12: startDate', message: 'the bank-holiday data covers 2019–2030: move startDate' },
  { file: 'two-documents.yaml', at: 'two-documents.yaml:3:1', message: 'more than one YAML document' },
  { file: 'percent-mix.yaml', at: 'percent-mix.yaml:4:12: demand.riskMix', message: 'add up to 100: they look like percentages' },
  { file: 'typo-mix.yaml', at: 'typo-mix.yaml:4:12: demand.riskMix', message: 'the risk shares must add up to 1 (give or take 0.02), but they add up to 1.22' },
  { file: 'bad-distributions.yaml', at: 'bad-distributions.yaml:4:19: demand.contactGapDays', message: 'unknown distribution type "expo". Did you mean exponential?' },
  { file: 'bad-distributions.yaml', at: 'bad-distributions.yaml:6:16: screening.effortHours', message: 'missing "scale": a gamma distribution takes shape and scale' },
  { file: 'extends-folder.yaml', at: 'extends-folder.yaml:1:10: extends', message: `extends target ${DIR}/chain is a folder, not a scenario file` },
  { file: 'extends-text.yaml', at: 'extends-text.yaml:1:10: extends', message: `extends target ${DIR}/notes.txt is not a scenario file` },
  {
    file: 'extends-deep.yaml', at: 'extends-deep.yaml:1:10: extends',
    message: `extends chain is longer than 32 files (the limit): merge some of the files, named by ${DIR}/chain/link-31.yaml:1 (chain: ${DIR}/extends-deep.yaml -> ${DIR}/chain/link-1.yaml`,
  },
];

describe('validate catches what a run would reject', () => {
  const io = fakeIo({ dir: REPO });
  it.each(CASES)('validate $file: exit 3 at $at', async ({ file, at, message }) => {
    const { code, out } = await cli(io, 'validate', `${DIR}/${file}`);
    expect(code).toBe(3);
    const line = out.split('\n').find((l) => l.includes(`${DIR}/${at}:`));
    expect(line).toContain(message);
  });

  it.each([...new Set(CASES.map((c) => c.file))])('run %s: exit 3 before simulating, no internal error', async (file) => {
    const { code, err } = await cli(io, 'run', `${DIR}/${file}`, '--seed', '1', '--replications', '1', '--no-charts');
    expect(code).toBe(3);
    expect(err).not.toMatch(/internal error|bug|running 1 replication/);
  });
});

describe('alias expansion is bounded by size, not only by count', () => {
  it('refuses a file whose few aliases expand one list past the bound, and accepts the same list used once', () => {
    // 99 aliases (under the count limit) of a 20,000-item list: about 2,000,000 values, twice the bound.
    const items = `[${Array.from({ length: 20_000 }, () => '0').join(',')}]`;
    const aliases = Array.from({ length: 99 }, (_, i) => `k${i}: *big\n`).join('');
    expect(99).toBeLessThan(MAX_ALIAS_COUNT);
    expect(99 * 20_000).toBeGreaterThan(MAX_EXPANDED_VALUES);
    const bomb = loadDocument('wide.yaml', new TextEncoder().encode(`big: &big ${items}\n${aliases}`));
    expect(bomb.document).toBeUndefined();
    expect(bomb.issues.map((i) => i.code)).toEqual(['alias_limit']);
    expect(bomb.issues[0]?.message).toContain('expand the file to more than 1,000,000 values');
    const once = loadDocument('once.yaml', new TextEncoder().encode(`big: &big ${items}\nk0: *big\n`));
    expect(once.issues).toEqual([]);
  });
});
