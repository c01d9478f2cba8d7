import type { SimulationReply, SimulationRequest } from './workerProtocol.js';
import { runTeachingJob } from './runTeachingJob.js';

/** The part of a worker's global scope the simulation worker uses (typed here because the project compiles against the DOM library). */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  postMessage(message: SimulationReply): void;
}

/**
 * Answers simulation requests posted to the worker: each runs to completion with progress replies,
 * then one result (or error) reply. Requests are answered in arrival order.
 */
export function serveSimulations(scope: WorkerScope): void {
  scope.addEventListener('message', (event) => {
    const request = event.data as SimulationRequest;
    try {
      const runs = runTeachingJob(request.scenario, request.seed, request.run, (done) => scope.postMessage({ id: request.id, kind: 'progress', done }), request.replications);
      scope.postMessage({ id: request.id, kind: 'result', runs });
    } catch (error) {
      scope.postMessage({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
