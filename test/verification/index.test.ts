import { describe, expect, it } from 'vitest';
import * as validation from '../../src/verification/index.js';

describe('validation index', () => {
  it('exports the agreed API', () => {
    const names = [
      'erlangB', 'erlangC', 'mmcMeanWait', 'mmcWaitTail', 'mm1MeanWait', 'mg1MeanWait', 'md1MeanWait',
      'cobhamPriorityWaits', 'runQueue', 'compareToTheory', 'runVerification', 'formatVerificationTable',
      'JOINT_TEST_RULE', 'BIAS_RULE', 'QUICK_EFFORT', 'THOROUGH_EFFORT', 'holmBonferroni', 'jointTest', 'biasChecks',
      'mm1PsMeanSojourn', 'psSlowdown', 'limitedPsWaits', 'limitedPsWaitTail', 'modelReductions', 'reductionProblems', 'runModelReduction',
    ];
    for (const name of names) expect(validation, name).toHaveProperty(name);
  });
});
