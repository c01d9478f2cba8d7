/** The typed arrays the kernel grows. */
type GrowableArray = Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/**
 * A typed array of the same kind twice as long as `array`, holding its values at the same indices
 * (the new half zero). Growth is rare (the arrays double), so it stays out of the hot paths.
 */
export function doubled<A extends GrowableArray>(array: A): A {
  const bigger = new (array.constructor as new (length: number) => A)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * The `count` entries of a ring over `ring` (length a power of two) from index `head` on, in order
 * at the front of a new array twice as long: the grown ring, with its head at 0.
 */
export function doubledRing(ring: Int32Array<ArrayBuffer>, head: number, count: number): Int32Array<ArrayBuffer> {
  const n = ring.length;
  const bigger = new Int32Array(n * 2);
  for (let k = 0; k < count; k++) bigger[k] = ring[(head + k) & (n - 1)]!;
  return bigger;
}
