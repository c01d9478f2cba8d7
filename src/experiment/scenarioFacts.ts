import type { Scenario } from '../scenario/schema.js';
import { scenarioClock } from './scenarioClock.js';

/** What readers of a scenario's summary need to date and label it, worked out as the model does. */
export interface ScenarioFacts {
  /** ISO date of simulated day 0 (the scenario's start date). */
  startDate: string;
  /** ISO dates at the end of the warm-up (the first day measured) and at the horizon (where measuring stops). */
  measuredStartDate: string;
  measuredEndDate: string;
  /** Simulated days at the end of the warm-up and at the horizon. */
  warmupEndDay: number;
  endDay: number;
  /** Most open cases a case-holding social worker takes on (workforce.caseloadCap). */
  caseloadCap: number;
  /** ISO date of each weekly snapshot, in the order of the summary's fans and staffing. */
  weekDates: string[];
}

/** The facts of one scenario, with the ISO dates of the weekly snapshots at `weekDays` (simulated days). */
export function scenarioFacts(scenario: Scenario, weekDays: readonly number[]): ScenarioFacts {
  const { calendar, window } = scenarioClock(scenario);
  return {
    startDate: calendar.startDate,
    measuredStartDate: calendar.dateOf(window.warmupEnd),
    measuredEndDate: calendar.dateOf(window.end),
    warmupEndDay: window.warmupEnd,
    endDay: window.end,
    caseloadCap: scenario.workforce.caseloadCap,
    weekDates: weekDays.map((day) => calendar.dateOf(day)),
  };
}
