import { describe, expectTypeOf, it } from 'vitest';
import type { DistributionSpec } from '../../src/random/index.js';
import type { Distribution } from '../../src/scenario/index.js';

// The scenario layer may not import random/, so each declares the distribution type; these checks
// (run by `npm run typecheck`) fail to compile as soon as the two drift apart.
describe('Distribution (scenario schema)', () => {
  it('is the same type as DistributionSpec (random)', () => {
    expectTypeOf<Distribution>().toEqualTypeOf<DistributionSpec>();
  });

  it('is assignable both ways, optional bounds included', () => {
    expectTypeOf<Distribution>().toExtend<DistributionSpec>();
    expectTypeOf<DistributionSpec>().toExtend<Distribution>();
  });
});
