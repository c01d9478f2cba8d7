import { basename, dirname, normalize, relative, resolve, sep } from 'node:path';
import type { LoadedScenario } from '../experiment/index.js';
import { formatIssue, loadScenario, ScenarioSchema } from '../scenario/index.js';
import type { ParameterLabel, ScenarioIssue } from '../scenario/index.js';
import { canonicalJson, sha256Hex } from '../results/index.js';
import { InputError, UsageError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import { MESSAGES } from './messages.js';
import type { CatalogueEntry } from './scenarioCatalogue.js';
import { resolveScenarioArgument, shippedCatalogue } from './scenarioNames.js';
import { scenarioReader } from './scenarioReader.js';

/**
 * A loaded scenario plus, for each leaf's dotted path, the file (or `(--set)`) that set it and the
 * evidence or assumption label written beside it there (labelled leaves only).
 */
export interface ResolvedScenario {
  loaded: LoadedScenario;
  provenance: Map<string, string>;
  labels: Map<string, ParameterLabel>;
}

/** Where formatIssue places a problem of a --set value. */
const SET_PLACE = '(--set)';

/**
 * The hint for an `extends` target that is not there but names a shipped scenario (by `name` or file
 * name): `extends` takes a path, relative to the file that names it, so give that path.
 */
function shippedExtendsHint(io: CliIo, issue: ScenarioIssue, shipped: () => readonly CatalogueEntry[]): string | undefined {
  const target = /^extends target not found: (.+)$/.exec(issue.message)?.[1];
  // Only for a bare name (`extends: solihull-2024`), which resolves beside the file: a path of the
  // user's own that happens to end in a shipped name is their mistyped path, not a name.
  if (target === undefined || dirname(normalize(target)) !== dirname(normalize(issue.file))) return undefined;
  const wanted = basename(target).replace(/\.(ya?ml|json)$/i, '');
  const matches = shipped().filter((e) => e.name === wanted || basename(e.file).replace(/\.(ya?ml|json)$/i, '') === wanted);
  const match = matches.length === 1 ? matches[0] : undefined;
  if (match === undefined) return undefined;
  const path = relative(dirname(resolve(io.cwd, issue.file)), resolve(io.cwd, match.file)).split(sep).join('/');
  return MESSAGES.extendsShippedHint(match.name, path);
}

/**
 * Every problem of one file, formatted as `file:line:column: path: message`, with a hint for a missing
 * file, and for an `extends` naming a shipped scenario the path to write instead.
 */
export function formatIssues(issues: readonly ScenarioIssue[], io?: CliIo, shipped?: () => readonly CatalogueEntry[]): string[] {
  return issues.map((issue) => {
    const line = formatIssue(issue);
    if (issue.code === 'file_not_found') return `${line} (${MESSAGES.fileNotFoundHint})`;
    if (issue.code === 'file_is_folder') return `${line} (${MESSAGES.folderHint(issue.file)})`;
    const hint = issue.code === 'extends_not_found' && io !== undefined && shipped !== undefined ? shippedExtendsHint(io, issue, shipped) : undefined;
    return hint === undefined ? line : `${line} (${hint})`;
  });
}

/**
 * Loads each scenario (a file, or the name of a shipped scenario as `list` shows it) through its
 * `extends` chain with the `--set` overrides applied last, and names it by the scenario's `name`. Every problem in every file is gathered before failing
 * with an InputError (exit 3); two scenarios with the same name are a UsageError (exit 2).
 */
export function loadScenarios(files: readonly string[], overrides: readonly string[], io: CliIo): ResolvedScenario[] {
  const reader = scenarioReader(io);
  const results: ResolvedScenario[] = [];
  const problems: string[] = [];
  const catalogue = shippedCatalogue(io);
  for (const argument of files) {
    const named = resolveScenarioArgument(io, argument, catalogue);
    if ('problem' in named) {
      problems.push(named.problem);
      continue;
    }
    const file = named.file;
    const result = loadScenario(file, ScenarioSchema, reader, { overrides });
    if (!result.ok) {
      problems.push(...formatIssues(result.issues, io, catalogue));
      continue;
    }
    const scenario = result.value;
    results.push({
      loaded: { name: scenario.name, file, hash: sha256Hex(canonicalJson(scenario)), chain: result.chain, scenario },
      provenance: result.provenance,
      labels: result.labels,
    });
  }
  // Overrides are shared, so their problems repeat once per file: report each once.
  const unique = [...new Set(problems)];
  // An invalid scenario either way (exit 3), but said to be in the --set values when only they are wrong.
  if (unique.length > 0) {
    throw new InputError(unique.every((line) => line.startsWith(SET_PLACE)) ? MESSAGES.invalidSetValues(unique.length) : MESSAGES.invalidScenarios(unique.length), unique);
  }
  const names = results.map((r) => r.loaded.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) throw new UsageError(MESSAGES.duplicateScenarioName(repeated, files));
  return results;
}

/** The absolute form of a path argument, resolved against the working folder. */
export function absolutePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}
