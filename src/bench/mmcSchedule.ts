import { Simulation } from '../engine/index.js';
import type { EventHandler } from '../engine/index.js';
import { MmcLoopState } from './mmcLoopState.js';
import { mmcStreams, timedMmcRun } from './mmcSetup.js';
import type { MmcRun, MmcSetup } from './mmcSetup.js';

/**
 * M/M/c on the bare kernel: only schedule() and run(), with the model keeping its own state (MmcLoopState),
 * as the limit loop does. Two events per customer; isolates kernel cost from Resource.
 */
export function runEngineScheduleMmc(setup: MmcSetup): MmcRun {
  const { servers, arrivalRate, serviceRate, customers } = setup;
  const { arrivals, services } = mmcStreams(setup.seed);
  const sim = new Simulation();
  const state = new MmcLoopState(servers);
  const depart: EventHandler<undefined> = (_, s) => {
    if (state.depart(s.now)) s.schedule(-Math.log(1 - services()) / serviceRate, depart, undefined);
  };
  const arrive: EventHandler<undefined> = (_, s) => {
    if (state.arrive(s.now)) s.schedule(-Math.log(1 - services()) / serviceRate, depart, undefined);
    if (state.arrived < customers) s.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive, undefined);
  };
  sim.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive, undefined);
  return timedMmcRun(sim, () => state.tally());
}
