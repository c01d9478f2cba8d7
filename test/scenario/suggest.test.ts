import { describe, expect, it } from 'vitest';
import { levenshtein, suggest } from '../../src/scenario/suggest.js';

describe('suggest', () => {
  it('levenshtein(a, b) counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  it('suggest(word, keys) matches snake_case, kebab-case and other letter case to camelCase', () => {
    const keys = ['agencyShare', 'socialWorkers', 'maxCaseload'];
    expect(suggest('social_workers', keys)).toBe('socialWorkers');
    expect(suggest('max-caseload', keys)).toBe('maxCaseload');
    expect(suggest('AGENCYSHARE', keys)).toBe('agencyShare');
  });

  it('suggest(word, keys) offers the closest key within two edits, the first on a tie', () => {
    expect(suggest('socialWokers', ['agencyShare', 'socialWorkers'])).toBe('socialWorkers');
    expect(suggest('horizonDay', ['horizonDays'])).toBe('horizonDays');
    expect(suggest('ab', ['ax', 'ay'])).toBe('ax');
    expect(suggest('agncyShre', ['socialWorkers', 'agencyShare'])).toBe('agencyShare');
    expect(suggest('socalWokers', ['socialWorkers'])).toBe('socialWorkers');
  });

  it('suggest(word, keys) offers nothing for a word more than two edits from every key', () => {
    expect(suggest('bananas', ['agencyShare', 'socialWorkers'])).toBeUndefined();
    expect(suggest('socWorkrs', ['socialWorkers'])).toBeUndefined();
  });

  it('suggest(word, keys) does not offer a tiny key that every short word is close to', () => {
    expect(suggest('x', ['n'])).toBeUndefined();
    expect(suggest('q', [])).toBeUndefined();
  });
});
