// Once per test run, before any test file: compiles the Vega-Lite schema into the validator cache
// (a no-op when the cache already holds it), so the files that validate chart specs load it instead
// of each compiling the schema again.
import { writeCachedValidator } from './charts/vegaLiteSchema.js';

export default function setup(): void {
  writeCachedValidator();
}
