import { Resource, Simulation } from '../engine/index.js';
import type { EventHandler } from '../engine/index.js';
import { mmcStreams, timedDeskRun } from './mmcSetup.js';
import type { MmcRun, MmcSetup } from './mmcSetup.js';

/** What a generator process yields: a delay to wait (model time units) or a resource to request. */
type ProcessStep = number | Resource;

/**
 * The same M/M/c written in the other process style, as generator processes (SimPy's style) driven
 * through the engine: each customer is a generator that yields the resource, then its service time.
 * Kept to show by measurement why the engine uses callbacks: it is markedly slower.
 */
export function runEngineGeneratorMmc(setup: MmcSetup): MmcRun {
  const { servers, arrivalRate, serviceRate, customers } = setup;
  const { arrivals, services } = mmcStreams(setup.seed);
  const sim = new Simulation();
  const desk = new Resource(sim, { capacity: servers, name: 'servers' });
  let served = 0;
  let waitSum = 0;
  const resume: EventHandler<Generator<ProcessStep, void, undefined>> = (process, s) => {
    const next = process.next();
    if (next.done === true) return;
    if (typeof next.value === 'number') s.schedule(next.value, resume, process);
    else next.value.request(resume, process);
  };
  function* customer(s: Simulation): Generator<ProcessStep, void, undefined> {
    const arrivedAt = s.now;
    yield desk;
    waitSum += s.now - arrivedAt;
    yield -Math.log(1 - services()) / serviceRate;
    desk.release();
    served++;
  }
  function* source(s: Simulation): Generator<ProcessStep, void, undefined> {
    for (let i = 0; i < customers; i++) {
      yield -Math.log(1 - arrivals()) / arrivalRate;
      resume(customer(s), s);
    }
  }
  resume(source(sim), sim);
  return timedDeskRun(sim, desk, () => ({ served, waitSum }));
}
