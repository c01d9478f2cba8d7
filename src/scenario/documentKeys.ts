import { isPair, isScalar, isSeq, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import { issueAt } from './issue.js';
import type { Position, ScenarioIssue } from './issue.js';
import { isForbiddenKey } from './plainData.js';

/**
 * Problems with the keys of every mapping in a document, each at the key's position: a repeated
 * key (`duplicate_key`, at the second occurrence), a list or mapping used as a key (`invalid_key`)
 * and a key that could reach Object.prototype (`forbidden_key`). Linear in the number of keys,
 * unlike the parser's own `uniqueKeys` check, which compares every pair with every other.
 */
export function keyIssues(file: string, doc: Document.Parsed, at: (offset: number) => Position): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const report = (key: unknown, path: string[], message: string, code: string): void => {
    const offset = (key as Node | null)?.range?.[0];
    issues.push(issueAt({ file, path: path.join('.'), message, code }, offset === undefined ? undefined : at(offset)));
  };
  visit(doc, {
    Map(_, map, ancestors) {
      const parentPath = pathOf(ancestors);
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (pair.key !== null && !isScalar(pair.key)) {
          report(pair.key, parentPath, 'keys must be plain names, not lists or mappings', 'invalid_key');
          continue;
        }
        const name = keyName(pair.key);
        const path = [...parentPath, name];
        if (seen.has(name)) report(pair.key, path, `duplicate key "${name}": keys must be unique in a mapping`, 'duplicate_key');
        else if (isForbiddenKey(name)) report(pair.key, path, `"${name}" is not allowed as a key`, 'forbidden_key');
        seen.add(name);
      }
    },
  });
  return issues;
}

/** The key path of a node from its ancestors (pairs give their key, sequences the item's index). */
function pathOf(ancestors: readonly unknown[]): string[] {
  const path: string[] = [];
  ancestors.forEach((ancestor, index) => {
    const parent = ancestors[index - 1];
    if (isPair(ancestor)) path.push(keyName(ancestor.key));
    else if (isSeq(parent)) path.push(String(parent.items.indexOf(ancestor)));
  });
  return path;
}

function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : '';
}
