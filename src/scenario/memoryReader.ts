import { posix } from 'node:path';
import type { FileReader } from './fileReader.js';

/**
 * A FileReader over an in-memory map from POSIX path to text or bytes, for tests and for scenarios
 * built in code; relative paths resolve against the directory of the file that names them.
 */
export function memoryReader(
  files: ReadonlyMap<string, string | Uint8Array> | Readonly<Record<string, string | Uint8Array>>,
): FileReader {
  const table = files instanceof Map ? files : new Map(Object.entries(files));
  const encoder = new TextEncoder();
  return {
    read(path) {
      const content = table.get(path);
      return typeof content === 'string' ? encoder.encode(content) : content;
    },
    resolve(fromFile, relative) {
      return posix.isAbsolute(relative)
        ? posix.normalize(relative)
        : posix.normalize(posix.join(posix.dirname(fromFile), relative));
    },
  };
}
