export { SimulationError } from './errors.js';
export { Simulation, DEFAULT_MAX_EVENTS } from './simulation.js';
export type { SimulationOptions, EventHandler, RunResult } from './simulation.js';
export { Resource } from './resource.js';
export type { QueueDiscipline, ResourceOptions, ResourceStats } from './resource.js';
