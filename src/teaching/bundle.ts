import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** File name of the prebuilt bundle, written beside the compiled module (dist/teaching/teaching.js) by `buildBundle`. */
export const TEACHING_BUNDLE_FILE = 'teaching.js';

// Beside this module: the TypeScript entry when running from src/, the compiled one in dist/.
function entryFile(): string {
  for (const name of ['teachingPage.ts', 'teachingPage.js']) {
    const path = fileURLToPath(new URL(`./${name}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`bundleTeachingPage: no teachingPage.ts or teachingPage.js beside ${fileURLToPath(import.meta.url)}`);
}

/**
 * Bundles the teaching page's script (model, chart builder and Vega-Lite compiler; Vega and vega-embed
 * are inlined by the page itself) into one minified IIFE for the browser, with rolldown. Throws on any
 * bundler warning, e.g. an import that no longer resolves, so a broken bundle never ships.
 */
export async function bundleTeachingPage(): Promise<string> {
  // Loaded on demand: rolldown is a build tool and is not needed to read a prebuilt bundle.
  const { build } = await import('rolldown');
  const warnings: string[] = [];
  const result = await build({
    input: entryFile(),
    platform: 'browser',
    write: false,
    // Vega-Lite imports four helpers (isObject, isString, hasOwnProperty, stringValue) from 'vega' that
    // vega-util provides; resolving 'vega' there keeps the rest of Vega out of the bundle. A missing
    // export would be a bundler warning, which fails the build below.
    resolve: { alias: { vega: 'vega-util' } },
    onLog: (level, log) => {
      if (level === 'warn') warnings.push(`${log.code ?? 'WARNING'}: ${log.message}`);
    },
    output: { format: 'iife', minify: true },
  });
  if (warnings.length > 0) throw new Error(`bundleTeachingPage: the bundler reported ${warnings.length} problem(s):\n${warnings.join('\n')}`);
  const [chunk, ...rest] = result.output;
  if (chunk === undefined || chunk.type !== 'chunk' || rest.length > 0) throw new Error('bundleTeachingPage: expected exactly one output chunk');
  return chunk.code;
}

/**
 * The teaching page's script: the prebuilt bundle (dist/teaching/teaching.js) when it exists, else a
 * fresh bundle (which needs rolldown, a development dependency).
 */
export async function teachingBundle(): Promise<string> {
  const prebuilt = fileURLToPath(new URL(`./${TEACHING_BUNDLE_FILE}`, import.meta.url));
  if (existsSync(prebuilt)) return readFileSync(prebuilt, 'utf8');
  return bundleTeachingPage();
}
