import { doubledRing } from './doubled.js';

/**
 * A first-in first-out ring of integer slots over an Int32Array that doubles when full, so a
 * first-come-first-served waiting line costs no allocation and O(1) per operation.
 */
export class SlotRing {
  private slots = new Int32Array(16);
  private head = 0;
  private count = 0;

  /** Number of slots held. */
  get size(): number {
    return this.count;
  }

  /** Appends a slot at the back. */
  push(slot: number): void {
    if (this.count === this.slots.length) this.grow();
    this.slots[(this.head + this.count++) & (this.slots.length - 1)] = slot;
  }

  /** Removes and returns the front slot. The ring must not be empty. */
  shift(): number {
    const slot = this.slots[this.head]!;
    this.head = (this.head + 1) & (this.slots.length - 1);
    this.count--;
    return slot;
  }

  /** Keeps only the slots satisfying `keep` (called once per slot, front first), in order. */
  retain(keep: (slot: number) => boolean): void {
    const mask = this.slots.length - 1;
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const slot = this.slots[(this.head + k) & mask]!;
      if (keep(slot)) this.slots[(this.head + kept++) & mask] = slot;
    }
    this.count = kept;
  }

  private grow(): void {
    this.slots = doubledRing(this.slots, this.head, this.count);
    this.head = 0;
  }
}
