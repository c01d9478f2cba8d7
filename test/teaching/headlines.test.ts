import { describe, expect, it } from 'vitest';
import { HEADLINES, describeChange, formatHeadline } from '../../src/teaching/index.js';
import type { HeadlineDefinition } from '../../src/teaching/index.js';
import { METRICS } from '../../src/model/index.js';

function headline(id: string): HeadlineDefinition {
  const found = HEADLINES.find((h) => h.id === id);
  if (found === undefined) throw new Error(`no headline ${id}`);
  return found;
}

describe('HEADLINES', () => {
  it('are metrics the model reports, with the registry\'s direction of improvement and shares marked as shares', () => {
    for (const h of HEADLINES) {
      const metric = METRICS.find((m) => m.id === h.id);
      expect(metric, h.id).toBeDefined();
      expect(h.better).toBe(metric?.better);
      expect(h.share).toBe(metric?.unit === 'share');
    }
  });
});

describe('formatHeadline(definition, value)', () => {
  it('shows shares as whole percentages and other values to the stated decimals; a missing value as a dash', () => {
    expect(formatHeadline(headline('referralToAssessment.withinTarget'), 0.694)).toBe('69%');
    expect(formatHeadline(headline('unallocatedMean'), 31.449)).toBe('31.4');
    expect(formatHeadline(headline('unallocatedMean'), Number.NaN)).toBe('–');
  });
});

describe('describeChange(definition, fromRuns, toRuns)', () => {
  it('says better or worse when every paired run moves clearly the same way, in the measure\'s unit', () => {
    expect(describeChange(headline('unallocatedMean'), [30, 30, 30], [42, 42.5, 42.25])).toEqual({ text: '+12.3 children (worse)', verdict: 'worse' });
    expect(describeChange(headline('unallocatedMean'), [30, 31, 29], [20, 21, 19])).toEqual({ text: '−10.0 children (better)', verdict: 'better' });
    expect(describeChange(headline('referralToAssessment.withinTarget'), [0.69, 0.7, 0.68], [0.32, 0.33, 0.31]))
      .toEqual({ text: '−37 percentage points (worse)', verdict: 'worse' });
  });

  it('calls a change whose paired 95% interval includes zero no clear change, as the report does', () => {
    // Paired differences +1, −2, +3: mean 0.67, t-interval about ±6.2.
    expect(describeChange(headline('missedChancesPerYear'), [63, 60, 66], [64, 58, 69])).toEqual({ text: '+1 children a year (no clear change)', verdict: 'unclear' });
  });

  it('works from the means as shown, so the change always matches the two numbers beside it', () => {
    expect(describeChange(headline('missedChancesPerYear'), [63, 63, 63], [63.2, 63, 63])).toEqual({ text: 'no change', verdict: 'unclear' });
  });

  it('leaves out runs without a value on either side', () => {
    expect(describeChange(headline('workerChangesMean'), [Number.NaN, 1, 1], [5, 2, 2])).toEqual({ text: '+1.00 changes (worse)', verdict: 'worse' });
    expect(describeChange(headline('workerChangesMean'), [Number.NaN], [1])).toEqual({ text: '–', verdict: 'unclear' });
  });
});
