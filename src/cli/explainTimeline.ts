import type { JourneyEvent, JourneyTimelineInput, JourneyWait } from '../charts/index.js';
import type { Calendar, TraceLine } from '../experiment/index.js';
import { STRATEGY_DECISION_LABEL, traceEvent } from './traceEvents.js';

/**
 * One scenario's trace of the child, with the calendar to date it, the working days between two
 * times as the story counts them (by date), and the end of the warm-up and of the run (simulated days).
 */
export interface TracedJourney {
  scenario: string;
  calendar: Calendar;
  workingDays: (start: number, end: number) => number;
  trace: readonly TraceLine[];
  warmupEnd: number;
  end: number;
}

function workingDaysWords(days: number): string {
  const n = Math.round(days);
  return `${n} working day${n === 1 ? '' : 's'}`;
}

const WAITING_FOR_WORKER = 'Waiting for a social worker';
const WAITING_FOR_STRATEGY = 'Waiting for the strategy discussion';

/**
 * The waits in one journey: a referral → its first allocation; a decision to hold a strategy
 * discussion → the discussion, then → the allocation; a worker leaving or a transfer → the next
 * allocation. Each is counted in working days as the story counts them.
 */
function waitsOf(journey: TracedJourney): JourneyWait[] {
  const { calendar, scenario } = journey;
  const waits: JourneyWait[] = [];
  let open: { time: number; what: string } | undefined;
  const finish = (time: number, suffix: string) => {
    if (open === undefined) return;
    if (calendar.dateOf(time) > calendar.dateOf(open.time)) {
      waits.push({
        scenario, start: calendar.dateOf(open.time), end: calendar.dateOf(time), label: `${open.what}: ${workingDaysWords(journey.workingDays(open.time, time))}${suffix}`,
        ...(open.what === WAITING_FOR_STRATEGY ? { awaiting: 'frontDoor' as const } : {}),
      });
    }
    open = undefined;
  };
  for (const line of journey.trace) {
    const { kind, label } = traceEvent(line.text);
    if (kind === 'referral') open = { time: line.time, what: label === STRATEGY_DECISION_LABEL ? WAITING_FOR_STRATEGY : WAITING_FOR_WORKER };
    else if (kind === 'strategy' && open?.what === WAITING_FOR_STRATEGY) {
      // The discussion held, the enquiry needs a social worker.
      finish(line.time, '');
      open = { time: line.time, what: WAITING_FOR_WORKER };
    } else if ((kind === 'workerLeaves' || kind === 'transfer') && open === undefined) open = { time: line.time, what: 'Waiting for a new social worker' };
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
    // Only where the journey crosses it: events in the warm-up and after it (none without a warm-up).
    measuredFrom: journeys
      .filter((j) => j.trace.some((line) => line.time < j.warmupEnd) && j.trace.some((line) => line.time >= j.warmupEnd))
      .map((j) => ({ scenario: j.scenario, date: j.calendar.dateOf(j.warmupEnd) })),
    ...(note === undefined ? {} : { note }),
  };
}
