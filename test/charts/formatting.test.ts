import { describe, expect, it } from 'vitest';
import { VERDICT_LABELS, changeVerdict, formatNumber, wrapText } from '../../src/charts/index.js';
import { escapeHtml } from '../../src/report/index.js';

describe('formatNumber(value, decimals, signed)', () => {
  it('uses a true minus sign and a plus only when signed', () => {
    expect(formatNumber(-6.14)).toBe('\u22126.1');
    expect(formatNumber(12.44, 1, true)).toBe('+12.4');
    expect(formatNumber(12.4, 0)).toBe('12');
  });

  it('shows no sign on values that round to zero, and n/a for non-finite values', () => {
    expect(formatNumber(-0.04, 1, true)).toBe('0.0');
    expect(formatNumber(Number.NaN)).toBe('n/a');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('n/a');
  });
});

describe('changeVerdict(ci, better)', () => {
  it('is better or worse only when the 95% CI excludes zero', () => {
    expect(changeVerdict({ ciLow: -7, ciHigh: -5 }, 'lower')).toBe('better');
    expect(changeVerdict({ ciLow: -7, ciHigh: -5 }, 'higher')).toBe('worse');
    expect(changeVerdict({ ciLow: 1, ciHigh: 3 }, 'higher')).toBe('better');
    expect(changeVerdict({ ciLow: -1, ciHigh: 3 }, 'higher')).toBe('unclear');
  });

  it('treats an interval that touches zero as unclear', () => {
    expect(changeVerdict({ ciLow: 0, ciHigh: 3 }, 'higher')).toBe('unclear');
    expect(VERDICT_LABELS.unclear).toBe('No clear change');
  });
});

describe('wrapText(text, maxChars)', () => {
  it('breaks between words so no line exceeds maxChars', () => {
    const lines = wrapText('Strategy discussion → initial child protection conference', 30);
    expect(lines).toEqual(['Strategy discussion → initial', 'child protection conference']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
  });

  it('keeps an over-long word on its own line and returns one empty line for empty text', () => {
    expect(wrapText('a verylongwordindeed b', 5)).toEqual(['a', 'verylongwordindeed', 'b']);
    expect(wrapText('', 10)).toEqual(['']);
    expect(() => wrapText('x', 0)).toThrow(/maxChars/);
  });
});

describe('escapeHtml(text)', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
