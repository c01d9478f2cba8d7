import { doubled } from './doubled.js';

/** Most slots a table can hold at once (2^26); ids pack the slot into their low 26 bits. */
export const SLOT_LIMIT = 2 ** 26;
/** Reuses per slot before it is retired (2^27), so ids stay below 2^53 and are never reused. */
const GENERATION_LIMIT = 2 ** 27;

const FREE = 0;
const PENDING = 1;
const CANCELLED = 2;

/**
 * Reusable slots holding a handler and its data for pending entries (a resource's waiting requests),
 * with a free list so steady-state use allocates nothing. Each slot has a generation that changes
 * on every reuse, so an id (generation * 2^26 + slot) names one entry forever: a stale id is
 * recognised as no longer pending instead of hitting whatever reuses its slot.
 */
export class SlotTable<H> {
  private handlers: (H | undefined)[] = [];
  private data: unknown[] = [];
  private generation = new Float64Array(64);
  private state = new Uint8Array(64);
  private freeList = new Int32Array(64);
  private freeCount = 0;
  private used = 0;

  /** Stores a pending entry and returns its slot index; throws RangeError past SLOT_LIMIT live slots. */
  allocate(handler: H, data: unknown): number {
    if (this.freeCount === 0) this.addSlot();
    const slot = this.freeList[--this.freeCount]!;
    this.handlers[slot] = handler;
    this.data[slot] = data;
    this.state[slot] = PENDING;
    return slot;
  }

  /** The id naming the entry now in `slot`: a non-negative safe integer, unique over the table's life. */
  idOf(slot: number): number {
    return this.generation[slot]! * SLOT_LIMIT + slot;
  }

  /** The slot of the entry named `id` if that entry is still pending, else -1 (unknown, stale, cancelled or malformed). */
  findPending(id: number): number {
    if (!Number.isSafeInteger(id) || id < 0) return -1;
    const slot = id % SLOT_LIMIT;
    if (slot >= this.used || this.state[slot] !== PENDING) return -1;
    return this.generation[slot] === (id - slot) / SLOT_LIMIT ? slot : -1;
  }

  /** True if the entry in `slot` is pending (not cancelled). */
  isPending(slot: number): boolean {
    return this.state[slot] === PENDING;
  }

  /** The handler stored in a pending slot. */
  handlerAt(slot: number): H {
    return this.handlers[slot] as H;
  }

  /** The data stored in a pending slot. */
  dataAt(slot: number): unknown {
    return this.data[slot];
  }

  /** Marks a pending slot cancelled and drops its references; the slot stays taken until freed. */
  cancel(slot: number): void {
    this.state[slot] = CANCELLED;
    this.handlers[slot] = undefined;
    this.data[slot] = undefined;
  }

  /** Returns a slot to the free list (retiring it once its generations are used up); its id becomes stale. */
  free(slot: number): void {
    this.state[slot] = FREE;
    this.handlers[slot] = undefined;
    this.data[slot] = undefined;
    const next = this.generation[slot]! + 1;
    this.generation[slot] = next;
    if (next < GENERATION_LIMIT) this.freeList[this.freeCount++] = slot;
  }

  /** Makes one new slot and puts it on the free list (kept out of allocate so that stays small enough to inline). */
  private addSlot(): void {
    if (this.used === SLOT_LIMIT) {
      throw new RangeError(`too many pending entries: at most ${SLOT_LIMIT} can be held at once`);
    }
    if (this.used === this.state.length) this.grow();
    this.handlers.push(undefined);
    this.data.push(undefined);
    this.freeList[this.freeCount++] = this.used++;
  }

  private grow(): void {
    this.generation = doubled(this.generation);
    this.state = doubled(this.state);
    this.freeList = doubled(this.freeList);
  }
}
