import { Simulation } from '../engine/index.js';
import type { EventHandler } from '../engine/index.js';

/**
 * The engine's own cost on a model's pattern of events: a replication's calls to the engine
 * (schedule, scheduleAt, scheduleNow, cancel) are recorded, event by event, and then replayed
 * through a fresh Simulation whose handlers only repeat the recorded calls. The replay has the
 * model's event list (its size, its times, its cancellations) and none of the model's work, so its
 * events per second are the most the model could reach with handlers that cost nothing. The calls
 * are kept in flat typed arrays, so the replay itself adds little beyond the engine's work.
 */

/** Kinds of call: schedule (a delay), scheduleAt (a time), scheduleNow, cancel. */
const SCHEDULE = 0;
const SCHEDULE_AT = 1;
const SCHEDULE_NOW = 2;
const CANCEL = 3;

/**
 * The calls of one replication in order: call k has a kind, a value (the delay or time; for a
 * cancel, the number of the event cancelled, -1 if it was never recorded), a priority and, for
 * schedule and scheduleAt, the event's number. The calls made before the run come first, then
 * those of each event in the order the events ran: event e's calls are firstCall[e] up to
 * firstCall[e + 1].
 */
export interface RecordedSchedule {
  readonly kinds: Uint8Array;
  readonly values: Float64Array;
  readonly priorities: Float64Array;
  readonly refs: Int32Array;
  /** Where each event's calls start, and one entry more for where the last one's end; the calls before the run end at firstCall[0]. */
  readonly firstCall: Int32Array;
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
  const kinds: number[] = [];
  const values: number[] = [];
  const priorities: number[] = [];
  const refs: number[] = [];
  const firstCall: number[] = [];
  const numberOfId = new Map<number, number>();
  let scheduled = 0;
  let until: number | undefined;
  const call = (kind: number, value: number, priority: number, ref: number): void => {
    kinds.push(kind);
    values.push(value);
    priorities.push(priority);
    refs.push(ref);
  };
  const wrap = (handler: EventHandler<unknown>): EventHandler<unknown> => (data, sim) => {
    firstCall.push(kinds.length);
    handler(data, sim);
  };
  const recording = {
    schedule(this: Simulation, delay: number, handler: EventHandler<unknown>, data: unknown, priority = 0): number {
      const id = original.schedule.call(this, delay, wrap(handler), data, priority);
      numberOfId.set(id, scheduled);
      call(SCHEDULE, delay, priority, scheduled++);
      return id;
    },
    scheduleAt(this: Simulation, time: number, handler: EventHandler<unknown>, data: unknown, priority = 0): number {
      const id = original.scheduleAt.call(this, time, wrap(handler), data, priority);
      numberOfId.set(id, scheduled);
      call(SCHEDULE_AT, time, priority, scheduled++);
      return id;
    },
    scheduleNow(this: Simulation, handler: EventHandler<unknown>, data: unknown, priority = 0): void {
      original.scheduleNow.call(this, wrap(handler), data, priority);
      call(SCHEDULE_NOW, 0, priority, -1);
    },
    cancel(this: Simulation, id: number): boolean {
      call(CANCEL, numberOfId.get(id) ?? -1, 0, -1);
      return original.cancel.call(this, id);
    },
    run(this: Simulation, limit?: number) {
      until = limit;
      return original.run.call(this, limit);
    },
  };
  try {
    Object.assign(proto, recording as unknown as Partial<Simulation>);
    replication();
  } finally {
    Object.assign(proto, original);
  }
  firstCall.push(kinds.length); // where the last event's calls end
  return {
    kinds: Uint8Array.from(kinds),
    values: Float64Array.from(values),
    priorities: Float64Array.from(priorities),
    refs: Int32Array.from(refs),
    firstCall: Int32Array.from(firstCall),
    scheduled,
    until,
  };
}

/** Replays a recorded schedule through a fresh Simulation; returns the events it ran (the recorded replication's count when the replay is faithful). */
export function replaySchedule(schedule: RecordedSchedule): number {
  const { kinds, values, priorities, refs, firstCall } = schedule;
  const sim = new Simulation();
  const ids = new Float64Array(schedule.scheduled);
  let event = 0;
  const apply = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      const kind = kinds[k]!;
      if (kind === SCHEDULE) ids[refs[k]!] = sim.schedule(values[k]!, handler, undefined, priorities[k]!);
      else if (kind === SCHEDULE_AT) ids[refs[k]!] = sim.scheduleAt(values[k]!, handler, undefined, priorities[k]!);
      else if (kind === SCHEDULE_NOW) sim.scheduleNow(handler, undefined, priorities[k]!);
      else if (values[k]! >= 0) sim.cancel(ids[values[k]!]!);
    }
  };
  const handler = (): void => {
    const e = event++;
    apply(firstCall[e]!, firstCall[e + 1]!);
  };
  apply(0, firstCall[0]!);
  return sim.run(schedule.until).eventsProcessed;
}
