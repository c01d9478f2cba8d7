import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainTimeline } from '../../src/cli/explainTimeline.js';
import { traceEvent } from '../../src/cli/traceEvents.js';
import { scenarioClock } from '../../src/experiment/index.js';
import { modelCalendar, runReplication, runWindow } from '../../src/model/index.js';
import { loadScenario, ScenarioSchema } from '../../src/scenario/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { removeFolder, scenarioFolder } from './fakeIo.js';

let dir: string;
let scenario: Scenario;

beforeAll(() => {
  dir = scenarioFolder();
  const reader = { read: (p: string) => readFileSync(p), resolve: (from: string, rel: string) => normalize(join(dirname(from), rel)) };
  const result = loadScenario(join(dir, 'scenarios', 'a.yaml'), ScenarioSchema, reader);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  scenario = result.value;
});
afterAll(() => removeFolder(dir));

describe('traceEvent', () => {
  it('reads every sentence the model traces for 60 children as a known kind (none falls through to "other")', () => {
    const texts = new Set<string>();
    for (let child = 0; child < 60; child++) for (const line of runReplication(scenario, { seed: '8', replication: 0, tracedChild: child }).trace) texts.add(line.text);
    expect(texts.size).toBeGreaterThan(10);
    expect([...texts].filter((t) => traceEvent(t).kind === 'other')).toEqual([]);
  });

  it('labels a contact by its source and an unlinked screening by its count', () => {
    expect(traceEvent('Contact from the school.')).toEqual({ kind: 'contact', label: 'Contact: school' });
    expect(traceEvent('Contact from a family member.')).toEqual({ kind: 'contact', label: 'Contact: family member' });
    expect(traceEvent('2 earlier contact(s) about the child are not linked: the screener sees this one alone.')).toEqual({ kind: 'notLinked', label: '2 earlier not linked' });
    expect(traceEvent('Decision: a referral for assessment.')).toEqual({ kind: 'referral', label: 'Decision: referral' });
  });

  it('keeps an unknown sentence as "other", cut to 30 characters', () => {
    const event = traceEvent('Something the model has never said before, at length.');
    expect(event.kind).toBe('other');
    expect(event.label.length).toBe(30);
  });
});

describe('explainTimeline', () => {
  it('measures the wait from referral to allocation in working days on the scenario calendar', () => {
    const calendar = modelCalendar(scenario);
    // Day 40 and day 54 of the run, two calendar weeks apart: ten working days unless a bank holiday falls between.
    const expected = Math.round(calendar.workingDaysBetween(40, 54));
    const input = explainTimeline(1, [{
      scenario: 'tiny-a', calendar, workingDays: scenarioClock(scenario).workingDays, warmupEnd: runWindow(scenario).warmupEnd, end: runWindow(scenario).end,
      trace: [{ time: 40, text: 'Decision: a referral for assessment.' }, { time: 54, text: 'Allocated to SW 001, who now holds 3 cases.' }],
    }]);
    expect(expected).toBeGreaterThanOrEqual(8);
    expect(input.waits).toEqual([{ scenario: 'tiny-a', start: calendar.dateOf(40), end: calendar.dateOf(54), label: `Waiting for a social worker: ${expected} working days` }]);
    expect(input.events.map((e) => e.kind)).toEqual(['referral', 'allocation']);
  });

  it('runs an unfinished wait to the end of the run and says so', () => {
    const calendar = modelCalendar(scenario);
    const end = runWindow(scenario).end;
    const { warmupEnd } = runWindow(scenario);
    const input = explainTimeline(1, [{ scenario: 'tiny-a', calendar, workingDays: scenarioClock(scenario).workingDays, warmupEnd, end, trace: [{ time: 40, text: 'Decision: a referral for assessment.' }] }]);
    expect(input.waits[0]?.end).toBe(calendar.dateOf(end));
    // Every event after the warm-up: no start of the measured period to mark.
    expect(warmupEnd).toBe(30);
    expect(input.measuredFrom).toEqual([]);
    // A journey that crosses the end of the warm-up (day 30) has it marked, dated on the scenario's calendar; without a warm-up, nothing is.
    const crossing = { scenario: 'tiny-a', calendar, workingDays: scenarioClock(scenario).workingDays, warmupEnd, end, trace: [{ time: 20, text: 'Contact from the police.' }, { time: 40, text: 'Decision: a referral for assessment.' }] };
    expect(explainTimeline(1, [crossing]).measuredFrom).toEqual([{ scenario: 'tiny-a', date: calendar.dateOf(30) }]);
    expect(explainTimeline(1, [{ ...crossing, warmupEnd: 0 }]).measuredFrom).toEqual([]);
    expect(input.waits[0]?.label).toMatch(/still waiting when the run ended$/);
  });

  it('after a decision to hold a strategy discussion, shows the wait for the discussion, then any wait for a social worker, counted as the story counts', () => {
    const clock = scenarioClock(scenario);
    const { calendar } = clock;
    const journey = (allocatedAt: number) => ({
      scenario: 'tiny-a', calendar, workingDays: clock.workingDays, warmupEnd: clock.window.warmupEnd, end: clock.window.end,
      trace: [
        { time: 40.3, text: 'Decision: a strategy discussion (suspected significant harm).' },
        { time: 60.4, text: 'Strategy discussion held with police and health; a section 47 enquiry begins and needs a social worker (10 working days after the decision).' },
        { time: allocatedAt, text: 'Allocated to SW 001, who now holds 3 cases.' },
      ],
    });
    // Allocated on the day of the discussion: one wait, for the discussion, not "for a social worker".
    const sameDay = explainTimeline(1, [journey(60.6)]);
    expect(sameDay.waits.map((w) => w.label)).toEqual([`Waiting for the strategy discussion: ${clock.workingDays(40.3, 60.4)} working days`]);
    // The front door's own wait: drawn in its lane, not the social worker's.
    expect(sameDay.waits[0]?.awaiting).toBe('frontDoor');
    // Allocated later: a second wait, from the discussion to the allocation.
    const later = explainTimeline(1, [journey(67.5)]);
    expect(later.waits.map((w) => [w.start, w.label])).toEqual([
      [calendar.dateOf(40.3), `Waiting for the strategy discussion: ${clock.workingDays(40.3, 60.4)} working days`],
      [calendar.dateOf(60.4), `Waiting for a social worker: ${clock.workingDays(60.4, 67.5)} working days`],
    ]);
  });
});
