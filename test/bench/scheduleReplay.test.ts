import { describe, expect, it } from 'vitest';
import { recordSchedule, replaySchedule } from '../../src/bench/scheduleReplay.js';
import { Simulation } from '../../src/engine/index.js';
import type { EventHandler } from '../../src/engine/index.js';

/** A small run that uses every call: relative and absolute times, same-time grants, priorities and cancellations. */
function smallRun(log: string[]): number {
  const sim = new Simulation();
  const note = (what: string): EventHandler<undefined> => () => log.push(`${what}@${sim.now}`);
  let doomed = -1;
  const first: EventHandler<undefined> = () => {
    log.push(`first@${sim.now}`);
    sim.schedule(2, note('second'), undefined);
    doomed = sim.scheduleAt(4, note('cancelled'), undefined);
    sim.scheduleNow(note('now'), undefined, 1);
    sim.scheduleNow(note('before-now'), undefined, -1);
  };
  sim.schedule(1, first, undefined);
  sim.scheduleAt(3, () => {
    log.push(`third@${sim.now}`);
    sim.cancel(doomed);
  }, undefined);
  return sim.run(10).eventsProcessed;
}

describe('recordSchedule and replaySchedule', () => {
  it('replay runs the recorded events: cancelled ones stay cancelled', () => {
    const log: string[] = [];
    let events = 0;
    const schedule = recordSchedule(() => {
      events = smallRun(log);
    });
    // Worked by hand: first@1, then its grants by priority; at 3, third (scheduled first) before second;
    // third cancels the event at 4.
    expect(log).toEqual(['first@1', 'before-now@1', 'now@1', 'third@3', 'second@3']);
    expect(events).toBe(5);
    expect(schedule.firstCall).toHaveLength(6); // one entry per event, and the end
    expect(replaySchedule(schedule)).toBe(5);
  });

  it('puts the engine back as it was', () => {
    const before = Simulation.prototype.schedule;
    recordSchedule(() => smallRun([]));
    expect(Simulation.prototype.schedule).toBe(before);
    expect(() => recordSchedule(() => {
      throw new Error('replication failed');
    })).toThrow('replication failed');
    expect(Simulation.prototype.schedule).toBe(before);
  });
});
