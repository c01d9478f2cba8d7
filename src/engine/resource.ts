import { argumentError } from '../check/index.js';
import { KeyedHeap } from './keyedHeap.js';
import type { EventHandler, Simulation } from './simulation.js';
import { SlotRing } from './slotRing.js';
import { SlotTable } from './slotTable.js';

/** How waiting requests are ordered: first come first served, or smaller priority first (ties first come). */
export type QueueDiscipline = 'fifo' | 'priority';

/** Settings for a Resource: units available (an integer >= 1), queue discipline (default 'fifo'), a name for messages. */
export interface ResourceOptions {
  capacity: number;
  discipline?: QueueDiscipline;
  name?: string;
}

/** Time-weighted averages since `since` (creation or the last resetStats); over zero elapsed time, the current values. */
export interface ResourceStats {
  timeAverageQueueLength: number;
  timeAverageInUse: number;
  since: number;
}

/** Cancelled requests tolerated in the waiting line before it is compacted (when also over half of it). */
const COMPACT_THRESHOLD = 64;

/**
 * A pool of identical units (e.g. servers, workers) with a waiting line. A granted request holds one
 * unit until release(); its onGranted handler runs as an event at the grant time, scheduled with
 * priority 0 at the moment the unit is assigned (at once if a unit is free, else when one is
 * released or capacity grows). inUse counts units assigned, including grants whose event has not run yet.
 */
export class Resource {
  /** Name used in error messages. */
  readonly name: string;
  /** The queue discipline chosen at construction. */
  readonly discipline: QueueDiscipline;
  private readonly sim: Simulation;
  private units: number;
  private holders = 0;
  private waiting = 0;
  private cancelledInQueue = 0;
  private nextSequence = 0;
  // Requests granted at once never wait, so they get negative ids (-1, -2, ...) that cancelRequest rejects.
  private grantedAtOnce = 0;
  // The waiting line: a ring under 'fifo', a heap keyed by (priority, arrival sequence) under 'priority'.
  private readonly fifo: boolean;
  private readonly line = new SlotRing();
  private readonly queue = new KeyedHeap();
  private readonly requests = new SlotTable<EventHandler<unknown>>();
  private statsSince: number;
  private lastChange: number;
  private queueArea = 0;
  private inUseArea = 0;

  /** Throws RangeError if capacity is not an integer >= 1 or discipline is not 'fifo' or 'priority'. */
  constructor(sim: Simulation, options: ResourceOptions) {
    const discipline = options.discipline ?? 'fifo';
    this.name = options.name ?? 'resource';
    checkCapacity(`Resource '${this.name}'`, options.capacity);
    if (discipline !== 'fifo' && discipline !== 'priority') {
      throw argumentError(`Resource '${this.name}'`, 'discipline', "'fifo' or 'priority'", discipline);
    }
    this.sim = sim;
    this.units = options.capacity;
    this.discipline = discipline;
    this.fifo = discipline === 'fifo';
    this.statsSince = sim.now;
    this.lastChange = sim.now;
  }

  /** Units available; may be below inUse after a shrink, until enough holders release. */
  get capacity(): number {
    return this.units;
  }

  /** Units currently assigned to requests. */
  get inUse(): number {
    return this.holders;
  }

  /** Requests waiting (not granted, not withdrawn). */
  get queueLength(): number {
    return this.waiting;
  }

  /**
   * Asks for one unit and returns a request id (negative if granted at once, since such a request
   * never waits); `onGranted(data)` runs as an event once a unit is assigned. `priority` (smaller first, default 0) orders the line under 'priority' and is ignored
   * under 'fifo'. Throws RangeError if priority is not finite or onGranted is not a function.
   */
  request<T>(onGranted: EventHandler<T>, data: T, priority = 0): number {
    if (!(priority > -Infinity && priority < Infinity)) throw this.badRequest('priority', 'a finite number', priority);
    if (typeof onGranted !== 'function') throw this.badRequest('onGranted', 'a function', onGranted);
    this.accumulate();
    const handler = onGranted as EventHandler<unknown>;
    if (this.holders < this.units) {
      this.holders++;
      this.sim.scheduleNow(handler, data);
      return -++this.grantedAtOnce;
    }
    const slot = this.requests.allocate(handler, data);
    if (this.fifo) this.line.push(slot);
    else this.queue.push(priority, this.nextSequence++, slot);
    this.waiting++;
    return this.requests.idOf(slot);
  }

