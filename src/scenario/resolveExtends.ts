import type { FileReader } from './fileReader.js';
import { issueAt } from './issue.js';
import type { ScenarioIssue } from './issue.js';
import { loadDocument } from './loadDocument.js';
import type { ScenarioDocument } from './loadDocument.js';

/** Longest `extends` chain followed (the file asked for and 31 ancestors); deeper chains are reported rather than read. */
export const MAX_EXTENDS_DEPTH = 32;

/** The files of an `extends` chain (child first), every problem met, and whether the chain is whole. */
export interface ExtendsChain {
  documents: ScenarioDocument[];
  issues: ScenarioIssue[];
  complete: boolean;
}

const SCENARIO_EXTENSION = /\.(ya?ml|json)$/i;

/** The chain for a message: every file when short, else the first three and the last two. */
function chainText(files: readonly string[]): string {
  const shown = files.length <= 6 ? files : [...files.slice(0, 3), `… ${files.length - 5} more …`, ...files.slice(-2)];
  return shown.join(' -> ');
}

/**
 * Why a file that exists could not be read (an operating-system error: no permission, a disk error),
 * in words with the fix; undefined for any other error, which is a bug and not the file's.
 */
function unreadableReason(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string' || !/^E[A-Z]+$/.test(error.code)) return undefined;
  const words = /^E[A-Z]+: ([^,]+)/.exec(error.message)?.[1] ?? 'the system refused it';
  const fix = error.code === 'EACCES' || error.code === 'EPERM' ? ': check its permissions (ls -l), or copy it somewhere you can read' : '';
  return `cannot be read: ${words} (${error.code})${fix}`;
}

/**
 * Loads `file` and, through each file's top-level `extends: <relative path>`, its ancestors,
 * resolving each path against the file naming it. A problem with the chain itself (a missing
 * target, a folder, a file that is not .yaml/.yml/.json, a non-string `extends`, a cycle, a chain
 * longer than MAX_EXTENDS_DEPTH) is an issue at the `extends` line of the file asked for, naming the
 * chain and the file where it broke; reading stops at the first file that cannot be used.
 */
export function resolveExtends(file: string, reader: FileReader): ExtendsChain {
  const documents: ScenarioDocument[] = [];
  const issues: ScenarioIssue[] = [];
  const visited: string[] = [];
  let current = file;
  let parent: ScenarioDocument | undefined;

  for (;;) {
    const atExtends = (message: string, code: string, blameRoot = true): ExtendsChain => {
      // Blame the file the user asked about, at its own `extends` line; deeper breaks name the chain.
      // A cycle is blamed where it closes, which is where it is fixed.
      const root = blameRoot ? documents[0] : parent;
      const position = root?.locator.locate(['extends'], 'value');
      let detail = message;
      if (parent !== undefined && root !== undefined && parent !== root) {
        const line = parent.locator.locate(['extends'], 'value')?.line;
        detail = `${message}, named by ${parent.file}${line === undefined ? '' : `:${line}`} (chain: ${chainText([...visited, current])})`;
      }
      issues.push(issueAt({ file: root?.file ?? current, path: root === undefined ? '' : 'extends', message: detail, code }, position));
      return { documents, issues, complete: false };
    };
    if (visited.includes(current)) {
      const cycle = [...visited.slice(visited.indexOf(current)), current];
      return atExtends(`extends cycle: ${cycle.join(' -> ')}`, 'extends_cycle', false);
    }
    if (visited.length >= MAX_EXTENDS_DEPTH) {
      return atExtends(`extends chain is longer than ${MAX_EXTENDS_DEPTH} files (the limit): merge some of the files`, 'extends_too_deep');
    }
    if (reader.isFolder?.(current) === true) {
      return parent === undefined
        ? atExtends('is a folder, not a scenario file: name a .yaml, .yml or .json file in it', 'file_is_folder')
        : atExtends(`extends target ${current} is a folder, not a scenario file: name a .yaml, .yml or .json file`, 'extends_not_a_file');
    }
    let bytes: Uint8Array | undefined;
    try {
      bytes = reader.read(current);
    } catch (error) {
      const reason = unreadableReason(error);
      if (reason === undefined) throw error;
      return atExtends(parent === undefined ? reason : `extends target ${current} ${reason}`, 'file_unreadable');
    }
    if (bytes === undefined) {
      return atExtends(parent === undefined ? 'file not found' : `extends target not found: ${current}`, parent === undefined ? 'file_not_found' : 'extends_not_found');
    }
    if (parent !== undefined && !SCENARIO_EXTENSION.test(current)) {
      return atExtends(`extends target ${current} is not a scenario file: expected a .yaml, .yml or .json file`, 'extends_not_a_file');
    }
    visited.push(current);
    const loaded = loadDocument(current, bytes);
    issues.push(...loaded.issues);
    if (loaded.document === undefined) return { documents, issues, complete: false };
    documents.push(loaded.document);
    parent = loaded.document;

    const target = parent.value['extends'];
    if (target === undefined) return { documents, issues, complete: true };
    if (typeof target !== 'string' || target.trim() === '') {
      return atExtends('extends must be the relative path of another scenario file', 'invalid_extends');
    }
    current = reader.resolve(parent.file, target);
  }
}
