import { doubled, doubledRing } from './doubled.js';
import type { EventHandler } from './simulation.js';

/** Most events that can be pending at once (2^26); an event id packs its slot into the low 26 bits. */
export const MAX_PENDING_EVENTS = 2 ** 26;
/** Reuses per slot before it is retired (2^27), so ids stay below 2^53 and are never reused. */
const GENERATION_LIMIT = 2 ** 27;

/**
 * The pending events of a simulation, taken in order of (time, priority, sequence). Each event
 * lives in a reusable slot (handler, data and keys in parallel arrays, with a free list) and a
 * binary heap of slots orders them by time, breaking ties through the slots' priority and sequence.
 * Events due exactly `now` that share one priority skip the heap and queue in a ring (the lane):
 * they arrive in sequence order, so the ring stays sorted. Nothing is allocated per event once the
 * arrays have grown (by doubling). An event is pending exactly while its slot holds a handler:
 * a cancelled one loses its handler and stays in place until it reaches the head, or until a
 * compaction once cancelled entries are over half the list.
 */
export class FutureEventList {
  /** The owner's clock; must equal the time of the last event taken (the lane relies on it). */
  now = 0;
  private handlers: (EventHandler<unknown> | undefined)[] = [];
  private data: unknown[] = [];
  private time = new Float64Array(64);
  private priority = new Float64Array(64);
  private sequence = new Float64Array(64);
  private generation = new Int32Array(64);
  private freeList = new Int32Array(64);
  private freeCount = 0;
  private used = 0;
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

  /**
   * Adds an event in three steps, each small enough for V8 to inline into the caller, so the
   * double keys are written straight into typed arrays and never boxed as call arguments:
   * `const slot = reserve(); setKeys(slot, time, priority); commit(slot, handler, data)`; then
   * idOf(slot) is the event's id. Arguments must already be validated (time >= now).
   */
  reserve(): number {
    if (this.freeCount === 0) this.addSlot();
    return this.freeList[--this.freeCount]!;
  }

  /** Step 2 of adding an event: its time and priority. */
  setKeys(slot: number, time: number, priority: number): void {
    this.time[slot] = time;
    this.priority[slot] = priority;
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

  /** The id of the event now in `slot`: a non-negative safe integer, never reused. */
  idOf(slot: number): number {
    return this.generation[slot]! * MAX_PENDING_EVENTS + slot;
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

  /** The time an event in `slot` is due. */
  timeOf(slot: number): number {
    return this.time[slot]!;
  }

  /** The handler of the event in `slot`. */
  handlerOf(slot: number): EventHandler<unknown> {
    return this.handlers[slot]!;
  }

  /** The data of the event in `slot`. */
  dataOf(slot: number): unknown {
    return this.data[slot];
  }

  /** Frees a slot whose entry has left the queue; its id becomes stale for good. */
  release(slot: number): void {
    this.handlers[slot] = undefined;
    this.data[slot] = undefined;
    const next = this.generation[slot]! + 1;
    this.generation[slot] = next;
    if (next < GENERATION_LIMIT) this.freeList[this.freeCount++] = slot;
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

  /** Whether the event in slot a precedes the one in slot b in (time, priority, sequence) order. */
  private before(a: number, b: number): boolean {
    const ta = this.time[a]!;
    const tb = this.time[b]!;
    if (ta !== tb) return ta < tb;
    const pa = this.priority[a]!;
    const pb = this.priority[b]!;
    if (pa !== pb) return pa < pb;
    return this.sequence[a]! < this.sequence[b]!;
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

  private addSlot(): void {
    if (this.used === MAX_PENDING_EVENTS) {
      throw new RangeError(`too many pending events: at most ${MAX_PENDING_EVENTS} can be held at once`);
    }
    if (this.used === this.generation.length) this.growSlots();
    this.handlers.push(undefined);
    this.data.push(undefined);
    this.freeList[this.freeCount++] = this.used++;
  }

  private growSlots(): void {
    this.time = doubled(this.time);
    this.priority = doubled(this.priority);
    this.sequence = doubled(this.sequence);
    this.generation = doubled(this.generation);
    this.freeList = doubled(this.freeList);
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
