import { Document, isCollection, isScalar } from 'yaml';
import type { ParameterLabel } from '../scenario/index.js';

/**
 * The resolved scenario as YAML with a `# from <file>` comment on every leaf naming the file (or
 * `(--set)`) that set it, followed by its label where it has one (`# from <file>; evidence: <source>`); lists of plain values are written inline so the comment sits on their line,
 * lists of mappings get the comment above their first item.
 */
export function resolvedYaml(
  value: unknown,
  provenance: ReadonlyMap<string, string>,
  labels: ReadonlyMap<string, ParameterLabel> = new Map(),
): string {
  const doc = new Document(value);
  for (const [path, source] of provenance) {
    const node = doc.getIn(path.split('.'), true);
    const label = labels.get(path);
    const comment = ` from ${source}${label === undefined ? '' : `; ${label.kind}: ${label.note}`}`;
    if (isCollection(node)) {
      node.flow = node.items.every((item) => !isCollection(item));
      if (node.flow) node.comment = comment;
      else node.commentBefore = comment;
    } else if (isScalar(node)) {
      node.comment = comment;
    }
  }
  return doc.toString({ lineWidth: 0 });
}
