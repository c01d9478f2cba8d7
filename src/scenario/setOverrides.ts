import type { ScenarioIssue } from './issue.js';
import { copyPlainData, createRecord, isForbiddenKey } from './plainData.js';
import type { UnsupportedValue } from './plainData.js';

/** The source name given to `--set` overrides in issues and provenance. */
export const OVERRIDE_SOURCE = '(--set)';

/** Top-level keys that steer loading rather than hold scenario values, so cannot be overridden. */
export const DIRECTIVE_KEYS: readonly string[] = ['extends', '$schema'];

/** One `--set key.path=value` override: the key path and the parsed value (null deletes the key). */
export interface Override {
  path: string[];
  value: unknown;
}

/** An override, or the issue (file `(--set)`) explaining why its text is malformed. */
export type OverrideResult = { ok: true; override: Override } | { ok: false; issue: ScenarioIssue };

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Reads `a.b=value`: `true`/`false` become booleans, `null` deletes, JSON numbers become numbers
 * (one too large for a double is an issue), text starting with `[`, `{` or `"` must be JSON, and
 * anything else stays a string (so `a=` is '').
 */
export function readOverride(text: string): OverrideResult {
  const fail = (message: string, path = ''): OverrideResult => ({
    ok: false,
    issue: { file: OVERRIDE_SOURCE, path, message: `${message} in "${text}"`, code: 'invalid_override' },
  });
  const equals = text.indexOf('=');
  if (equals < 0) return fail('expected key.path=value, found no "="');
  const path = text.slice(0, equals).split('.').map((segment) => segment.trim());
  const dottedPath = path.join('.');
  if (path.some((segment) => segment === '')) return fail('expected key.path=value, the key path is empty or has an empty part', dottedPath);
  const forbidden = path.find(isForbiddenKey);
  if (forbidden !== undefined) return fail(`"${forbidden}" is not allowed as a key`, dottedPath);
  if (path.length === 1 && DIRECTIVE_KEYS.includes(path[0] ?? '')) return fail(`"${path[0]}" cannot be set with --set`, dottedPath);

  const raw = text.slice(equals + 1);
  const parsed = parseValue(raw);
  if (!parsed.ok) return fail(parsed.message, dottedPath);
  return { ok: true, override: { path, value: parsed.value } };
}

/**
 * Parses a `--set` text such as `workforce.socialWorkers=35` (see readOverride for the value rules).
 * Throws a RangeError naming the text when it is malformed; loadScenario reports those as issues.
 */
export function parseOverride(text: string): Override {
  const result = readOverride(text);
  if (!result.ok) throw new RangeError(result.issue.message);
  return result.override;
}

/** The override as a merge patch: nested prototype-free objects ending in the value. */
export function overridePatch(override: Override): Record<string, unknown> {
  let patch: unknown = override.value;
  for (const segment of [...override.path].reverse()) {
    const level = createRecord();
    level[segment] = patch;
    patch = level;
  }
  return patch as Record<string, unknown>;
}

function parseValue(raw: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (raw === 'true') return { ok: true, value: true };
  if (raw === 'false') return { ok: true, value: false };
  if (raw === 'null') return { ok: true, value: null };
  if (JSON_NUMBER.test(raw)) {
    const value = Number(raw);
    return Number.isFinite(value)
      ? { ok: true, value }
      : { ok: false, message: `number out of range: ${raw} is too large to represent (the limit is about 1.8e308)` };
  }
  if (!/^[[{"]/.test(raw)) return { ok: true, value: raw };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, message: `the value is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const problems: UnsupportedValue[] = [];
  const value = copyPlainData(json, problems);
  const first = problems[0];
  return first === undefined ? { ok: true, value } : { ok: false, message: `"${first.path[first.path.length - 1] ?? ''}" is not allowed as a key` };
}
