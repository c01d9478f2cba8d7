/** Throws RangeError unless the utilisation (offered load per server) is below 1, so a queue settles. */
export function requireStable(call: string, utilisation: number, detail: string): void {
  if (!(utilisation < 1)) {
    throw new RangeError(`${call}: the queue is unstable, utilisation ${detail} = ${utilisation} must be < 1`);
  }
}
