import { isAlias, isCollection, isPair, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import { issueAt, limitIssues } from './issue.js';
import type { Position, ScenarioIssue } from './issue.js';
import { createLocator } from './locator.js';
import type { Locator } from './locator.js';
import { keyIssues } from './documentKeys.js';
import { documentLabels } from './parameterLabels.js';
import type { ParameterLabel } from './parameterLabels.js';
import { copyPlainData, isRecord } from './plainData.js';
import type { UnsupportedValue } from './plainData.js';

/** Largest scenario file accepted, in bytes (1 MiB); larger files are refused before parsing. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Most alias expansions accepted in one YAML file; more suggests an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** Most values (scalars, lists, mappings) a file may expand to once aliases are followed; bounds the memory a small file can claim. */
export const MAX_EXPANDED_VALUES = 1_000_000;

/**
 * How many values the document expands to with every alias followed, counted without expanding
 * (each anchored node is counted once and reused); stops counting past `limit`.
 */
function expandedSize(doc: Document.Parsed, limit: number): number {
  const sizes = new Map<unknown, number>();
  const sizeOf = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // A node met again while being counted is a self-referencing alias: counted as one, the parser reports it.
    sizes.set(node, 1);
    let size = 1;
    if (isAlias(node)) size = sizeOf(node.resolve(doc));
    else if (isPair(node)) size = sizeOf(node.key) + sizeOf(node.value);
    else if (isCollection(node)) {
      for (const item of node.items) {
        size += sizeOf(item);
        if (size > limit) break;
      }
    }
    sizes.set(node, size);
    return size;
  };
  return sizeOf(doc.contents);
}

/** One parsed scenario file: its top-level mapping as prototype-free data, and a locator. */
export interface ScenarioDocument {
  file: string;
  format: 'yaml' | 'json';
  value: Record<string, unknown>;
  locator: Locator;
  /** Key path -> the label comment on that key's line (`# evidence: …` / `# assumption: …`); empty for JSON. */
  labels: Map<string, ParameterLabel>;
}

/** The parsed file (undefined when it could not be read as a mapping) and every problem found. */
export interface DocumentResult {
  document: ScenarioDocument | undefined;
  issues: ScenarioIssue[];
}

/**
 * Parses one scenario file's bytes as YAML (.yaml/.yml) or JSON (.json), collecting every problem
 * with its position: size, emptiness, binary content, syntax, duplicate or forbidden keys, alias
 * bombs and a top level that is not a mapping. Never throws for bad content.
 */
