import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { Position } from './issue.js';

/** Finds where a key path sits in one parsed scenario file. */
export interface Locator {
  /**
   * Position of the key (`'key'`) or value (`'value'`) at `path`; when the path only partly
   * exists, the value of its deepest existing part. Undefined only for an empty document.
   */
  locate(path: readonly PropertyKey[], at: 'key' | 'value'): Position | undefined;
  /** The source text of the scalar at `path` as written (for example `1e400`), if there is one. */
  sourceText(path: readonly PropertyKey[]): string | undefined;
}

interface Found {
  node: Node | null;
  pair: Pair | undefined;
  complete: boolean;
}

/** A Locator over a YAML (or JSON) document parsed with the given line counter. */
export function createLocator(doc: Document.Parsed, lineCounter: LineCounter): Locator {
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const nodeStart = (node: Node | null | undefined): number | undefined => node?.range?.[0];
  const walk = pathWalker(doc);

  return {
    locate(path, at) {
      const found = walk(path);
      const keyOffset = nodeStart(found.pair?.key as Node | null | undefined);
      if (found.complete && at === 'key' && keyOffset !== undefined) return position(keyOffset);
      const valueOffset = isEmptyScalar(found.node) ? undefined : nodeStart(found.node);
      const offset = valueOffset ?? keyOffset;
      return offset === undefined ? undefined : position(offset);
    },
    sourceText(path) {
      const found = walk(path);
      return found.complete && isScalar(found.node) ? found.node.source : undefined;
    },
  };
}

/**
 * Follows key paths through maps and sequences (and aliases) as far as they exist; each map's keys
 * are indexed on first use, so locating every key of a large file stays linear.
 */
function pathWalker(doc: Document.Parsed): (path: readonly PropertyKey[]) => Found {
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairsOf = (map: YAMLMap): Map<string, Pair> => {
    let index = indexes.get(map);
    if (index === undefined) {
      index = new Map();
      // Later pairs win, as in the loaded value.
      for (const item of map.items) if (isScalar(item.key)) index.set(String(item.key.value), item);
      indexes.set(map, index);
    }
    return index;
  };
  return (path) => {
    let node: Node | null = doc.contents;
    let pair: Pair | undefined;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc) ?? null;
      if (isMap(node)) {
        const match = pairsOf(node).get(String(segment));
        if (match === undefined) return { node, pair, complete: false };
        pair = match;
        node = match.value as Node | null;
      } else if (isSeq(node)) {
        const index = Number(segment);
        const item: unknown = Number.isInteger(index) ? node.items[index] : undefined;
        if (item === undefined) return { node, pair, complete: false };
        pair = undefined;
        node = item as Node | null;
      } else {
        return { node, pair, complete: false };
      }
    }
    return { node, pair, complete: true };
  };
}

/** True for the implicit null after `key:` with nothing written, which has no useful position. */
function isEmptyScalar(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null && node.source === '');
}
