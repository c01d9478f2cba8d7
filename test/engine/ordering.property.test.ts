import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Resource, Simulation } from '../../src/engine/index.js';
import type { EventHandler } from '../../src/engine/index.js';

// Fixed seeds: a failure prints the seed and path, and re-running reproduces it.
const SEED = 20240501;
const RUNS = 300;

/** A pending event as the test's own reference model sees it. */
interface Expected {
  time: number;
  priority: number;
  seq: number;
  id: number;
}

// Few distinct delays and priorities, so that simultaneous events and ties are common.
const step = fc.record({ delay: fc.constantFrom(0, 0.25, 1, 2, 3), priority: fc.integer({ min: -2, max: 2 }) });

function precedes(a: Expected, b: Expected): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

describe('Simulation ordering properties', () => {
  it('random schedules with cancellations run in nondecreasing (time, priority, insertion) order', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 20 }), (steps, cancels) => {
        // Arrange
        const sim = new Simulation();
        const ran: Expected[] = [];
        const all: Expected[] = steps.map((s, seq) => {
          const record = { time: s.delay, priority: s.priority, seq, id: -1 };
          record.id = sim.schedule(s.delay, (r: Expected) => ran.push(r), record, s.priority);
          return record;
        });
        const cancelled = new Set<number>();
        for (const pick of cancels) {
          const target = all[pick % all.length]!;
          expect(sim.cancel(target.id)).toBe(!cancelled.has(target.seq));
          cancelled.add(target.seq);
        }
        // Act
        sim.run();
        // Assert: exactly the uncancelled events ran, in sorted order.
        const expected = all.filter((r) => !cancelled.has(r.seq)).sort((a, b) => (precedes(a, b) ? -1 : 1));
        expect(ran.map((r) => r.seq)).toEqual(expected.map((r) => r.seq));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('every event run is the earliest pending one, even when handlers schedule and cancel', () => {
    const plan = fc.record({
      initial: fc.array(step, { minLength: 1, maxLength: 20 }),
      spawns: fc.array(fc.array(step, { maxLength: 3 }), { maxLength: 80 }),
      cancels: fc.array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 80 }),
    });
    fc.assert(
      fc.property(plan, ({ initial, spawns, cancels }) => {
        const sim = new Simulation();
        const pending: Expected[] = [];
        let nextSeq = 0;
        let executed = 0;
        const handler: EventHandler<Expected> = (record, s) => {
          // The record that runs must be the minimum of the reference's pending set.
          const earliest = pending.reduce((best, r) => (precedes(r, best) ? r : best));
          expect(record).toBe(earliest);
          expect(s.now).toBe(record.time);
          pending.splice(pending.indexOf(record), 1);
          const k = executed++;
          for (const child of spawns[k] ?? []) add(child.delay, child.priority);
          const pick = cancels[k];
          if (pick !== undefined && pending.length > 0) {
            const victim = pending[pick % pending.length]!;
            expect(s.cancel(victim.id)).toBe(true);
            pending.splice(pending.indexOf(victim), 1);
          }
          expect(s.pendingEvents).toBe(pending.length);
        };
        const add = (delay: number, priority: number): void => {
          const record: Expected = { time: sim.now + delay, priority, seq: nextSeq++, id: -1 };
          record.id = sim.schedule(delay, handler, record, priority);
          pending.push(record);
        };
        for (const s of initial) add(s.delay, s.priority);
        const result = sim.run();
        expect(pending).toEqual([]);
        expect(result.eventsProcessed).toBe(executed);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('Resource priority queue property', () => {
  it('grants waiting requests in order of priority, ties by arrival', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 40 }), (priorities) => {
        const sim = new Simulation();
        const desk = new Resource(sim, { capacity: 1, discipline: 'priority' });
        const granted: number[] = [];
        // A holder keeps the unit while every request joins the line, then each is served for 1.
        desk.request(() => undefined, undefined);
        sim.schedule(1, () => desk.release(), undefined);
        priorities.forEach((p, index) =>
          desk.request(
            (i: number, s) => {
              granted.push(i);
              s.schedule(1, () => desk.release(), undefined);
            },
            index,
            p,
          ),
        );
        sim.run();
        const expected = priorities.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
        expect(granted).toEqual(expected.map((e) => e.i));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
