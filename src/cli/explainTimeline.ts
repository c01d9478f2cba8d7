import type { JourneyEvent, JourneyTimelineInput, JourneyWait } from '../charts/index.js';
import type { Calendar, TraceLine } from '../experiment/index.js';
import { traceEvent } from './traceEvents.js';

/** One scenario's trace of the child, with the calendar to date it, and the end of the warm-up and of the run (simulated days). */
export interface TracedJourney {
  scenario: string;
  calendar: Calendar;
  trace: readonly TraceLine[];
  warmupEnd: number;
  end: number;
}

function workingDaysWords(days: number): string {
  const n = Math.round(days);
  return `${n} working day${n === 1 ? '' : 's'}`;
}

/** The waits in one journey: referral → first allocation, and a worker leaving or a transfer → the next allocation. */
function waitsOf(journey: TracedJourney): JourneyWait[] {
  const { calendar, scenario } = journey;
  const waits: JourneyWait[] = [];
  let open: { time: number; what: string } | undefined;
  const finish = (time: number, suffix: string) => {
    if (open === undefined) return;
    if (calendar.dateOf(time) > calendar.dateOf(open.time)) {
      waits.push({ scenario, start: calendar.dateOf(open.time), end: calendar.dateOf(time), label: `${open.what}: ${workingDaysWords(calendar.workingDaysBetween(open.time, time))}${suffix}` });
    }
    open = undefined;
  };
  for (const line of journey.trace) {
    const { kind } = traceEvent(line.text);
    if (kind === 'referral') open = { time: line.time, what: 'Waiting for a social worker' };
    else if ((kind === 'workerLeaves' || kind === 'transfer') && open === undefined) open = { time: line.time, what: 'Waiting for a new social worker' };
    else if (kind === 'allocation' || kind === 'workerChange' || kind === 'closure') finish(line.time, '');
  }
  finish(Math.max(journey.end, journey.trace.at(-1)?.time ?? journey.end), ' and still waiting when the run ended');
  return waits;
}

/**
 * The timeline chart's input for one child traced in several scenarios (in run order): each trace
 * sentence as a dated event with a short label, and the waits for a social worker with their length.
 */
export function explainTimeline(child: number, journeys: readonly TracedJourney[], note?: string): JourneyTimelineInput {
  const events: JourneyEvent[] = journeys.flatMap((j) =>
    j.trace.map((line) => ({ scenario: j.scenario, date: j.calendar.dateOf(line.time), ...traceEvent(line.text), text: line.text })),
  );
  return {
    child,
    scenarios: journeys.map((j) => j.scenario),
    events,
    waits: journeys.flatMap(waitsOf),
    measuredFrom: journeys.map((j) => ({ scenario: j.scenario, date: j.calendar.dateOf(j.warmupEnd) })),
    ...(note === undefined ? {} : { note }),
  };
}
