import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: { readonly vega: string; readonly vegaEmbed: string } | undefined;

/**
 * The browser builds of Vega and vega-embed (`vega.min.js`, `vega-embed.min.js`) from node_modules,
 * read once on first use, for the interactive report, which must fetch nothing. Throws if missing.
 */
export function vendorScripts(): { readonly vega: string; readonly vegaEmbed: string } {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  // The packages' `exports` hide their UMD files; they sit beside the resolved entry points in build/.
  const read = (pkg: string, file: string): string => readFileSync(join(dirname(require.resolve(pkg)), file), 'utf8');
  cached = { vega: read('vega', 'vega.min.js'), vegaEmbed: read('vega-embed', 'vega-embed.min.js') };
  return cached;
}
