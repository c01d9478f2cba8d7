import { doubled } from './doubled.js';

/**
 * A binary min-heap of integer payloads ordered by (key, sequence), held in typed arrays that
 * double when full, so pushing and popping allocate nothing in the steady state. Callers give
 * every entry a distinct sequence number (e.g. arrival order), which makes equal keys come out
 * first-in first-out and the order reproducible.
 */
export class KeyedHeap {
  private key = new Float64Array(16);
  private sequence = new Float64Array(16);
  private payload = new Int32Array(16);
  private count = 0;

  /** Number of entries held. */
  get size(): number {
    return this.count;
  }

  /** Adds an entry; O(log n). */
  push(key: number, sequence: number, payload: number): void {
    if (this.count === this.payload.length) this.grow();
    const i = this.count++;
    this.key[i] = key;
    this.sequence[i] = sequence;
    this.payload[i] = payload;
    this.siftUp(i);
  }

  /** Removes the entry with the smallest (key, sequence) and returns its payload. The heap must not be empty. */
  pop(): number {
    const top = this.payload[0]!;
    const n = --this.count;
    if (n > 0) {
      this.key[0] = this.key[n]!;
      this.sequence[0] = this.sequence[n]!;
      this.payload[0] = this.payload[n]!;
      this.siftDown(0);
    }
    return top;
  }

  /** Keeps only the entries whose payload satisfies `keep` (called once per entry), then re-heapifies; O(n). */
  retain(keep: (payload: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      if (!keep(this.payload[i]!)) continue;
      this.key[kept] = this.key[i]!;
      this.sequence[kept] = this.sequence[i]!;
      this.payload[kept] = this.payload[i]!;
      kept++;
    }
    this.count = kept;
    for (let i = (kept >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  /** Whether entry a precedes entry b. */
  private before(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && this.sequence[a]! < this.sequence[b]!);
  }

  private swap(a: number, b: number): void {
    const k = this.key[a]!;
    const q = this.sequence[a]!;
    const x = this.payload[a]!;
    this.key[a] = this.key[b]!;
    this.sequence[a] = this.sequence[b]!;
    this.payload[a] = this.payload[b]!;
    this.key[b] = k;
    this.sequence[b] = q;
    this.payload[b] = x;
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.count;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) return;
      if (c + 1 < n && this.before(c + 1, c)) c++;
      if (!this.before(c, i)) return;
      this.swap(i, c);
      i = c;
    }
  }

  private grow(): void {
    this.key = doubled(this.key);
    this.sequence = doubled(this.sequence);
    this.payload = doubled(this.payload);
  }
}
