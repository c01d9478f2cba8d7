import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScenarioSchema, loadScenario } from '../../src/scenario/index.js';
import type { FileReader, Scenario } from '../../src/scenario/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const reader: FileReader = {
  read: (path) => (existsSync(path) ? readFileSync(path) : undefined),
  resolve: (fromFile, relative) => join(dirname(fromFile), relative),
};

/** A shipped scenario file, resolved through its `extends` chain; throws with every problem if it does not load. */
export function shippedScenario(file: string): Scenario {
  const result = loadScenario(join(ROOT, 'scenarios', file), ScenarioSchema, reader);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The two Solihull starting points of the teaching page, as the CLI passes them. */
export function solihullStarts(): { label: string; scenario: Scenario }[] {
  return [
    { label: 'Solihull 2022', scenario: shippedScenario('solihull-2022.yaml') },
    { label: 'Solihull 2024', scenario: shippedScenario('solihull-2024.yaml') },
  ];
}
