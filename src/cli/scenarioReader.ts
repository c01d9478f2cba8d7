import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import type { FileReader } from '../scenario/index.js';
import type { CliIo } from './cliIo.js';

/**
 * A FileReader over the CLI's filesystem. Paths stay as the user wrote them (relative to the working
 * folder), so messages name `scenarios/base.yaml` rather than an absolute path; an `extends` target
 * resolves against the folder of the file that names it.
 */
export function scenarioReader(io: CliIo): FileReader {
  return {
    read: (path) => (io.fs.isDirectory(resolve(io.cwd, path)) ? undefined : io.fs.readFile(resolve(io.cwd, path))),
    isFolder: (path) => io.fs.isDirectory(resolve(io.cwd, path)),
    resolve: (fromFile, relative) => (isAbsolute(relative) ? normalize(relative) : normalize(join(dirname(fromFile), relative))),
  };
}