export function loadDocument(file: string, bytes: Uint8Array): DocumentResult {
  const fail = (code: string, message: string, position?: Position): DocumentResult => ({
    document: undefined,
    issues: [issueAt({ file, path: '', message, code }, position)],
  });
  const format = formatOf(file);
  if (format === undefined) return fail('unsupported_extension', 'unsupported file extension: expected .yaml, .yml or .json');
  if (bytes.length > MAX_FILE_BYTES) {
    return fail('file_too_large', `the file is ${bytes.length} bytes; scenario files are limited to ${MAX_FILE_BYTES} bytes (1 MiB)`);
  }
  if (bytes.includes(0)) return fail('binary_file', 'the file contains NUL bytes; it looks binary, not a text scenario file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('binary_file', 'the file is not valid UTF-8 text');
  }
  if (text.trim() === '') return fail('empty_file', 'the file is empty');

  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, {
      lineCounter,
      // Duplicate keys are found by keyIssues: the parser's own check is quadratic in the key count.
      uniqueKeys: false,
      prettyErrors: true,
      resolveKnownTags: false,
      logLevel: 'silent',
      ...(format === 'json' ? { schema: 'json' } : {}),
    });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    return fail(`${format}_syntax`, `${label(format)} syntax: ${String(error)}`);
  }
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const [doc] = docs;
  if (doc === undefined) return fail('empty_file', 'the file is empty');
  const second = docs.slice(1).find((d) => d.contents !== null);
  if (second !== undefined) {
    // A second document (after `---`) would be silently ignored: a scenario is one mapping per file.
    return fail('multiple_documents', `the file holds more than one YAML document (separated by \`---\`); a scenario file must hold exactly one: put each scenario in its own file`, at(second.range[0]));
  }

  if (doc.errors.length > 0) {
    return { document: undefined, issues: limitIssues(doc.errors.map((error) => syntaxIssue(file, format, error, at)), file) };
  }
  if (format === 'json') {
    const strict = strictJsonIssue(file, text, at);
    if (strict !== undefined) return { document: undefined, issues: [strict] };
  }
  const issues: ScenarioIssue[] = limitIssues(
    doc.warnings.map((warning) =>
      issueAt({ file, path: '', message: `${label(format)}: ${firstLine(warning)}`, code: 'yaml_warning' }, at(warning.pos[0])),
    ),
    file,
  );
  if (doc.contents === null) return fail('empty_file', 'the file is empty');
  issues.push(...limitIssues(keyIssues(file, doc, at), file));
  // A repeated key, or a list used as a key, has no single meaning as data: refuse the file.
  if (issues.some((issue) => issue.code === 'invalid_key' || issue.code === 'duplicate_key')) return { document: undefined, issues };

  const expanded = expandedSize(doc, MAX_EXPANDED_VALUES);
  if (expanded > MAX_EXPANDED_VALUES) {
    const message = `too many alias references: the aliases (*name) expand the file to more than ${MAX_EXPANDED_VALUES.toLocaleString('en-GB')} values; is this an alias bomb? Write the values out, or alias smaller parts`;
    return { document: undefined, issues: [...issues, issueAt({ file, path: '', message, code: 'alias_limit' }, undefined)] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const aliases = error instanceof ReferenceError && /alias/i.test(error.message);
    const message = aliases
      ? `too many alias references (more than ${MAX_ALIAS_COUNT}); is this an alias bomb?`
      : `the file could not be read: ${String(error)}`;
    const code = aliases ? 'alias_limit' : 'unreadable';
    return { document: undefined, issues: [...issues, issueAt({ file, path: '', message, code }, undefined)] };
  }
  const locator = createLocator(doc, lineCounter);
  if (!isRecord(data)) {
    const found = Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`;
    return fail('not_a_mapping', `the top level must be a mapping of keys to values, found ${found}`, locator.locate([], 'value'));
  }
  const problems: UnsupportedValue[] = [];
  const value = copyPlainData(data, problems);
  for (const problem of problems.filter((p) => p.kind === 'unsupported_value')) {
    issues.push(issueAt(
      { file, path: problem.path.join('.'), message: 'unsupported value: expected a number, string, boolean, list or mapping', code: 'unsupported_value' },
      locator.locate(problem.path, 'value'),
    ));
  }
  const labels = format === 'yaml' ? documentLabels(doc, text, lineCounter, file) : new Map<string, ParameterLabel>();
  return { document: { file, format, value: value as Record<string, unknown>, locator, labels }, issues };
}

function formatOf(file: string): 'yaml' | 'json' | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

function label(format: 'yaml' | 'json'): string {
  return format === 'yaml' ? 'YAML' : 'JSON';
}

/** The first line of a yaml error message, without the position that the issue carries anyway. */
function firstLine(error: YAMLError): string {
  return (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}

/** What to look for, in plain words, after the parser's own message for the commonest YAML mistakes. */
const YAML_HINTS: Readonly<Partial<Record<string, string>>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a nested mapping starts on the line after its key, indented; and keys of one mapping start in the same column, so check the indentation of the lines below',
  MULTILINE_IMPLICIT_KEY: 'check the indentation of this line and the ones below it: a key must fit on one line, and keys of one mapping start in the same column',
  MISSING_CHAR: 'a quote or bracket opened earlier is never closed; the place shown is where the parser gave up looking, so look above it for the opening one',
  TAB_AS_INDENT: 'YAML indents with spaces: replace the tab with spaces',
  BAD_INDENT: 'check the indentation here, and that every [ or { above is closed',
};

function syntaxIssue(file: string, format: 'yaml' | 'json', error: YAMLError, at: (offset: number) => Position): ScenarioIssue {
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return issueAt({ file, path: '', message: 'the file is nested too deeply to read', code: `${format}_syntax` }, at(error.pos[0]));
  }
  // The parser uses MISSING_CHAR for other missing characters too (a colon after a key, a space before a comment).
  const hint = format !== 'yaml' || (error.code === 'MISSING_CHAR' && !/^Missing closing/.test(error.message)) ? undefined : YAML_HINTS[error.code];
  const message = `${label(format)} syntax: ${firstLine(error)}${hint === undefined ? '' : ` (${hint})`}`;
  return issueAt({ file, path: '', message, code: `${format}_syntax` }, at(error.pos[0]));
}

/** Rejects what the YAML parser tolerates but JSON does not (comments, single quotes, trailing commas). */
function strictJsonIssue(file: string, text: string, at: (offset: number) => Position): ScenarioIssue | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(message)?.[1];
    return issueAt(
      { file, path: '', message: `JSON syntax: ${message.replace(/ in JSON at position \d+.*$/, '')}`, code: 'json_syntax' },
      offset === undefined ? undefined : at(Number(offset)),
    );
  }
}

