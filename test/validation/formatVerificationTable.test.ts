import { describe, expect, it } from 'vitest';
import { formatVerificationTable } from '../../src/validation/index.js';
import type { VerificationRow } from '../../src/validation/index.js';

const rows: VerificationRow[] = [
  { model: 'M/M/1', measure: 'mean wait Wq', simulated: 3.9366, ciLow: 3.8221, ciHigh: 4.0511, theory: 4, pass: true },
  {
    model: 'M/M/5 λ=4 μ=1',
    measure: "Little's law (L − λW)/L",
    simulated: -7.75e-5,
    ciLow: -2.7e-4,
    ciHigh: 1.2e-4,
    theory: 0,
    pass: false,
    note: 'outside the 95% CI',
  },
];

describe('formatVerificationTable', () => {
  const text = formatVerificationTable(rows);
  const lines = text.split('\n');

  it('prints a header, a rule, one line per row, then the pass count and rule', () => {
    expect(lines[0]).toMatch(/^model\s+measure\s+simulated\s+95% CI\s+theory\s+result\s+note$/);
    expect(lines[1]).toMatch(/^-+( +-+)+$/);
    expect(lines[2]).toContain('M/M/1');
    expect(lines[3]).toContain('M/M/5');
    expect(text).toContain('1 of 2 rows pass.');
    expect(text).toContain('Bonferroni');
  });

  it('aligns the columns: text columns start and number columns end where the header rule does', () => {
    const segments = [...(lines[1] ?? '').matchAll(/-+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    for (const line of lines.slice(2, 4)) {
      segments.slice(0, 6).forEach(({ start, end }, col) => {
        if (col >= 2 && col <= 4) {
          expect(line[end - 1], line).not.toBe(' ');
          expect(line[end], line).toBe(' ');
        } else {
          expect(line[start], line).not.toBe(' ');
          if (start > 0) expect(line[start - 1], line).toBe(' ');
        }
      });
    }
  });

  it('shows pass or FAIL, four decimals, tiny values in exponent form, and the note', () => {
    expect(lines[2]).toMatch(/3\.9366\s+\[3\.8221, 4\.0511\]\s+4\.0000\s+pass$/);
    expect(lines[3]).toMatch(/-7\.75e-5\s+\[-2\.70e-4, 1\.20e-4\]\s+0\.0000\s+FAIL\s+outside the 95% CI$/);
  });

  it('prints only the header and a zero count for no rows', () => {
    expect(formatVerificationTable([])).toContain('0 of 0 rows pass.');
  });
});
