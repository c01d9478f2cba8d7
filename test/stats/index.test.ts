import { describe, expect, it } from 'vitest';
import * as stats from '../../src/stats/index.js';

describe('stats index', () => {
  it('exports the agreed API', () => {
    const names = [
      'QUANTILE_METHOD', 'CI_METHOD', 'quantile', 'tQuantile', 'summarizeReplications', 'pairedDifference',
      'summarizeDelays', 'kaplanMeier', 'survivalAt', 'ecdf', 'histogram', 'quantileBands', 'timeWeightedMean',
      'RunningSummary',
    ];
    for (const name of names) expect(stats, name).toHaveProperty(name);
  });
});