  /** Frees one unit and grants it to the next waiter, if any and capacity allows. Throws Error if no unit is in use. */
  release(): void {
    if (this.holders === 0) throw this.nothingHeld();
    this.accumulate();
    this.holders--;
    this.grantWaiting();
  }

  /** Withdraws a waiting request; true if it was waiting, false if already granted, withdrawn, or unknown. */
  cancelRequest(requestId: number): boolean {
    const slot = this.requests.findPending(requestId);
    if (slot < 0) return false;
    this.accumulate();
    this.requests.cancel(slot);
    this.waiting--;
    this.cancelledInQueue++;
    const held = this.line.size + this.queue.size;
    if (this.waiting === 0 || (this.cancelledInQueue > COMPACT_THRESHOLD && this.cancelledInQueue * 2 > held)) {
      this.compact();
    }
    return true;
  }

  /**
   * Sets the number of units (an integer >= 1, else RangeError). Growing grants waiters at once;
   * shrinking never pre-empts holders, it only delays new grants until inUse falls below capacity.
   */
  setCapacity(capacity: number): void {
    checkCapacity(`setCapacity on '${this.name}'`, capacity);
    this.accumulate();
    this.units = capacity;
    this.grantWaiting();
  }

  /** Time-weighted average queue length and units in use since creation or the last resetStats(). */
  stats(): ResourceStats {
    this.accumulate();
    const elapsed = this.sim.now - this.statsSince;
    return {
      timeAverageQueueLength: elapsed > 0 ? this.queueArea / elapsed : this.waiting,
      timeAverageInUse: elapsed > 0 ? this.inUseArea / elapsed : this.holders,
      since: this.statsSince,
    };
  }

  /** Restarts the time-weighted statistics from now (e.g. after a warm-up period). */
  resetStats(): void {
    this.statsSince = this.sim.now;
    this.lastChange = this.sim.now;
    this.queueArea = 0;
    this.inUseArea = 0;
  }

  private nothingHeld(): Error {
    return new Error(`release on '${this.name}': no unit is in use (inUse=0), so there is nothing to release`);
  }

  private badRequest(argument: string, requirement: string, value: unknown): RangeError {
    return argumentError(`request on '${this.name}'`, argument, requirement, value);
  }

  /** Adds the areas under queue length and in-use since the last change; called before every change. */
  private accumulate(): void {
    const now = this.sim.now;
    const dt = now - this.lastChange;
    if (dt > 0) {
      this.queueArea += this.waiting * dt;
      this.inUseArea += this.holders * dt;
      this.lastChange = now;
    }
  }

  private grantWaiting(): void {
    const requests = this.requests;
    while (this.holders < this.units && this.waiting > 0) {
      const slot = this.fifo ? this.line.shift() : this.queue.pop();
      if (!requests.isPending(slot)) {
        requests.free(slot);
        this.cancelledInQueue--;
        continue;
      }
      const handler = requests.handlerAt(slot);
      const data = requests.dataAt(slot);
      requests.free(slot);
      this.waiting--;
      this.holders++;
      this.sim.scheduleNow(handler, data);
    }
  }

  private compact(): void {
    const requests = this.requests;
    const keep = (slot: number): boolean => {
      if (requests.isPending(slot)) return true;
      requests.free(slot);
      return false;
    };
    this.line.retain(keep);
    this.queue.retain(keep);
    this.cancelledInQueue = 0;
  }
}

function checkCapacity(call: string, capacity: number): void {
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1) {
    throw argumentError(call, 'capacity', 'an integer >= 1', capacity);
  }
}
