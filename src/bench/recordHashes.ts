#!/usr/bin/env node
// Record hashes (npm run hashes [-- --replications N] [-- --seed S]): one line per shipped scenario
// with the sha256 of its full replication outputs (every contact, journey, worker, weekly series,
// trace and warning) and of its metrics, for a fixed seed. A behaviour-preserving change leaves
// every line identical; compare the output before and after with `diff`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { modelCalendar, replicationMetrics, runReplication } from '../model/index.js';
import { loadScenario, ScenarioSchema } from '../scenario/index.js';
import { REPO_ROOT } from './childReply.js';

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const replications = Number(argValue('--replications', '2'));
const seed = argValue('--seed', 'hash');
const only = argValue('--only', '');

const reader = {
  read: (path: string) => (existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined),
  resolve: (from: string, rel: string) => resolve(dirname(from), rel),
};

/** JSON with keys sorted at every level, so key order never changes a hash. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

function scenarioFiles(): string[] {
  const dir = join(REPO_ROOT, 'scenarios');
  const files: string[] = [];
  for (const sub of ['', 'teaching', 'validation']) {
    const folder = join(dir, sub);
    for (const f of readdirSync(folder).sort()) {
      if (f.endsWith('.yaml') && f !== 'base.yaml') files.push(join(folder, f));
    }
  }
  return files.filter((f) => only === '' || f.includes(only));
}

for (const file of scenarioFiles()) {
  const loaded = loadScenario(file, ScenarioSchema, reader);
  if (!loaded.ok) throw new Error(`cannot load ${file}`);
  const scenario = loaded.value;
  // Keep the hashing cheap: at most one measured year.
  const short = { ...scenario, horizon: { ...scenario.horizon, years: Math.min(1, scenario.horizon.years) } };
  const records = createHash('sha256');
  const metrics = createHash('sha256');
  for (let r = 0; r < replications; r++) {
    const out = runReplication(short, { seed, replication: r, tracedChild: 7 });
    records.update(canonical(out));
    metrics.update(canonical(replicationMetrics(out, modelCalendar(short))));
  }
  process.stdout.write(`${relative(REPO_ROOT, file).padEnd(44)} records ${records.digest('hex').slice(0, 16)} metrics ${metrics.digest('hex').slice(0, 16)}\n`);
}
