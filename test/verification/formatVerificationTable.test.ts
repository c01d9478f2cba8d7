import { describe, expect, it } from 'vitest';
import { formatP, formatVerificationTable } from '../../src/verification/index.js';
import type { VerificationReport, VerificationRow } from '../../src/verification/index.js';

const rows: VerificationRow[] = [
  { model: 'M/M/1', measure: 'mean wait Wq', simulated: 3.9366, ciLow: 3.8221, ciHigh: 4.0511, theory: 4, replications: 20, pValue: 0.27, holmLevel: 0.05, pass: true },
  {
    model: 'M/M/5 λ=4 μ=1',
    measure: "Little's law (L − λW)/L",
    simulated: -7.75e-5,
    ciLow: -2.7e-4,
    ciHigh: 1.2e-4,
    theory: 0,
    replications: 20,
    pValue: 0.00002,
    holmLevel: 0.025,
    pass: false,
    note: 'a note',
  },
];

const report: VerificationReport = {
  rows,
  bias: [
    { model: 'M/M/1', rows: 2, above: 1, below: 1, pValue: 0.6, flagged: false },
    { model: 'M/M/5 λ=4 μ=1', rows: 6, above: 6, below: 0, pValue: 0.004, flagged: true },
  ],
  passed: false,
};

describe('formatVerificationTable', () => {
  const text = formatVerificationTable(report);
  const lines = text.split('\n');
  const flat = text.replace(/\n/g, ' ');

  it('prints a header, a rule, one line per row, then the joint verdict and its rule', () => {
    expect(lines[0]).toMatch(/^model\s+measure\s+simulated\s+95% CI\s+theory\s+p\s+Holm level\s+result\s+note$/);
    expect(lines[1]).toMatch(/^─+( +─+)+$/);
    expect(lines[2]).toContain('M/M/1');
    expect(lines[3]).toContain('M/M/5');
    expect(flat).toContain('Joint test: FAIL, 1 of 2 rows fail.');
    expect(flat).toContain('1 of 2 rows have p < 0.05 on their own; about 0.1 would by chance.');
    expect(flat).toContain('Holm–Bonferroni at family-wise α = 0.05');
  });

  it('aligns the columns: text columns start and number columns end where the header rule does', () => {
    const segments = [...(lines[1] ?? '').matchAll(/─+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    for (const line of lines.slice(2, 4)) {
      segments.slice(0, 8).forEach(({ start, end }, col) => {
        if (col >= 2 && col <= 6) {
          expect(line[end - 1], line).not.toBe(' ');
          expect(line[end], line).toBe(' ');
        } else {
          expect(line[start], line).not.toBe(' ');
          if (start > 0) expect(line[start - 1], line).toBe(' ');
        }
      });
    }
  });

  it('shows four decimals, tiny values in exponent form, p and the Holm level, pass or FAIL, and the note', () => {
    expect(lines[2]).toMatch(/3\.9366\s+\[3\.8221, 4\.0511\]\s+4\.0000\s+0\.27\s+0\.05\s+pass$/);
    expect(lines[3]).toMatch(/-7\.75e-5\s+\[-2\.70e-4, 1\.20e-4\]\s+0\.0000\s+<0\.0001\s+0\.025\s+FAIL\s+a note$/);
  });

  it('prints the bias check by model, and a flag naming the model whose rows lean together', () => {
    expect(text).toMatch(/Systematic bias: /);
    expect(text).toMatch(/M\/M\/5 λ=4 μ=1\s+6\s+6\s+0\s+0\.004\s+FLAGGED/);
    expect(text).toMatch(/M\/M\/1\s+2\s+1\s+1\s+0\.60\s+none found/);
    expect(flat).toMatch(/Flag: the rows of M\/M\/5 λ=4 μ=1 lean to one side of theory together/);
  });

  it('keeps footer lines within 100 characters', () => {
    const footer = lines.slice(lines.findIndex((line) => line.startsWith('Joint test')));
    for (const line of footer.filter((l) => !l.startsWith('  '))) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('prints only the header, a zero count and no bias lines for no rows', () => {
    const empty = formatVerificationTable({ rows: [], bias: [], passed: true });
    expect(empty).toContain('Joint test: PASS, 0 of 0 rows fail.');
    expect(empty).not.toContain('Flag:');
  });
});

describe('formatVerificationTable fitted to a width', () => {
  // Rows as wide as verify's own: its longest model and measure names, and a note on unfinished referrals.
  const long: VerificationReport = {
    rows: [
      { model: 'M/M/5 λ=4 μ=1', measure: 'P(Wq > 0.25)', simulated: 0.4238, ciLow: 0.4146, ciHigh: 0.4329, theory: 0.4315, replications: 20, pValue: 0.092, holmLevel: 0.0029, pass: true },
      {
        model: 'limited-ps.yaml: M/M/1-PS cap 3 λ=0.7 μ=1', measure: 'mean referral → assessment 1/(μ−λ)', simulated: 3.1268, ciLow: 2.9212, ciHigh: 3.3324,
        theory: 3.3333, replications: 20, pValue: 0.049, holmLevel: 0.0023, pass: true, note: '12 measured referrals unfinished at the end, counted with their time so far',
      },
      {
        model: 'limited-ps.yaml: M/M/1-PS cap 3 λ=0.7 μ=1', measure: "Little's law (L − λW)/L", simulated: -2.25e-5, ciLow: -1.19e-4, ciHigh: 7.36e-5,
        theory: 0, replications: 20, pValue: 0.00002, holmLevel: 0.0063, pass: false, note: '12 measured referrals unfinished at the end, counted with their time so far',
      },
    ],
    bias: [{ model: 'limited-ps.yaml: M/M/1-PS cap 3 λ=0.7 μ=1', rows: 2, above: 1, below: 1, pValue: 0.43, flagged: true }],
    passed: false,
  };
  const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

  it('without a width keeps one line per row with every column and the note', () => {
    const text = formatVerificationTable(long);
    expect(widest(text)).toBeGreaterThan(150);
    expect(text).toMatch(/^limited-ps\.yaml: M\/M\/1-PS cap 3 λ=0\.7 μ=1\s+mean referral → assessment 1\/\(μ−λ\)\s+3\.1268\s+\[2\.9212, 3\.3324\]\s+3\.3333\s+0\.049\s+0\.0023\s+pass\s+12 measured/m);
  });

  it('at 120 columns groups the rows under their model, with every number and the note once below them', () => {
    const text = formatVerificationTable(long, 120);
    expect(widest(text)).toBeLessThanOrEqual(120);
    expect(text).toMatch(/^limited-ps\.yaml: M\/M\/1-PS cap 3 λ=0\.7 μ=1$/m);
    expect(text).toMatch(/^ {2}mean referral → assessment 1\/\(μ−λ\)\s+3\.1268\s+\[2\.9212, 3\.3324\]\s+3\.3333\s+0\.049\s+0\.0023\s+pass$/m);
    expect(text.match(/note: 12 measured referrals unfinished/g)).toHaveLength(1);
  });

  it('at 80 columns keeps no line wider than 80: the measures with simulated, theory, p and result, and says how to see the rest', () => {
    const text = formatVerificationTable(long, 80);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toMatch(/^ {2}mean referral → assessment 1\/\(μ−λ\)\s+3\.1268\s+3\.3333\s+0\.049\s+pass$/m);
    expect(text).toMatch(/^ {2}Little's law \(L − λW\)\/L\s+-2\.25e-5\s+0\.0000\s+<0\.0001\s+FAIL$/m);
    expect(text.replace(/\n/g, ' ')).toMatch(/Widen the terminal to \d+ columns to see each row's 95% CI and Holm level, or use --format csv\./);
    expect(text.replace(/\n\s*/g, ' ')).toContain('note: 12 measured referrals unfinished at the end, counted with their time so far');
    expect(text).toMatch(/limited-ps\.yaml: M\/M\/1-PS cap 3 λ=0\.7 μ=1\s+2\s+1\s+1\s+0\.43\s+FLAGGED/);
  });

  it('at 50 columns stacks each row, every number kept, no line wider than 50', () => {
    const text = formatVerificationTable(long, 50);
    expect(widest(text)).toBeLessThanOrEqual(50);
    const flat = text.replace(/\n\s*/g, ' ');
    expect(flat).toContain('mean referral → assessment 1/(μ−λ) simulated 3.1268, 95% CI [2.9212, 3.3324], theory 3.3333, p 0.049, Holm level 0.0023: pass');
    expect(flat).toContain('limited-ps.yaml: M/M/1-PS cap 3 λ=0.7 μ=1: 2 rows, 1 above, 1 below, p 0.43: FLAGGED');
  });
});

describe('formatP', () => {
  it('gives two decimals from 0.1, two significant digits below, and <0.0001 for the tiniest', () => {
    expect([formatP(0.734), formatP(0.1), formatP(0.0456), formatP(0.00123), formatP(0.00001)]).toEqual(['0.73', '0.10', '0.046', '0.0012', '<0.0001']);
  });
});
