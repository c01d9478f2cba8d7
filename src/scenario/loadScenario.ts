import type { z } from 'zod';
import type { FileReader } from './fileReader.js';
import type { ScenarioIssue } from './issue.js';
import type { ScenarioDocument } from './loadDocument.js';
import { mergeLayers, provenanceOf } from './mergeLayers.js';
import { resolvedLabels } from './parameterLabels.js';
import type { ParameterLabel } from './parameterLabels.js';
import type { ScenarioLayer } from './mergeLayers.js';
import { createRecord } from './plainData.js';
import { resolveExtends } from './resolveExtends.js';
import { DIRECTIVE_KEYS, OVERRIDE_SOURCE, overridePatch, readOverride } from './setOverrides.js';
import { validateScenario } from './validateScenario.js';

/**
 * A loaded scenario with its `extends` chain (files, child first) and, for each leaf's dotted
 * path, the file (or `(--set)`) that set it and the evidence or assumption label written beside it
 * in that file (leaves without a label are absent); or every problem found.
 */
export type LoadResult<T> =
  | { ok: true; value: T; chain: string[]; provenance: Map<string, string>; labels: Map<string, ParameterLabel> }
  | { ok: false; issues: ScenarioIssue[] };

/** Options for loadScenario: `overrides` are `a.b=value` texts applied, in order, after every file. */
export interface LoadOptions {
  overrides?: readonly string[];
}

/**
 * Loads a scenario file through its `extends` chain, merges the files (base first) and then the
 * overrides as JSON Merge Patch, and validates the result once with `schema`. Every problem in
 * every file is collected with its file, line and key path; bad input never throws.
 */
export function loadScenario<S extends z.ZodType>(
  file: string,
  schema: S,
  reader: FileReader,
  options: LoadOptions = {},
): LoadResult<z.output<S>> {
  // 1. Read the chain of files, child first, collecting problems in each.
  const chain = resolveExtends(file, reader);

  // 2. Read the overrides; each is its own layer so that a later null still deletes.
  const overrideLayers: ScenarioLayer[] = [];
  const overrideIssues: ScenarioIssue[] = [];
  for (const text of options.overrides ?? []) {
    const result = readOverride(text);
    if (result.ok) overrideLayers.push({ source: OVERRIDE_SOURCE, value: overridePatch(result.override) });
    else overrideIssues.push(result.issue);
  }
  if (!chain.complete) return { ok: false, issues: [...chain.issues, ...overrideIssues] };

  // 3. Merge base first, then each child, then the overrides, recording who set each key.
  const fileLayers = [...chain.documents].reverse().map(
    (document): ScenarioLayer => ({ source: document.file, value: withoutDirectives(document), locator: document.locator }),
  );
  const layers = [...fileLayers, ...overrideLayers];
  const merged = mergeLayers(layers);

  // 4. Validate the merged value once, pointing each problem at the layer that caused it.
  const validated = validateScenario(schema, merged, layers);
  const issues = [...chain.issues, ...(validated.ok ? [] : validated.issues), ...overrideIssues];
  if (!validated.ok || issues.length > 0) return { ok: false, issues };
  const provenance = provenanceOf(merged, layers);
  const fileLabels = new Map(chain.documents.map((document) => [document.file, document.labels] as const));
  return {
    ok: true,
    value: validated.value,
    chain: chain.documents.map((document) => document.file),
    provenance,
    labels: resolvedLabels(provenance, fileLabels),
  };
}

/** The file's values without the loader's own top-level keys (`extends`, `$schema`). */
function withoutDirectives(document: ScenarioDocument): Record<string, unknown> {
  const values = createRecord();
  for (const key of Object.keys(document.value)) {
    if (!DIRECTIVE_KEYS.includes(key)) values[key] = document.value[key];
  }
  return values;
}
