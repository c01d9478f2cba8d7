import { describe, expect, it } from 'vitest';
import { Resource, Simulation } from '../../src/engine/index.js';

interface Customer {
  name: string;
  arrive: number;
  serve: number;
  priority?: number;
}

/**
 * Runs customers through a resource: each requests a unit at `arrive`, holds it for `serve`, then
 * releases. Returns "name@grantTime" in grant order.
 */
function serveAll(resource: Resource, sim: Simulation, customers: Customer[]): string[] {
  const trace: string[] = [];
  for (const c of customers) {
    sim.scheduleAt(
      c.arrive,
      () => {
        resource.request(
          (name: string, s) => {
            trace.push(`${name}@${s.now}`);
            s.schedule(c.serve, () => resource.release(), undefined);
          },
          c.name,
          c.priority,
        );
      },
      undefined,
    );
  }
  sim.run();
  return trace;
}

describe('Resource with a FIFO queue', () => {
  it('grants units in arrival order as they are released', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 2 });
    const trace = serveAll(desk, sim, [
      { name: 'a', arrive: 0, serve: 5 },
      { name: 'b', arrive: 1, serve: 5 },
      { name: 'c', arrive: 2, serve: 1 },
      { name: 'd', arrive: 3, serve: 1 },
    ]);
    // a: 0-5, b: 1-6, c waits for a (5-6), d waits for b or c, both free at 6.
    expect(trace).toEqual(['a@0', 'b@1', 'c@5', 'd@6']);
    expect(desk.inUse).toBe(0);
    expect(desk.queueLength).toBe(0);
  });

  it('ignores request priorities', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1 });
    const trace = serveAll(desk, sim, [
      { name: 'a', arrive: 0, serve: 10 },
      { name: 'b', arrive: 1, serve: 1, priority: 5 },
      { name: 'c', arrive: 2, serve: 1, priority: -5 },
    ]);
    expect(trace).toEqual(['a@0', 'b@10', 'c@11']);
  });

  it('counts a unit as in use from the request, before onGranted runs', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1 });
    const seen: string[] = [];
    sim.schedule(
      1,
      () => {
        desk.request((_: undefined, s) => seen.push(`granted@${s.now} inUse=${desk.inUse}`), undefined);
        seen.push(`requested inUse=${desk.inUse} pending=${sim.pendingEvents}`);
      },
      undefined,
    );
    sim.run();
    expect(seen).toEqual(['requested inUse=1 pending=1', 'granted@1 inUse=1']);
  });
});

describe('Resource with a priority queue', () => {
  it('grants the smallest priority first and breaks ties by arrival', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1, discipline: 'priority' });
    const trace = serveAll(desk, sim, [
      { name: 'holder', arrive: 0, serve: 10 },
      { name: 'a', arrive: 1, serve: 1, priority: 2 },
      { name: 'b', arrive: 2, serve: 1, priority: 1 },
      { name: 'c', arrive: 3, serve: 1, priority: 2 },
      { name: 'd', arrive: 4, serve: 1, priority: 1 },
      { name: 'e', arrive: 5, serve: 1 },
    ]);
    expect(trace).toEqual(['holder@0', 'e@10', 'b@11', 'd@12', 'a@13', 'c@14']);
  });

  it('stays first-come first-served among many equal priorities', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1, discipline: 'priority' });
    const customers: Customer[] = [{ name: 'holder', arrive: 0, serve: 1 }];
    for (let i = 0; i < 40; i++) customers.push({ name: `c${i}`, arrive: 0.5, serve: 1, priority: 3 });
    const trace = serveAll(desk, sim, customers);
    expect(trace).toEqual(['holder@0', ...Array.from({ length: 40 }, (_, i) => `c${i}@${i + 1}`)]);
  });
});

describe('Resource.cancelRequest', () => {
  it('withdraws a waiting request so it is never granted', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1 });
    const trace: string[] = [];
    const grant = (name: string, s: Simulation): void => {
      trace.push(`${name}@${s.now}`);
      s.schedule(1, () => desk.release(), undefined);
    };
    const a = desk.request(grant, 'a');
    const b = desk.request(grant, 'b');
    const c = desk.request(grant, 'c');
    expect(desk.queueLength).toBe(2);
    expect(desk.cancelRequest(b)).toBe(true);
    expect(desk.cancelRequest(b)).toBe(false);
    expect(desk.cancelRequest(a)).toBe(false); // granted at once: never waited
    expect(a).toBeLessThan(0);
    expect(desk.queueLength).toBe(1);
    sim.run();
    expect(trace).toEqual(['a@0', 'c@1']);
    expect(desk.cancelRequest(c)).toBe(false);
  });
});

