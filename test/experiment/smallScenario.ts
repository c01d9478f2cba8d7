// A small, fast scenario for experiment tests: scenarios/base.yaml (read directly with `yaml`, not
// through the scenario loader) scaled down to 6 social workers, 260 children a year and one measured
// year after a 60-day warm-up. Starting from base.yaml keeps the helper valid as the schema grows.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ScenarioSchema } from '../../src/scenario/schema.js';
import type { Scenario } from '../../src/scenario/schema.js';
import type { LoadedScenario } from '../../src/experiment/index.js';

// Read once per test process, so every scenario built in one test file starts from the same text.
const BASE_TEXT = readFileSync(new URL('../../scenarios/base.yaml', import.meta.url), 'utf8');

function shrink(s: Scenario): void {
  s.name = 'small';
  s.description = 'A small front door for fast experiment tests.';
  s.startDate = '2022-01-03';
  s.calendar = { mode: 'working-days', bankHolidays: false };
  s.horizon = { years: 1, warmupDays: 60 };
  s.demand.childrenPerYear = 260;
  s.screening.screeners = 1;
  s.allocation.heldOnDuty.dutyWorkers = 1;
  s.allocation.heldOnDuty.casesPerDutyWorker = 10;
  s.workforce.posts = 6;
  s.workforce.initialCasesPerWorker = 6;
  s.workforce.permanent.fillWorkingDays = { type: 'lognormal', mean: 120, cv: 0.8 };
}

/** The small scenario, validated by ScenarioSchema; `changes` are applied to a fresh copy first. */
export function smallScenario(changes: (s: Scenario) => void = () => {}): Scenario {
  const base = parse(BASE_TEXT) as Scenario & { $schema?: string };
  shrink(base);
  changes(base);
  return ScenarioSchema.parse(base);
}

/** The small scenario wrapped as the CLI would load it; the hash is a stand-in label, not a real digest. */
export function loadedSmall(name = 'small', changes: (s: Scenario) => void = () => {}): LoadedScenario {
  const scenario = smallScenario((s) => {
    s.name = name;
    changes(s);
  });
  return { name, file: `${name}.yaml`, hash: `hash-${name}-${scenario.workforce.posts}`, chain: [`${name}.yaml`], scenario };
}
