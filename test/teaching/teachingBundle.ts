// The teaching page's script, bundled from src/teaching by bundleTeachingPage() once per worker: the
// test files that need it share the module cache, so the second asks for the same string (the
// bundler reads the same sources, and a string cannot be changed by the file that gets it).
import { bundleTeachingPage } from '../../src/teaching/index.js';

let bundle: Promise<string> | undefined;

/** bundleTeachingPage()'s result, bundled on the first call in this worker. */
export function teachingPageBundle(): Promise<string> {
  bundle ??= bundleTeachingPage();
  return bundle;
}
