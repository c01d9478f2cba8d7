import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';

/** Whether a value rests on a source (`evidence`) or is a modelling choice (`assumption`). */
export type LabelKind = 'evidence' | 'assumption';

/** A parameter's label as written in a scenario file: its kind, the source or reason, and the file. */
export interface ParameterLabel {
  kind: LabelKind;
  /** For evidence, the source (e.g. `seeds/sources.md S§2.3`); for an assumption, why it was chosen. */
  note: string;
  file: string;
}

/**
 * The label form in a trailing comment: `# evidence: <source>` or `# assumption: <why>` (case-insensitive,
 * after whitespace or at the start of the line). Text in the comment before the label is not allowed,
 * so `# tuned; evidence: …` is not a label.
 */
const LABEL_COMMENT = /(?:^|\s)#\s*(evidence|assumption)\s*:\s*(.*?)\s*$/i;

/** The label in one line of a scenario file's text, or undefined if the line has none. */
export function readLabelComment(line: string): { kind: LabelKind; note: string } | undefined {
  const match = LABEL_COMMENT.exec(line);
  if (match === null) return undefined;
  const kind = (match[1] ?? '').toLowerCase() as LabelKind;
  return { kind, note: match[2] ?? '' };
}

/**
 * Dotted key path -> label for every key whose line in the file carries a label comment. A label on a
 * mapping's key (e.g. `outcomes:   # assumption: …`) also covers the keys below it; see labelAt.
 */
export function documentLabels(doc: Document.Parsed, text: string, lineCounter: LineCounter, file: string): Map<string, ParameterLabel> {
  const lines = text.split(/\r?\n/);
  const labels = new Map<string, ParameterLabel>();
  const visit = (node: Node | null | undefined, prefix: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const path = prefix === '' ? String(pair.key.value) : `${prefix}.${String(pair.key.value)}`;
        const offset = pair.key.range?.[0];
        if (offset !== undefined) {
          const label = readLabelComment(lines[lineCounter.linePos(offset).line - 1] ?? '');
          if (label !== undefined) labels.set(path, { ...label, file });
        }
        visit(pair.value as Node | null, path);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item as Node | null, prefix === '' ? String(index) : `${prefix}.${index}`));
    }
  };
  visit(doc.contents, '');
  return labels;
}

/** The label of `path` in one file's labels: its own, or else that of its nearest labelled ancestor; undefined if none. */
export function labelAt(labels: ReadonlyMap<string, ParameterLabel>, path: string): ParameterLabel | undefined {
  const segments = path.split('.');
  for (let depth = segments.length; depth > 0; depth--) {
    const label = labels.get(segments.slice(0, depth).join('.'));
    if (label !== undefined) return label;
  }
  return undefined;
}

/**
 * The label of every leaf of a resolved scenario that has one, taken from the file that set the leaf
 * (`provenance`: leaf path -> file): a value inherited from a base file carries the base file's label.
 */
export function resolvedLabels(
  provenance: ReadonlyMap<string, string>,
  fileLabels: ReadonlyMap<string, ReadonlyMap<string, ParameterLabel>>,
): Map<string, ParameterLabel> {
  const labels = new Map<string, ParameterLabel>();
  for (const [path, file] of provenance) {
    const inFile = fileLabels.get(file);
    const label = inFile === undefined ? undefined : labelAt(inFile, path);
    if (label !== undefined) labels.set(path, label);
  }
  return labels;
}

/**
 * The label of a value at `path` in a resolved scenario's leaf labels: the leaf's own, or for a whole
 * distribution or mapping the label of its first leaf; undefined if none.
 */
export function labelOfValue(labels: ReadonlyMap<string, ParameterLabel>, path: string): ParameterLabel | undefined {
  const own = labels.get(path);
  if (own !== undefined) return own;
  for (const [leaf, label] of labels) if (leaf.startsWith(`${path}.`)) return label;
  return undefined;
}
