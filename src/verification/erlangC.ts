import { requireInteger, requireNonNegative } from '../check/index.js';
import { requireStable } from './requireStable.js';
import { erlangB } from './erlangB.js';

/**
 * Erlang C: the probability that an arrival to an M/M/c queue (c servers, offered load a = λ/μ
 * erlangs) has to wait, from Erlang B as C = c·B / (c − a·(1 − B)). Needs a < c (stability), else
 * RangeError; a = 0 gives 0 and c = 1 gives a (the M/M/1 utilisation).
 */
export function erlangC(servers: number, offeredLoad: number): number {
  requireInteger('erlangC', 'servers', servers, 1);
  requireNonNegative('erlangC', 'offeredLoad', offeredLoad);
  requireStable('erlangC', offeredLoad / servers, `offeredLoad / servers = ${offeredLoad} / ${servers}`);
  const blocking = erlangB(servers, offeredLoad);
  return (servers * blocking) / (servers - offeredLoad * (1 - blocking));
}
