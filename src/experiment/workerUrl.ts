import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The URL of the compiled worker entry point. From compiled code it sits beside this module
 * (`./worker.js`); when this module runs from `src/experiment/*.ts` (vitest) it is
 * `dist/experiment/worker.js` under the repository root, because Node 20 cannot start a worker
 * from TypeScript. Throws an Error asking for `npm run build` if that file is missing.
 */
export function workerUrl(moduleUrl: string = import.meta.url): URL {
  const self = new URL(moduleUrl);
  if (self.pathname.endsWith('.js')) return new URL('./worker.js', self);
  const compiled = new URL('../../dist/experiment/worker.js', self);
  if (!existsSync(fileURLToPath(compiled))) {
    throw new Error(`worker threads need the compiled worker at ${fileURLToPath(compiled)}, which is missing: run \`npm run build\` first (or use jobs = 1)`);
  }
  return compiled;
}
