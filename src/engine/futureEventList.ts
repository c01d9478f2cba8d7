import { doubled, doubledRing } from './doubled.js';
import { EventSlots, MAX_PENDING_EVENTS } from './eventSlots.js';
import type { EventHandler } from './simulation.js';

/**
 * The pending events of a simulation, taken in order of (time, priority, sequence). Each event
 * lives in a reusable slot (EventSlots: handler, data and keys in parallel arrays, with a free list)
 * and a binary heap of slots orders them by time, breaking ties through the slots' priority and sequence.
 * Events due exactly `now` that share one priority skip the heap and queue in a ring (the lane):
 * they arrive in sequence order, so the ring stays sorted. Nothing is allocated per event once the
 * arrays have grown (by doubling). An event is pending exactly while its slot holds a handler:
 * a cancelled one loses its handler and stays in place until it reaches the head, or until a
 * compaction once cancelled entries are over half the list.
 */
export class FutureEventList extends EventSlots {
  /** The owner's clock; must equal the time of the last event taken (the lane relies on it). */
  now = 0;
  private heapTime = new Float64Array(64);
  private heapSlot = new Int32Array(64);
  private heapCount = 0;
  private lane = new Int32Array(16);
  private laneHead = 0;
  private laneCount = 0;
  private lanePriority = 0;
  private nextSequence = 0;
  private cancelledCount = 0;
  private headInLane = false;

  /** Events pending (added, not cancelled, not yet taken). */
  get size(): number {
    return this.heapCount + this.laneCount - this.cancelledCount;
  }

  /** Entries held, cancelled ones included (what the arrays must hold). */
  get held(): number {
    return this.heapCount + this.laneCount;
  }

  /** Step 3 of adding an event: stores handler and data and files the slot in the lane or the heap. */
  commit(slot: number, handler: EventHandler<unknown>, data: unknown): void {
    this.handlers[slot] = handler;
    this.data[slot] = data;
    this.sequence[slot] = this.nextSequence++;
    const priority = this.priority[slot]!;
    if (this.time[slot] === this.now && (this.laneCount === 0 || priority === this.lanePriority)) {
      this.pushLane(slot, priority);
    } else {
      this.pushHeap(slot);
    }
  }

  /** The slot of the next pending event, or -1 if none; cancelled entries met on the way are discarded. */
  next(): number {
    for (;;) {
      let slot: number;
      if (this.laneCount > 0) {
        slot = this.lane[this.laneHead]!;
        this.headInLane = this.heapCount === 0 || this.before(slot, this.heapSlot[0]!);
        if (!this.headInLane) slot = this.heapSlot[0]!;
      } else if (this.heapCount > 0) {
        slot = this.heapSlot[0]!;
        this.headInLane = false;
      } else {
        return -1;
      }
      if (this.handlers[slot] !== undefined) return slot;
      this.removeHead();
      this.release(slot);
      this.cancelledCount--;
    }
  }

  /** Removes the entry that next() last returned; call before adding or cancelling anything else. */
  removeHead(): void {
    if (this.headInLane) {
      this.laneHead = (this.laneHead + 1) & (this.lane.length - 1);
      this.laneCount--;
    } else {
      const n = --this.heapCount;
      if (n > 0) {
        this.heapTime[0] = this.heapTime[n]!;
        this.heapSlot[0] = this.heapSlot[n]!;
        this.siftDown(0);
      }
    }
  }

  /** Cancels the pending event named `id`; false if it already ran, was cancelled, or never existed. */
  cancel(id: number): boolean {
    if (!Number.isSafeInteger(id) || id < 0) return false;
    const slot = id % MAX_PENDING_EVENTS;
    if (slot >= this.used || this.handlers[slot] === undefined) return false;
    if (this.generation[slot] !== (id - slot) / MAX_PENDING_EVENTS) return false;
    this.handlers[slot] = undefined;
    this.data[slot] = undefined;
    this.cancelledCount++;
    if (this.cancelledCount > 1024 && this.cancelledCount * 2 > this.held) this.compact();
    return true;
  }

  private pushLane(slot: number, priority: number): void {
    if (this.laneCount === this.lane.length) this.growLane();
    this.lanePriority = priority;
    this.lane[(this.laneHead + this.laneCount++) & (this.lane.length - 1)] = slot;
  }

  private pushHeap(slot: number): void {
    if (this.heapCount === this.heapSlot.length) this.growHeap();
    const i = this.heapCount++;
    this.heapTime[i] = this.time[slot]!;
    this.heapSlot[i] = slot;
    if (i > 0) this.siftUp(i);
  }

  private siftUp(i: number): void {
    const T = this.heapTime;
    const X = this.heapSlot;
    const t = T[i]!;
    const x = X[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = T[parent]!;
      if (pt < t || (pt === t && this.before(X[parent]!, x))) break;
      T[i] = pt;
      X[i] = X[parent]!;
      i = parent;
    }
    T[i] = t;
    X[i] = x;
  }

  private siftDown(i: number): void {
    const T = this.heapTime;
    const X = this.heapSlot;
    const n = this.heapCount;
    const t = T[i]!;
    const x = X[i]!;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      let ct = T[c]!;
      const r = c + 1;
      if (r < n) {
        const rt = T[r]!;
        if (rt < ct || (rt === ct && this.before(X[r]!, X[c]!))) {
          c = r;
          ct = rt;
        }
      }
      if (t < ct || (t === ct && this.before(x, X[c]!))) break;
      T[i] = ct;
      X[i] = X[c]!;
      i = c;
    }
    T[i] = t;
    X[i] = x;
  }

  /** Drops every cancelled entry at once, so mass cancellation cannot make the queue grow without bound. */
  private compact(): void {
    let kept = 0;
    for (let i = 0; i < this.heapCount; i++) {
      const slot = this.heapSlot[i]!;
      if (this.handlers[slot] === undefined) {
        this.release(slot);
        continue;
      }
      this.heapTime[kept] = this.heapTime[i]!;
      this.heapSlot[kept++] = slot;
    }
    this.heapCount = kept;
    for (let i = (kept >> 1) - 1; i >= 0; i--) this.siftDown(i);
    const mask = this.lane.length - 1;
    let laneKept = 0;
    for (let k = 0; k < this.laneCount; k++) {
      const slot = this.lane[(this.laneHead + k) & mask]!;
      if (this.handlers[slot] === undefined) {
        this.release(slot);
        continue;
      }
      this.lane[(this.laneHead + laneKept++) & mask] = slot;
    }
    this.laneCount = laneKept;
    this.cancelledCount = 0;
  }

  private growHeap(): void {
    this.heapTime = doubled(this.heapTime);
    this.heapSlot = doubled(this.heapSlot);
  }

  private growLane(): void {
    this.lane = doubledRing(this.lane, this.laneHead, this.laneCount);
    this.laneHead = 0;
  }
}
