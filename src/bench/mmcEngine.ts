import { Resource, Simulation } from '../engine/index.js';
import type { EventHandler } from '../engine/index.js';
import { mmcStreams, timedDeskRun } from './mmcSetup.js';
import type { MmcRun, MmcSetup } from './mmcSetup.js';

/**
 * M/M/c through the public engine API as a model would write it: arrivals are events, customers
 * request a unit of a FIFO Resource, and service ends with a scheduled departure that releases it.
 * Three events per customer (arrival, grant, departure). Queue and server statistics come from
 * Resource.stats().
 */
export function runEngineMmc(setup: MmcSetup): MmcRun {
  const { servers, arrivalRate, serviceRate, customers } = setup;
  const { arrivals, services } = mmcStreams(setup.seed);
  const sampleEvery = setup.onSample === undefined ? 0 : (setup.sampleEvery ?? 1);
  const sim = new Simulation();
  const desk = new Resource(sim, { capacity: servers, name: 'servers' });
  let arrived = 0;
  let served = 0;
  let waitSum = 0;
  const depart: EventHandler<undefined> = () => {
    desk.release();
    served++;
  };
  const startService: EventHandler<number> = (arrivalTime, s) => {
    waitSum += s.now - arrivalTime;
    s.schedule(-Math.log(1 - services()) / serviceRate, depart, undefined);
  };
  const arrive: EventHandler<undefined> = (_, s) => {
    arrived++;
    desk.request(startService, s.now);
    if (arrived < customers) s.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive, undefined);
    if (sampleEvery > 0 && arrived % sampleEvery === 0) setup.onSample?.(arrived);
  };
  sim.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive, undefined);
  return timedDeskRun(sim, desk, () => ({ served, waitSum }));
}
