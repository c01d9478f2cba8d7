import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/results/csv.js';
import { parseCsv } from '../support/csvParse.js';

describe('csv', () => {
  it('csvCell quotes only text holding a comma, quote or line break, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('csvCell writes numbers round-trip, and undefined, null and non-finite numbers as empty', () => {
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(Number(csvCell(1 / 3))).toBe(1 / 3);
    expect([csvCell(undefined), csvCell(null), csvCell(Number.NaN), csvCell(Infinity)]).toEqual(['', '', '', '']);
    expect(csvCell(false)).toBe('false');
  });

  it('toCsv output parses back to the same cells', () => {
    const rows = [['x, y', 1.5, true], ['"q"', undefined, 'é − ▲']];
    const text = toCsv(['a', 'b', 'c'], rows);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ['x, y', '1.5', 'true'], ['"q"', '', 'é − ▲']]);
  });
});
