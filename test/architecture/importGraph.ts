import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import from a file in one top-level folder of src/ to a file in another. */
export interface FolderImport {
  readonly from: string;
  readonly to: string;
  /** The importing file, relative to src/, and the specifier as written. */
  readonly file: string;
  readonly specifier: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level folders of `srcDir` (each is one layer). */
export function srcFolders(srcDir: string): string[] {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every relative import (static, dynamic, type-only or re-export) that crosses from one top-level folder of `srcDir` to another. */
export function folderImports(srcDir: string): FolderImport[] {
  const root = resolve(srcDir);
  return sourceFiles(root).flatMap((path) => {
    const file = relative(root, path);
    const from = file.split(sep)[0] ?? '';
    const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    return importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .flatMap((specifier) => {
        const to = relative(root, resolve(dirname(path), specifier)).split(sep)[0] ?? '';
        return to === from ? [] : [{ from, to, file, specifier }];
      });
  });
}

/** The imports that `allowed` (folder -> the folders it may import) does not permit; a folder missing from `allowed` may import nothing. */
export function layeringViolations(imports: readonly FolderImport[], allowed: Readonly<Record<string, readonly string[]>>): FolderImport[] {
  return imports.filter((edge) => !(allowed[edge.from] ?? []).includes(edge.to));
}

/** A circle of folders (first folder repeated at the end), or undefined when the folder graph has none. */
export function folderCycle(imports: readonly FolderImport[]): string[] | undefined {
  const next = new Map<string, Set<string>>();
  for (const edge of imports) {
    const targets = next.get(edge.from) ?? new Set<string>();
    targets.add(edge.to);
    next.set(edge.from, targets);
  }
  const done = new Set<string>();
  const visit = (folder: string, path: readonly string[]): string[] | undefined => {
    const at = path.indexOf(folder);
    if (at >= 0) return [...path.slice(at), folder];
    if (done.has(folder)) return undefined;
    for (const target of [...(next.get(folder) ?? [])].sort()) {
      const cycle = visit(target, [...path, folder]);
      if (cycle !== undefined) return cycle;
    }
    done.add(folder);
    return undefined;
  };
  for (const folder of [...next.keys()].sort()) {
    const cycle = visit(folder, []);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}
