/**
 * How the scenario layer reaches files without touching the filesystem itself: `read` returns the
 * bytes, or undefined when the file does not exist; `resolve` turns a path written inside
 * `fromFile` (such as an `extends` target) into the path to read.
 */
export interface FileReader {
  read(path: string): Uint8Array | undefined;
  resolve(fromFile: string, relative: string): string;
  /** Whether the path is a folder (so that an `extends` naming one is not reported as "not found"); absent means never. */
  isFolder?(path: string): boolean;
}
