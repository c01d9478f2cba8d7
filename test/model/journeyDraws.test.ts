import { describe, expect, it } from 'vitest';
import { keyedStream } from '../../src/random/index.js';
import { journeyDraws, PURPOSE } from '../../src/model/randomKeys.js';

describe('journeyDraws: each named stream continues where its last draw stopped', () => {
  const key = 3_141_592_653;
  const episode = 2;
  /** The casework slots of the named streams (PURPOSE.casework(episode, slot)), in the order of the getters below. */
  const SLOTS = { strategyRng: 1, effortRng: 2, seenRng: 3, planRng: 4, conferenceRng: 5 } as const;

  it('gives, draw after draw and with other streams asked for in between, the numbers of one stream kept since its first use', () => {
    const draws = journeyDraws(key, episode);
    const kept = Object.fromEntries(Object.entries(SLOTS).map(([name, slot]) => [name, keyedStream(key, PURPOSE.casework(episode, slot))]));
    // An order that interleaves every stream with the others, asking for each several times and drawing 1–3 numbers each time.
    const order: (keyof typeof SLOTS)[] = ['effortRng', 'seenRng', 'effortRng', 'strategyRng', 'planRng', 'effortRng', 'conferenceRng', 'seenRng', 'planRng', 'conferenceRng'];
    order.forEach((name, k) => {
      const rng = draws[name];
      for (let i = 0; i <= k % 3; i++) expect(rng(), `${name}, ask ${k}, draw ${i}`).toBe(kept[name]!());
    });
  });

  it('gives another child or episode other numbers', () => {
    const first = journeyDraws(key, episode).effortRng();
    expect(journeyDraws(key, episode + 1).effortRng()).not.toBe(first);
    expect(journeyDraws(key + 1, episode).effortRng()).not.toBe(first);
  });
});
