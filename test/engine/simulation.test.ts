import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/engine/index.js';
import type { EventHandler } from '../../src/engine/index.js';

/** A handler that appends "label@time" to a trace. */
function recorder(trace: string[]): EventHandler<string> {
  return (label, sim) => {
    trace.push(`${label}@${sim.now}`);
  };
}

describe('Simulation ordering', () => {
  it('runs events by time, then smaller priority, then the order they were scheduled', () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const log = recorder(trace);
    sim.schedule(1, log, 'A');
    sim.schedule(1, log, 'B', -1);
    sim.schedule(1, log, 'C');
    sim.schedule(1, log, 'D', 1);
    sim.schedule(1, log, 'E', -1);
    sim.schedule(0.5, log, 'F', 5);
    sim.scheduleAt(1, log, 'G', 0);
    sim.run();
    expect(trace).toEqual(['F@0.5', 'B@1', 'E@1', 'A@1', 'C@1', 'G@1', 'D@1']);
  });

  it('runs an event scheduled for now after the already-due events of equal or smaller priority', () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const log = recorder(trace);
    // Due at 1: A (0), B (1). A adds Y (-1), X (0) and Z (1) at the same time.
    // Pending after A: Y(-1) X(0) B(1, scheduled first) Z(1).
    sim.schedule(
      1,
      (_: undefined, s) => {
        trace.push(`A@${s.now}`);
        s.schedule(0, log, 'X', 0);
        s.schedule(0, log, 'Y', -1);
        s.scheduleAt(s.now, log, 'Z', 1);
      },
      undefined,
    );
    sim.schedule(1, log, 'B', 1);
    sim.run();
    expect(trace).toEqual(['A@1', 'Y@1', 'X@1', 'B@1', 'Z@1']);
  });

  it('files scheduleNow events like schedule(0, ...) with the same priority rules', () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const log = recorder(trace);
    sim.schedule(
      1,
      (_: undefined, s) => {
        s.scheduleNow(log, 'now-late', 1);
        s.schedule(0, log, 'zero');
        s.scheduleNow(log, 'now');
      },
      undefined,
    );
    sim.schedule(1, log, 'due', 1);
    sim.run();
    expect(trace).toEqual(['zero@1', 'now@1', 'due@1', 'now-late@1']);
  });

  it('keeps insertion order between events filed before and during the same instant', () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const log = recorder(trace);
    sim.schedule(2, (_: undefined, s) => s.schedule(0, log, 'late'), undefined);
    sim.schedule(2, log, 'early');
    sim.run();
    expect(trace).toEqual(['early@2', 'late@2']);
  });

  it('orders many events filed for the same instant from a handler', () => {
    const sim = new Simulation();
    const trace: number[] = [];
    const log = (n: number): void => {
      trace.push(n);
    };
    sim.schedule(
      1,
      (_: undefined, s) => {
        for (let n = 0; n < 100; n++) s.schedule(0, log, n, n % 3 === 0 ? 1 : 0);
      },
      undefined,
    );
    sim.run();
    const all = Array.from({ length: 100 }, (_, n) => n);
    expect(trace).toEqual([...all.filter((n) => n % 3 !== 0), ...all.filter((n) => n % 3 === 0)]);
  });

  it('starts the clock at startTime and schedules relative to it', () => {
    const sim = new Simulation({ startTime: 10 });
    const trace: string[] = [];
    sim.schedule(2.5, recorder(trace), 'a');
    expect(sim.now).toBe(10);
    sim.run();
    expect(trace).toEqual(['a@12.5']);
  });
});