describe('Resource waiting lines at scale', () => {
  it('keeps first-come order through many waiting and withdrawn requests', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1 });
    const granted: number[] = [];
    const grant = (i: number, s: Simulation): void => {
      granted.push(i);
      s.schedule(1, () => desk.release(), undefined);
    };
    const ids = Array.from({ length: 150 }, (_, i) => desk.request(grant, i));
    // Withdraw every request whose number is not a multiple of 3, except the holder (0).
    for (let i = 1; i < 150; i++) if (i % 3 !== 0) expect(desk.cancelRequest(ids[i]!)).toBe(true);
    expect(desk.queueLength).toBe(49);
    sim.run();
    expect(granted).toEqual(Array.from({ length: 50 }, (_, k) => 3 * k));
  });
});

describe('Resource.setCapacity', () => {
  it('grants waiting requests at once when capacity grows', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1 });
    sim.schedule(3, () => desk.setCapacity(3), undefined);
    const trace = serveAll(desk, sim, [
      { name: 'a', arrive: 0, serve: 10 },
      { name: 'b', arrive: 1, serve: 10 },
      { name: 'c', arrive: 2, serve: 10 },
    ]);
    expect(trace).toEqual(['a@0', 'b@3', 'c@3']);
  });

  it('never pre-empts holders when capacity shrinks, and grants again only below the new capacity', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 3 });
    const seen: string[] = [];
    sim.schedule(
      1,
      () => {
        desk.setCapacity(1);
        seen.push(`capacity=${desk.capacity} inUse=${desk.inUse}`);
      },
      undefined,
    );
    const trace = serveAll(desk, sim, [
      { name: 'a', arrive: 0, serve: 5 },
      { name: 'b', arrive: 0, serve: 6 },
      { name: 'c', arrive: 0, serve: 7 },
      { name: 'd', arrive: 2, serve: 1 },
    ]);
    // inUse 3 > capacity 1 until two holders leave (6 and 7); a's release at 5 leaves inUse 2.
    expect(seen).toEqual(['capacity=1 inUse=3']);
    expect(trace).toEqual(['a@0', 'b@0', 'c@0', 'd@7']);
  });
});

describe('Resource misuse', () => {
  it('rejects a capacity below 1 or not an integer, naming it and the value', () => {
    const sim = new Simulation();
    expect(() => new Resource(sim, { capacity: 0, name: 'desk' })).toThrow(
      new RangeError("Resource 'desk': capacity must be an integer >= 1, got 0"),
    );
    expect(() => new Resource(sim, { capacity: 1.5 })).toThrow(/capacity must be an integer >= 1, got 1.5/);
    expect(() => new Resource(sim, { capacity: Number.NaN })).toThrow(/capacity .* got NaN/);
    const desk = new Resource(sim, { capacity: 2, name: 'desk' });
    expect(() => desk.setCapacity(0)).toThrow("setCapacity on 'desk': capacity must be an integer >= 1, got 0");
    expect(desk.capacity).toBe(2);
  });

  it('rejects a release when nothing is held', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1, name: 'duty desk' });
    expect(() => desk.release()).toThrow("release on 'duty desk': no unit is in use (inUse=0)");
  });

  it('rejects an unknown discipline and a non-finite priority', () => {
    const sim = new Simulation();
    const options = { capacity: 1, discipline: 'lifo' } as unknown as { capacity: number };
    expect(() => new Resource(sim, options)).toThrow('discipline must be \'fifo\' or \'priority\', got "lifo"');
    const desk = new Resource(sim, { capacity: 1 });
    expect(() => desk.request(() => undefined, undefined, Number.NaN)).toThrow(
      "request on 'resource': priority must be a finite number, got NaN",
    );
  });
});

describe('Resource.stats', () => {
  it('gives time-weighted queue length and units in use over a hand-computed case', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1 });
    serveAll(desk, sim, [
      { name: 'a', arrive: 0, serve: 4 },
      { name: 'b', arrive: 1, serve: 2 },
    ]);
    sim.run(8);
    // inUse = 1 on [0, 6): 6 / 8. Queue = 1 on [1, 4): 3 / 8.
    expect(desk.stats()).toEqual({ timeAverageQueueLength: 3 / 8, timeAverageInUse: 6 / 8, since: 0 });
  });

  it('restarts from resetStats, and reports current values over zero elapsed time', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1 });
    sim.schedule(2, () => desk.resetStats(), undefined);
    serveAll(desk, sim, [
      { name: 'a', arrive: 0, serve: 4 },
      { name: 'b', arrive: 1, serve: 2 },
    ]);
    sim.run(8);
    // Over [2, 8]: inUse = 1 on [2, 6) -> 4 / 6; queue = 1 on [2, 4) -> 2 / 6.
    const stats = desk.stats();
    expect(stats.since).toBe(2);
    expect(stats.timeAverageInUse).toBeCloseTo(4 / 6, 12);
    expect(stats.timeAverageQueueLength).toBeCloseTo(2 / 6, 12);
    desk.resetStats();
    expect(desk.stats()).toEqual({ timeAverageQueueLength: 0, timeAverageInUse: 0, since: 8 });
  });
});
