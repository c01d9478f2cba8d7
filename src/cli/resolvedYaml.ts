import { Document, isCollection, isMap, isScalar } from 'yaml';
import type { ParameterLabel } from '../scenario/index.js';

/** The comment naming where a value came from and its label, if it has one. */
function commentFor(source: string, label: ParameterLabel | undefined): string {
  return ` from ${source}${label === undefined ? '' : `; ${label.kind}: ${label.note}`}`;
}

function sameLabel(a: ParameterLabel | undefined, b: ParameterLabel | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.kind === b.kind && a.note === b.note && a.file === b.file);
}

/** The path of the mapping or list holding `path` ('' at the top). */
function parentOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('.')));
}

/**
 * The mappings whose values all come from one file with one label (a label written on the mapping's
 * key covers the keys below it): path → that comment, said once above the mapping's first key rather
 * than on each line. Only mappings of two or more plain values (`plain`; a list keeps its own comment).
 */
function sharedComments(
  provenance: ReadonlyMap<string, string>, labels: ReadonlyMap<string, ParameterLabel>, plain: (path: string) => boolean,
): Map<string, string> {
  const byParent = new Map<string, { source: string; label: ParameterLabel | undefined; count: number; same: boolean }>();
  for (const [path, source] of provenance) {
    if (!path.includes('.') || !plain(path)) continue;
    const parent = parentOf(path);
    const label = labels.get(path);
    const seen = byParent.get(parent);
    if (seen === undefined) byParent.set(parent, { source, label, count: 1, same: true });
    else {
      seen.count++;
      seen.same &&= seen.source === source && sameLabel(seen.label, label);
    }
  }
  const shared = new Map<string, string>();
  for (const [parent, group] of byParent) {
    if (group.same && group.count >= 2 && group.label !== undefined) shared.set(parent, commentFor(group.source, group.label));
  }
  return shared;
}

/**
 * The resolved scenario as YAML with a `# from <file>` comment on every leaf naming the file (or
 * `(--set)`) that set it, followed by its label where it has one (`# from <file>; evidence: <source>`); lists of plain values are written inline so the comment sits on their line,
 * lists of mappings get the comment above their first item. A mapping whose values share one file
 * and one label (e.g. a distribution labelled on its key) gets the comment once, above its first key.
 */
export function resolvedYaml(
  value: unknown,
  provenance: ReadonlyMap<string, string>,
  labels: ReadonlyMap<string, ParameterLabel> = new Map(),
): string {
  const doc = new Document(value);
  const nodeAt = (path: string): unknown => doc.getIn(path.split('.'), true);
  const shared = sharedComments(provenance, labels, (path) => !isCollection(nodeAt(path)));
  for (const [path, source] of provenance) {
    const node = nodeAt(path);
    // Said once on the mapping, below.
    const parent = parentOf(path);
    if (shared.has(parent) && !isCollection(node) && isMap(nodeAt(parent))) continue;
    const comment = commentFor(source, labels.get(path));
    if (isCollection(node)) {
      node.flow = node.items.every((item) => !isCollection(item));
      if (node.flow) node.comment = comment;
      else node.commentBefore = comment;
    } else if (isScalar(node)) {
      node.comment = comment;
    }
  }
  for (const [parent, comment] of shared) {
    const node = nodeAt(parent);
    if (isMap(node)) node.commentBefore = comment;
  }
  return doc.toString({ lineWidth: 0 });
}
