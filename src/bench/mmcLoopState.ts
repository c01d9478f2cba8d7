import type { MmcTally } from './mmcSetup.js';

/**
 * The state an M/M/c model keeps itself when it does not use a Resource (the schedule-only and
 * limit variants): servers busy, a FIFO line of arrival times in a typed-array ring that doubles
 * when full, and the tallies of waits and of the time-average queue length and servers in use.
 * No allocation per customer.
 */
export class MmcLoopState {
  /** Customers arrived so far. */
  arrived = 0;
  private served = 0;
  private busy = 0;
  private waiting = 0;
  private waitSum = 0;
  private readonly servers: number;
  /** The arrival times of the waiting customers, a ring from `head`. */
  private line = new Float64Array(64);
  private head = 0;
  /** The areas under the queue length and the servers in use, up to the time of the last event. */
  private queueArea = 0;
  private busyArea = 0;
  private last = 0;

  constructor(servers: number) {
    this.servers = servers;
  }

  /** A customer arrives at `now`: true if a server is free and its service starts, else it joins the line. */
  arrive(now: number): boolean {
    this.advance(now);
    this.arrived++;
    if (this.busy < this.servers) {
      this.busy++;
      return true;
    }
    if (this.waiting === this.line.length) this.grow();
    this.line[(this.head + this.waiting) & (this.line.length - 1)] = now;
    this.waiting++;
    return false;
  }

  /** A service ends at `now`: true if the first customer in line starts service in its place. */
  depart(now: number): boolean {
    this.advance(now);
    this.served++;
    if (this.waiting === 0) {
      this.busy--;
      return false;
    }
    this.waitSum += now - this.line[this.head]!;
    this.head = (this.head + 1) & (this.line.length - 1);
    this.waiting--;
    return true;
  }

  /** Customers served, their summed wait and the time averages up to the last event; read once the run is over. */
  tally(): MmcTally {
    return { served: this.served, waitSum: this.waitSum, timeAverageQueueLength: this.queueArea / this.last, timeAverageInUse: this.busyArea / this.last };
  }

  /** Adds the time since the last event to the areas under the queue length and the servers in use. */
  private advance(now: number): void {
    this.queueArea += this.waiting * (now - this.last);
    this.busyArea += this.busy * (now - this.last);
    this.last = now;
  }

  private grow(): void {
    const bigger = new Float64Array(this.line.length * 2);
    for (let i = 0; i < this.waiting; i++) bigger[i] = this.line[(this.head + i) & (this.line.length - 1)]!;
    this.line = bigger;
    this.head = 0;
  }
}
