import { describe, expect, it } from 'vitest';
import { Simulation, SimulationError } from '../../src/engine/index.js';

const noop = (): void => undefined;

/** The error thrown by `act`, failing the test if nothing is thrown. */
function thrown(act: () => unknown): Error {
  try {
    act();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`);
  }
  throw new Error('expected a throw');
}

describe('Simulation misuse', () => {
  it('rejects a negative, NaN or infinite delay, naming the argument and value', () => {
    const sim = new Simulation();
    expect(thrown(() => sim.schedule(-1, noop, undefined))).toEqual(
      new RangeError('schedule: delay must be a finite number >= 0, got -1'),
    );
    expect(thrown(() => sim.schedule(Number.NaN, noop, undefined)).message).toBe(
      'schedule: delay must be a finite number >= 0, got NaN',
    );
    expect(thrown(() => sim.schedule(Infinity, noop, undefined)).message).toMatch(/delay .* got Infinity$/);
    expect(thrown(() => sim.schedule('1' as unknown as number, noop, undefined)).message).toMatch(/delay .* got "1"$/);
    expect(sim.pendingEvents).toBe(0);
  });

  it('rejects scheduling in the past, with the current time and the value', () => {
    const sim = new Simulation({ startTime: 5 });
    const error = thrown(() => sim.scheduleAt(3, noop, undefined));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('scheduleAt: time must be a finite number >= now (5), got 3');
    expect(thrown(() => sim.scheduleAt(Number.NaN, noop, undefined)).message).toMatch(/time .* got NaN$/);
  });

  it('rejects a non-finite priority', () => {
    const sim = new Simulation();
    expect(thrown(() => sim.schedule(1, noop, undefined, Number.NaN)).message).toBe(
      'schedule: priority must be a finite number, got NaN',
    );
    expect(thrown(() => sim.scheduleAt(1, noop, undefined, -Infinity)).message).toBe(
      'scheduleAt: priority must be a finite number, got -Infinity',
    );
  });

  it('rejects a handler that is not a function', () => {
    const sim = new Simulation();
    const notAFunction = 'arrive' as unknown as () => void;
    expect(thrown(() => sim.schedule(1, notAFunction, undefined)).message).toBe(
      'schedule: handler must be a function, got "arrive"',
    );
    expect(thrown(() => sim.scheduleAt(1, notAFunction, undefined)).message).toMatch(/^scheduleAt: handler/);
    expect(thrown(() => sim.scheduleNow(notAFunction, undefined)).message).toMatch(/^scheduleNow: handler/);
    expect(sim.pendingEvents).toBe(0);
  });

  it('rejects a bad startTime, maxEvents or until', () => {
    expect(thrown(() => new Simulation({ startTime: Number.NaN })).message).toBe(
      'Simulation: startTime must be a finite number, got NaN',
    );
    expect(thrown(() => new Simulation({ maxEvents: -1 })).message).toMatch(/maxEvents .* got -1$/);
    expect(thrown(() => new Simulation({ maxEvents: 2.5 })).message).toMatch(/maxEvents .* got 2.5$/);
    const sim = new Simulation({ startTime: 4 });
    expect(thrown(() => sim.run(3)).message).toBe('run: until must be a number >= now (4), got 3');
    expect(thrown(() => sim.run(Number.NaN)).message).toMatch(/until .* got NaN$/);
  });

  it('refuses to run from inside a handler', () => {
    const sim = new Simulation();
    sim.schedule(1, (_: undefined, s) => s.run(), undefined);
    const error = thrown(() => sim.run());
    expect(error).toBeInstanceOf(SimulationError);
    expect((error.cause as Error).message).toMatch(/run: already running/);
  });
});

describe('Simulation runaway guard', () => {
  it('throws a SimulationError naming the limit and the time once maxEvents events have run', () => {
    const sim = new Simulation({ maxEvents: 100 });
    const again = (_: undefined, s: Simulation): void => {
      s.schedule(0, again, undefined);
    };
    sim.schedule(3, again, undefined);
    const error = thrown(() => sim.run());
    expect(error).toBeInstanceOf(SimulationError);
    expect((error as SimulationError).time).toBe(3);
    expect(error.message).toMatch(/^event limit reached at simulated time 3: 100 events processed and maxEvents is 100;/);
    expect(sim.eventsProcessed).toBe(100);
    expect(sim.pendingEvents).toBe(1);
  });

  it('lets a run of exactly maxEvents events finish', () => {
    const sim = new Simulation({ maxEvents: 3 });
    for (let i = 1; i <= 3; i++) sim.schedule(i, noop, undefined);
    expect(sim.run().eventsProcessed).toBe(3);
  });
});

describe('Simulation handler exceptions', () => {
  it('wrap the thrown error with the simulated time, keeping it as the cause', () => {
    const sim = new Simulation();
    const original = new TypeError('no such case');
    const allocate = (): void => {
      throw original;
    };
    sim.schedule(2.5, allocate, undefined);
    sim.schedule(4, noop, undefined);
    const error = thrown(() => sim.run());
    expect(error).toBeInstanceOf(SimulationError);
    expect(error.message).toBe("handler 'allocate' threw at simulated time 2.5: no such case");
    expect((error as SimulationError).time).toBe(2.5);
    expect(error.cause).toBe(original);
    expect(sim.now).toBe(2.5);
    // The failed event is consumed; the simulation can carry on.
    expect(sim.run()).toEqual({ time: 4, eventsProcessed: 2, reason: 'empty' });
  });

  it('wrap non-Error throws too', () => {
    const sim = new Simulation();
    sim.schedule(
      1,
      () => {
        throw 'plain string';
      },
      undefined,
    );
    const error = thrown(() => sim.run());
    expect(error.message).toBe('an event handler threw at simulated time 1: plain string');
    expect(error.cause).toBe('plain string');
  });

  it('pass a SimulationError from a handler through unchanged', () => {
    const sim = new Simulation();
    const own = new SimulationError('caseload invariant broken at simulated time 1', 1);
    sim.schedule(
      1,
      () => {
        throw own;
      },
      undefined,
    );
    expect(thrown(() => sim.run())).toBe(own);
  });
});
