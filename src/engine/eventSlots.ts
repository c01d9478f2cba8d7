import { doubled } from './doubled.js';
import type { EventHandler } from './simulation.js';

/** Most events that can be pending at once (2^26); an event id packs its slot into the low 26 bits. */
export const MAX_PENDING_EVENTS = 2 ** 26;
/** Reuses per slot before it is retired (2^27), so ids stay below 2^53 and are never reused. */
const GENERATION_LIMIT = 2 ** 27;

/**
 * Where pending events live: each in a reusable slot, its handler, data and keys (time, priority,
 * sequence) in parallel arrays, with a free list. A slot's generation changes on every reuse, so an
 * id (generation * 2^26 + slot) names one event forever. The arrays double when full, so nothing is
 * allocated per event once they have grown. FutureEventList puts the slots in order.
 */
export class EventSlots {
  protected handlers: (EventHandler<unknown> | undefined)[] = [];
  protected data: unknown[] = [];
  protected time = new Float64Array(64);
  protected priority = new Float64Array(64);
  protected sequence = new Float64Array(64);
  protected generation = new Int32Array(64);
  private freeList = new Int32Array(64);
  private freeCount = 0;
  protected used = 0;

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

  /** The id of the event now in `slot`: a non-negative safe integer, never reused. */
  idOf(slot: number): number {
    return this.generation[slot]! * MAX_PENDING_EVENTS + slot;
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

  /** Whether the event in slot a precedes the one in slot b in (time, priority, sequence) order. */
  protected before(a: number, b: number): boolean {
    const ta = this.time[a]!;
    const tb = this.time[b]!;
    if (ta !== tb) return ta < tb;
    const pa = this.priority[a]!;
    const pb = this.priority[b]!;
    if (pa !== pb) return pa < pb;
    return this.sequence[a]! < this.sequence[b]!;
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
}
