import { Document, isCollection, isScalar } from 'yaml';

/**
 * The resolved scenario as YAML with a `# from <file>` comment on every leaf naming the file (or
 * `(--set)`) that set it; lists of plain values are written inline so the comment sits on their line,
 * lists of mappings get the comment above their first item.
 */
export function resolvedYaml(value: unknown, provenance: ReadonlyMap<string, string>): string {
  const doc = new Document(value);
  for (const [path, source] of provenance) {
    const node = doc.getIn(path.split('.'), true);
    const comment = ` from ${source}`;
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
