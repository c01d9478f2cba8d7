import type { z } from 'zod';
import { MAX_REPORTED_ISSUES, issueAt, limitIssues } from './issue.js';
import type { Position, ScenarioIssue } from './issue.js';
import type { MergedLayers, ScenarioLayer } from './mergeLayers.js';
import { DISTRIBUTION_TYPES, distributionProblem } from './distributionIssue.js';
import { isRecord } from './plainData.js';
import { originOf } from './provenance.js';
import { schemaKeysAt } from './schemaKeys.js';
import { suggest } from './suggest.js';

/** The validated scenario, or every problem with the file and position of the layer that caused it. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ScenarioIssue[] };

/**
 * Validates the merged value once with `schema` and maps every zod issue to the last layer that set
 * that key path (or its nearest parent) and to its line and column there; unknown keys point at
 * the key and get a did-you-mean, missing keys point at the parent mapping.
 */
export function validateScenario<S extends z.ZodType>(
  schema: S,
  merged: MergedLayers,
  layers: readonly ScenarioLayer[],
): ValidationResult<z.output<S>> {
  const parsed = schema.safeParse(merged.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const mapped: ScenarioIssue[] = [];
  for (const issue of parsed.error.issues) {
    if (mapped.length >= MAX_REPORTED_ISSUES) break;
    mapped.push(...mapIssue(schema, merged, layers, issue, MAX_REPORTED_ISSUES - mapped.length));
  }
  const file = layers.findLast((layer) => layer.locator !== undefined)?.source ?? '';
  return { ok: false, issues: limitIssues(sortIssues(mapped, layers), file, countIssues(parsed.error.issues)) };
}

/** zod issue codes that, at a key absent from its mapping, mean a required key is missing. */
const MISSING_CODES: readonly string[] = ['invalid_type', 'invalid_value', 'invalid_union'];

type Where = { file: string; position: Position | undefined };

function mapIssue(
  schema: z.ZodType,
  merged: MergedLayers,
  layers: readonly ScenarioLayer[],
  issue: z.core.$ZodIssue,
  limit: number,
): ScenarioIssue[] {
  const path = issue.path;
  const where = (target: readonly PropertyKey[], at: 'key' | 'value'): Where => {
    const origin = originOf(merged.origins, target);
    // With no layer setting any part of the path (a whole-document problem), blame the child file.
    const layer = origin === undefined ? layers.findLast((candidate) => candidate.locator !== undefined) : layers[origin.layer];
    return { file: layer?.source ?? '', position: layer?.locator?.locate(target, at) };
  };

  if (issue.code === 'unrecognized_keys') {
    const allowed = schemaKeysAt(schema, path);
    return issue.keys.slice(0, limit).map((key) => {
      const keyPath = [...path, key];
      const { file, position } = where(keyPath, 'key');
      const suggestion = suggest(key, allowed);
      return issueAt(
        { file, path: dotted(keyPath), message: `Unrecognized key: "${key}"`, code: issue.code, ...(suggestion === undefined ? {} : { suggestion }) },
        position,
      );
    });
  }

  const presence = valueAt(merged.value, path);
  const expected = issue.code === 'invalid_type' ? { expected: issue.expected } : {};
  if (!presence.found && MISSING_CODES.includes(issue.code) && valueAt(merged.value, path.slice(0, -1)).found) {
    const origin = originOf(merged.origins, path);
    // A required key deleted with null points at that null; otherwise at the parent mapping.
    const target = origin?.deleted === true && origin.depth === path.length ? path : path.slice(0, -1);
    const { file, position } = where(target, 'value');
    const key = String(path[path.length - 1] ?? '');
    const detail = issue.code === 'invalid_type' ? ` (expected ${issue.expected})` : `: ${issue.message}`;
    return [issueAt({ file, path: dotted(path), message: `Missing required key "${key}"${detail}`, code: 'missing_key', ...expected }, position)];
  }

  const { file, position } = where(path, 'value');
  const value = presence.found ? presence.value : undefined;
  let message = issue.message;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    message = nonFiniteMessage(value, layers, merged, path);
  }
  if (issue.code === 'invalid_union' && isDistributionUnion(issue)) message = distributionProblem(value) ?? branchMessage(issue, value) ?? message;
  let suggestion: string | undefined;
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    suggestion = suggest(value, issue.values.filter((option): option is string => typeof option === 'string'));
  }
  return [issueAt({ file, path: dotted(path), message, code: issue.code, ...expected, ...(suggestion === undefined ? {} : { suggestion }) }, position)];
}

/** Whether a union issue comes from the distribution union: its branches are told apart by `type` literals that are distribution types. */
function isDistributionUnion(issue: z.core.$ZodIssueInvalidUnion): boolean {
  const literals = issue.errors.flat().filter((i) => i.code === 'invalid_value' && i.path.length === 1 && i.path[0] === 'type')
    .flatMap((i) => (i.code === 'invalid_value' ? i.values : []));
  return literals.length > 0 && literals.every((v) => typeof v === 'string' && DISTRIBUTION_TYPES.includes(v));
}

/** For a distribution whose type and keys are right but a value is not: the matching branch's first message, with the key. */
function branchMessage(issue: z.core.$ZodIssueInvalidUnion, value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const matching = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 1 && i.path[0] === 'type'));
  const first = matching.sort((a, b) => a.length - b.length)[0]?.[0];
  if (first === undefined) return undefined;
  return first.path.length === 0 ? first.message : `${first.path.map(String).join('.')}: ${first.message}`;
}

/** Problems in zod issues, counting each unrecognized key separately as mapIssue does. */
function countIssues(issues: readonly z.core.$ZodIssue[]): number {
  return issues.reduce((sum, issue) => sum + (issue.code === 'unrecognized_keys' ? issue.keys.length : 1), 0);
}

function nonFiniteMessage(value: number, layers: readonly ScenarioLayer[], merged: MergedLayers, path: readonly PropertyKey[]): string {
  const origin = originOf(merged.origins, path);
  const written = layers[origin?.layer ?? -1]?.locator?.sourceText(path) ?? String(value);
  return Number.isNaN(value)
    ? `Invalid number: ${written} is not a number; expected a finite number`
    : `Number out of range: ${written} is too large to represent (the limit is about 1.8e308), so it would become ${value}; expected a finite number`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: true; value: unknown } | { found: false } {
  let current = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number' && segment in current) current = current[segment];
    else if (isRecord(current) && Object.hasOwn(current, String(segment))) current = current[String(segment)];
    else return { found: false };
  }
  return { found: true, value: current };
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Orders issues by layer (base file first), then line and column; the sort is stable. */
function sortIssues(issues: ScenarioIssue[], layers: readonly ScenarioLayer[]): ScenarioIssue[] {
  const rank = (file: string): number => layers.findIndex((layer) => layer.source === file);
  return [...issues].sort(
    (a, b) => rank(a.file) - rank(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
