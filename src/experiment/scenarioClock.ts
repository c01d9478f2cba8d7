import type { Calendar } from '../calendar/index.js';
import { modelCalendar, runWindow, workingDuration } from '../model/index.js';
import type { Scenario } from '../scenario/schema.js';

/** How a scenario's simulated days map to dates and working days, for reading its raw results. */
export interface ScenarioClock {
  /** The working-day calendar the scenario runs on, tabulated over its horizon. */
  calendar: Calendar;
  /** Simulated days at the end of the warm-up and at the horizon. */
  window: { warmupEnd: number; end: number };
  /** Working days from `start` to `end` (simulated days) as the metrics count them: by date, or plain days on a continuous calendar. */
  workingDays: (start: number, end: number) => number;
}

/** The clock of a scenario: its calendar, measured window and working-day count, as the model uses them. */
export function scenarioClock(scenario: Scenario): ScenarioClock {
  const calendar = modelCalendar(scenario);
  return { calendar, window: runWindow(scenario), workingDays: (start, end) => workingDuration(calendar, start, end) };
}
