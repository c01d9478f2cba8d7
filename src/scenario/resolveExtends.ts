import type { FileReader } from './fileReader.js';
import { issueAt } from './issue.js';
import type { ScenarioIssue } from './issue.js';
import { loadDocument } from './loadDocument.js';
import type { ScenarioDocument } from './loadDocument.js';

/** Longest `extends` chain followed; deeper chains are reported rather than read. */
export const MAX_EXTENDS_DEPTH = 32;

/** The files of an `extends` chain (child first), every problem met, and whether the chain is whole. */
export interface ExtendsChain {
  documents: ScenarioDocument[];
  issues: ScenarioIssue[];
  complete: boolean;
}

/**
 * Loads `file` and, through each file's top-level `extends: <relative path>`, its ancestors,
 * resolving each path against the file naming it. A missing target, a non-string `extends` or a
 * cycle is an issue at that `extends` value; reading stops at the first file that cannot be used.
 */
export function resolveExtends(file: string, reader: FileReader): ExtendsChain {
  const documents: ScenarioDocument[] = [];
  const issues: ScenarioIssue[] = [];
  const visited: string[] = [];
  let current = file;
  let parent: ScenarioDocument | undefined;

  for (;;) {
    const atExtends = (message: string, code: string): ExtendsChain => {
      const position = parent?.locator.locate(['extends'], 'value');
      issues.push(issueAt({ file: parent?.file ?? current, path: parent === undefined ? '' : 'extends', message, code }, position));
      return { documents, issues, complete: false };
    };
    if (visited.includes(current)) {
      const cycle = [...visited.slice(visited.indexOf(current)), current];
      return atExtends(`extends cycle: ${cycle.join(' -> ')}`, 'extends_cycle');
    }
    if (visited.length >= MAX_EXTENDS_DEPTH) {
      return atExtends(`extends chain is longer than ${MAX_EXTENDS_DEPTH} files`, 'extends_too_deep');
    }
    const bytes = reader.read(current);
    if (bytes === undefined) {
      return atExtends(parent === undefined ? 'file not found' : `extends target not found: ${current}`, parent === undefined ? 'file_not_found' : 'extends_not_found');
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
