import { join, resolve } from 'node:path';
import type { ExperimentRaw } from '../experiment/index.js';
import { isRecord } from '../scenario/index.js';
import type { Scenario } from '../scenario/index.js';
import { isSweepDesign } from '../results/index.js';
import type { ParameterLabelText, RecordedScenario, SweepDesign } from '../results/index.js';
import { InputError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import { MESSAGES } from './messages.js';

/** A shard's output folder, read back: its raw results and what its run.json says. */
export interface ShardFolder {
  dir: string;
  raw: ExperimentRaw;
  command: string;
  scenarios: RecordedScenario[];
  sweep: SweepDesign | undefined;
  /** run.json fields kept in the merged run.json: shard, timing, machine, tool. */
  record: Record<string, unknown>;
}

function readJson(io: CliIo, file: string, shown: string): unknown {
  const bytes = io.fs.readFile(file);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    throw new InputError(MESSAGES.mergeBadFile(shown, `not valid JSON (${error instanceof Error ? error.message : String(error)})`));
  }
}

function checkRaw(value: unknown, shown: string): ExperimentRaw {
  if (isRecord(value) && value['schemaVersion'] === 1) throw new InputError(MESSAGES.mergeOldShard(shown));
  const ok = isRecord(value) && value['schemaVersion'] === 2 && typeof value['seed'] === 'string' &&
    typeof value['replications'] === 'number' && Array.isArray(value['scenarios']) && Array.isArray(value['records']) &&
    value['records'].every((r) => isRecord(r) && typeof r['scenario'] === 'string' && typeof r['replication'] === 'number' && isRecord(r['metrics']) && isRecord(r['series']));
  if (!ok) throw new InputError(MESSAGES.mergeBadFile(shown, 'not the raw results of a frontdoor run (schemaVersion 2)'));
  return value as unknown as ExperimentRaw;
}

function checkScenarios(value: unknown, shown: string): RecordedScenario[] {
  const list = isRecord(value) ? value['scenarios'] : undefined;
  const ok = Array.isArray(list) && list.every((s) => isRecord(s) && typeof s['name'] === 'string' && typeof s['sha256'] === 'string' && isRecord(s['resolved']));
  if (!ok) throw new InputError(MESSAGES.mergeBadFile(shown, 'its scenarios lack name, sha256 or resolved values'));
  return list.map((s) => {
    const r = s as Record<string, unknown>;
    return {
      name: String(r['name']),
      file: String(r['file'] ?? ''),
      sha256: String(r['sha256']),
      extends: Array.isArray(r['extends']) ? r['extends'].map(String) : [],
      // The scenario was validated when the shard ran; its hash is checked against raw.json by the caller.
      resolved: r['resolved'] as Scenario,
      provenance: isRecord(r['provenance'])
        ? Object.fromEntries(Object.entries(r['provenance']).filter((e): e is [string, string] => typeof e[1] === 'string'))
        : {},
      ...labelsOf(r['labels']),
    };
  });
}

/** The evidence and assumption labels a shard's run.json recorded for a scenario (well-formed ones only), so the merged report shows them as a single run's does. */
function labelsOf(value: unknown): { labels?: Record<string, ParameterLabelText> } {
  if (!isRecord(value)) return {};
  const labels = Object.entries(value).filter((e): e is [string, ParameterLabelText] => {
    const label = e[1];
    return isRecord(label) && (label['kind'] === 'evidence' || label['kind'] === 'assumption') && typeof label['note'] === 'string';
  }).map(([path, label]): [string, ParameterLabelText] => [path, { kind: label.kind, note: label.note }]);
  return labels.length === 0 ? {} : { labels: Object.fromEntries(labels) };
}

/** Reads `<dir>/raw.json` and `<dir>/run.json`; a missing or malformed file is an InputError (exit 3) naming it. */
export function readShardFolder(io: CliIo, dir: string): ShardFolder {
  const path = resolve(io.cwd, dir);
  const rawValue = readJson(io, join(path, 'raw.json'), join(dir, 'raw.json'));
  if (rawValue === undefined) throw new InputError(MESSAGES.mergeNoRaw(dir));
  const raw = checkRaw(rawValue, join(dir, 'raw.json'));
  const runValue = readJson(io, join(path, 'run.json'), join(dir, 'run.json'));
  if (runValue === undefined) throw new InputError(MESSAGES.mergeBadFile(join(dir, 'run.json'), 'missing'));
  const record = isRecord(runValue) ? runValue : {};
  return {
    dir,
    raw,
    command: typeof record['command'] === 'string' ? record['command'] : 'run',
    scenarios: checkScenarios(runValue, join(dir, 'run.json')),
    sweep: isSweepDesign(record['sweep']) ? record['sweep'] : undefined,
    record,
  };
}
