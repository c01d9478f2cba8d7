#!/usr/bin/env node
// npm run guide-numbers [-- --only shock | --fill]: runs every exercise of the trainer's guide as its command
// does (same scenarios, --set, --years, --replications and --seed), writes the quoted metrics of each
// replication to scenarios/teaching/guide-numbers.json, and fills the marked numbers in
// scenarios/teaching/README.md from them. Both files are replaced whole, only once every exercise ran.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { loadScenarios } from '../cli/loadScenarios.js';
import { nodeIo } from '../cli/nodeIo.js';
import { runExperiment } from '../experiment/index.js';
import { REPO_ROOT } from './childReply.js';
import { GUIDE_EXERCISES, exerciseCommand, fillGuide } from './guideExercises.js';
import type { GuideExercise, GuideNumbers } from './guideExercises.js';

const GUIDE = join(REPO_ROOT, 'scenarios', 'teaching', 'README.md');
const NUMBERS = join(REPO_ROOT, 'scenarios', 'teaching', 'guide-numbers.json');

function writeWhole(path: string, text: string): void {
  const temporary = `${path}.partial`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

async function runExercise(exercise: GuideExercise): Promise<GuideNumbers['exercises'][string]> {
  const io = { ...nodeIo(), cwd: REPO_ROOT };
  const resolved = loadScenarios(exercise.files, [...exercise.sets, `horizon.years=${exercise.years}`], io);
  const raw = await runExperiment(resolved.map((r) => r.loaded), {
    seed: exercise.seed, replications: exercise.replications, jobs: Math.min(2, availableParallelism()), sampleReplications: 0,
  });
  const values = resolved.map(({ loaded }) => {
    const records = raw.records.filter((r) => r.scenario === loaded.name).sort((a, b) => a.replication - b.replication);
    return Object.fromEntries(exercise.metrics.map((m) => [m, records.map((r) => {
      const v = r.metrics.scalars[m];
      return v === undefined || !Number.isFinite(v) ? null : v;
    })]));
  });
  return { command: exerciseCommand(exercise), scenarios: resolved.map((r) => r.loaded.name), values };
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
// --fill: fill the guide from the numbers already in guide-numbers.json, without running anything.
const fillOnly = process.argv.includes('--fill');
const previous = ((): GuideNumbers => {
  try {
    return JSON.parse(readFileSync(NUMBERS, 'utf8')) as GuideNumbers;
  } catch {
    return { exercises: {} };
  }
})();
const exercises: Record<string, GuideNumbers['exercises'][string]> = only === undefined && !fillOnly ? {} : { ...previous.exercises };
for (const exercise of GUIDE_EXERCISES) {
  if (fillOnly) break;
  if (only !== undefined && exercise.id !== only) continue;
  const began = Date.now();
  exercises[exercise.id] = await runExercise(exercise);
  process.stderr.write(`${exercise.id}: ${((Date.now() - began) / 1000).toFixed(1)} s\n`);
}
const numbers: GuideNumbers = { exercises };
const guide = fillGuide(readFileSync(GUIDE, 'utf8'), numbers);
writeWhole(NUMBERS, `${JSON.stringify(numbers, null, 1)}\n`);
writeWhole(GUIDE, guide);
process.stderr.write(`wrote ${NUMBERS} and filled ${GUIDE}\n`);
