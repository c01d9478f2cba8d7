import { Simulation } from '../engine/index.js';
import type { EventHandler } from '../engine/index.js';

/**
 * The engine's own cost on a model's pattern of events: a replication's calls to the engine
 * (schedule, scheduleAt, scheduleNow, cancel) are recorded, event by event, and then replayed
 * through a fresh Simulation whose handlers only repeat the recorded calls. The replay has the
 * model's event list (its size, its times, its cancellations) and none of the model's work, so its
 * events per second are the most the model could reach with handlers that cost nothing.
 */

/** One call to the engine: kind (0 schedule, 1 scheduleAt, 2 scheduleNow, 3 cancel), its delay or time (for cancel, the event cancelled), its priority, and the event's number. */
type Call = readonly [kind: 0 | 1 | 2 | 3, value: number, priority: number, ref: number];

/** The calls of one replication: those made before it ran, then those of each event in the order the events ran. */
export interface RecordedSchedule {
  readonly before: readonly Call[];
  readonly perEvent: readonly (readonly Call[])[];
  /** Events scheduled with an id (schedule, scheduleAt), numbered in the order they were made. */
  readonly scheduled: number;
  /** The `until` of the run (undefined: until no event is left). */
  readonly until: number | undefined;
}

/**
 * Runs `replication` (which must make one Simulation and call run() once) with the engine's methods
 * wrapped to record every call, and returns the calls. The methods are put back afterwards; the
 * wrapping changes the shapes V8 sees, so call this in a process of its own (the bench's child).
 */
export function recordSchedule(replication: () => void): RecordedSchedule {
  const proto = Simulation.prototype;
  const original = { schedule: proto.schedule, scheduleAt: proto.scheduleAt, scheduleNow: proto.scheduleNow, cancel: proto.cancel, run: proto.run };
  const before: Call[] = [];
  const perEvent: Call[][] = [];
  let current = before;
  let scheduled = 0;
  let until: number | undefined;
  const refs = new Map<number, number>();
  const wrap = (handler: EventHandler<unknown>): EventHandler<unknown> => (data, sim) => {
    current = [];
    perEvent.push(current);
    handler(data, sim);
  };
  try {
    const recording = {
      schedule(this: Simulation, delay: number, handler: EventHandler<unknown>, data: unknown, priority = 0): number {
        const id = original.schedule.call(this, delay, wrap(handler), data, priority);
        refs.set(id, scheduled);
        current.push([0, delay, priority, scheduled++]);
        return id;
      },
      scheduleAt(this: Simulation, time: number, handler: EventHandler<unknown>, data: unknown, priority = 0): number {
        const id = original.scheduleAt.call(this, time, wrap(handler), data, priority);
        refs.set(id, scheduled);
        current.push([1, time, priority, scheduled++]);
        return id;
      },
      scheduleNow(this: Simulation, handler: EventHandler<unknown>, data: unknown, priority = 0): void {
        original.scheduleNow.call(this, wrap(handler), data, priority);
        current.push([2, 0, priority, -1]);
      },
      cancel(this: Simulation, id: number): boolean {
        current.push([3, refs.get(id) ?? -1, 0, -1]);
        return original.cancel.call(this, id);
      },
      run(this: Simulation, limit?: number) {
        until = limit;
        return original.run.call(this, limit);
      },
    };
    Object.assign(proto, recording as unknown as Partial<Simulation>);
    replication();
  } finally {
    Object.assign(proto, original);
  }
  return { before, perEvent, scheduled, until };
}

/** Replays a recorded schedule through a fresh Simulation; returns the events it ran (the recorded replication's count when the replay is faithful). */
export function replaySchedule(schedule: RecordedSchedule): number {
  const sim = new Simulation();
  const ids = new Float64Array(schedule.scheduled);
  const perEvent = schedule.perEvent;
  let next = 0;
  const apply = (calls: readonly Call[]): void => {
    for (const [kind, value, priority, ref] of calls) {
      if (kind === 0) ids[ref] = sim.schedule(value, handler, undefined, priority);
      else if (kind === 1) ids[ref] = sim.scheduleAt(value, handler, undefined, priority);
      else if (kind === 2) sim.scheduleNow(handler, undefined, priority);
      else if (value >= 0) sim.cancel(ids[value]!);
    }
  };
  const handler = (): void => apply(perEvent[next++] ?? []);
  apply(schedule.before);
  return sim.run(schedule.until).eventsProcessed;
}
