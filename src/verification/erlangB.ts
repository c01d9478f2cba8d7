import { requireInteger, requireNonNegative } from '../check/index.js';

/**
 * Erlang B: the probability that an arrival to an M/G/c/c loss system (c servers, no waiting room,
 * offered load a = λ/μ erlangs) is blocked. Uses the recursion B(k) = a·B(k−1) / (k + a·B(k−1)),
 * B(0) = 1, which stays in [0, 1] for any c (no factorials, no overflow). c = 0 gives 1, a = 0 gives 0.
 */
export function erlangB(servers: number, offeredLoad: number): number {
  requireInteger('erlangB', 'servers', servers, 0);
  requireNonNegative('erlangB', 'offeredLoad', offeredLoad);
  let blocking = 1;
  for (let k = 1; k <= servers; k++) {
    blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  }
  return blocking;
}