describe('Simulation.cancel', () => {
  it('removes a pending event and reports whether it was pending', () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const log = recorder(trace);
    const a = sim.schedule(1, log, 'a');
    sim.schedule(2, log, 'b');
    expect(sim.pendingEvents).toBe(2);
    expect(sim.cancel(a)).toBe(true);
    expect(sim.pendingEvents).toBe(1);
    expect(sim.cancel(a)).toBe(false);
    sim.run();
    expect(trace).toEqual(['b@2']);
    expect(sim.eventsProcessed).toBe(1);
  });

  it('returns false for events that already ran, the running event, and ids never issued', () => {
    const sim = new Simulation();
    const results: boolean[] = [];
    let self = -1;
    self = sim.schedule(1, (_: undefined, s) => results.push(s.cancel(self)), undefined);
    sim.run();
    expect(results).toEqual([false]);
    expect(sim.cancel(self)).toBe(false);
    for (const id of [-1, 0.5, Number.NaN, 123456789, Number.MAX_SAFE_INTEGER]) expect(sim.cancel(id)).toBe(false);
  });

  it('does not let a stale id cancel a later event that reuses its storage', () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const first = sim.schedule(1, recorder(trace), 'first');
    sim.run();
    const second = sim.schedule(1, recorder(trace), 'second');
    expect(second).not.toBe(first);
    expect(sim.cancel(first)).toBe(false);
    sim.run();
    expect(trace).toEqual(['first@1', 'second@2']);
  });

  it('lets a handler cancel another event due at the same instant', () => {
    const sim = new Simulation();
    const trace: string[] = [];
    let victim = -1;
    sim.schedule(1, (_: undefined, s) => trace.push(`cancelled=${s.cancel(victim)}`), undefined);
    victim = sim.schedule(1, recorder(trace), 'victim');
    sim.run();
    expect(trace).toEqual(['cancelled=true']);
  });

  it('keeps the order of the remaining events after cancelling many', () => {
    const sim = new Simulation();
    const trace: number[] = [];
    const ids: number[] = [];
    for (let i = 0; i < 5000; i++) ids.push(sim.schedule(5000 - i, (n: number) => trace.push(n), 5000 - i));
    // Cancel every time that is not a multiple of 7 (enough to trigger compaction).
    ids.forEach((id, i) => {
      if ((5000 - i) % 7 !== 0) sim.cancel(id);
    });
    expect(sim.pendingEvents).toBe(Math.floor(5000 / 7));
    sim.run();
    expect(trace).toEqual(Array.from({ length: Math.floor(5000 / 7) }, (_, k) => 7 * (k + 1)));
  });
});

describe('Simulation.run', () => {
  it('with until runs events due at or before it, then sets the clock to it', () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const log = recorder(trace);
    sim.schedule(1, log, 'a');
    sim.schedule(2, log, 'b');
    sim.schedule(3, log, 'c');
    expect(sim.run(2)).toEqual({ time: 2, eventsProcessed: 2, reason: 'until' });
    expect(trace).toEqual(['a@1', 'b@2']);
    expect(sim.pendingEvents).toBe(1);
    expect(sim.run(2.5)).toEqual({ time: 2.5, eventsProcessed: 2, reason: 'until' });
    expect(sim.run()).toEqual({ time: 3, eventsProcessed: 3, reason: 'empty' });
    expect(sim.run(10)).toEqual({ time: 10, eventsProcessed: 3, reason: 'until' });
  });

  it('without until stops when no events are left, leaving the clock at the last event', () => {
    const sim = new Simulation();
    expect(sim.run()).toEqual({ time: 0, eventsProcessed: 0, reason: 'empty' });
    sim.schedule(4, () => undefined, undefined);
    expect(sim.run(Infinity)).toEqual({ time: 4, eventsProcessed: 1, reason: 'empty' });
  });

  it('returns after the current event when a handler calls stop, and resumes on the next run', () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const log = recorder(trace);
    sim.schedule(1, log, 'a');
    sim.schedule(2, (_: undefined, s) => s.stop(), undefined);
    sim.schedule(2, log, 'b');
    sim.schedule(3, log, 'c');
    expect(sim.run(10)).toEqual({ time: 2, eventsProcessed: 2, reason: 'stopped' });
    expect(trace).toEqual(['a@1']);
    expect(sim.run(10)).toEqual({ time: 10, eventsProcessed: 4, reason: 'until' });
    expect(trace).toEqual(['a@1', 'b@2', 'c@3']);
  });

  it('ignores stop called outside a run', () => {
    const sim = new Simulation();
    sim.schedule(1, () => undefined, undefined);
    sim.stop();
    expect(sim.run().reason).toBe('empty');
  });
});
