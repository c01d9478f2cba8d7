import { describe, expect, it } from 'vitest';
import { withNote } from '../../src/charts/index.js';
import { METRICS } from '../../src/model/index.js';

describe('withNote', () => {
  it('puts the note in brackets after a plain label', () => {
    expect(withNote('Referrals per year', 'referrals')).toBe('Referrals per year (referrals)');
  });

  it('joins the note to brackets the label already ends in, rather than a second pair', () => {
    expect(withNote('Children held on duty or by a manager (average)', 'children')).toBe('Children held on duty or by a manager (average; children)');
    expect(withNote('Re-referrals within 12 months (lower is better)', 'share')).toBe('Re-referrals within 12 months (lower is better; share)');
  });

  it('leaves brackets inside the label alone', () => {
    expect(withNote('Referral → allocation (assessments): median', 'working days')).toBe('Referral → allocation (assessments): median (working days)');
  });

  it('never gives a metric two pairs of brackets side by side', () => {
    for (const metric of METRICS) expect(withNote(metric.label, metric.unit), metric.id).not.toMatch(/\)\s*\(/);
  });
});
