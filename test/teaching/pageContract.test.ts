import { describe, expect, it } from 'vitest';
import { TEACHING_RUN, parsePageData } from '../../src/teaching/index.js';

const good = { seed: 's', run: TEACHING_RUN, starts: [{ label: 'A', scenario: { name: 'a' } }] };

describe('parsePageData(value)', () => {
  it('accepts the shape the page writes', () => {
    expect(parsePageData(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it('names the first field that is wrong', () => {
    expect(() => parsePageData(null)).toThrow(/not an object/);
    expect(() => parsePageData({ ...good, seed: '' })).toThrow(/seed/);
    expect(() => parsePageData({ ...good, run: { ...TEACHING_RUN, replications: 'three' } })).toThrow(/run\.replications/);
    expect(() => parsePageData({ ...good, starts: [] })).toThrow(/starts must be a non-empty array/);
    expect(() => parsePageData({ ...good, starts: [{ label: 'A' }] })).toThrow(/starts\[0\]/);
  });
});
