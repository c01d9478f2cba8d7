// Writes the teaching page's script to dist/teaching/teaching.js, where `teachingBundle` finds it, so the
// command that writes the page needs no bundler. Run after `tsc` by `npm run build`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEACHING_BUNDLE_FILE, bundleTeachingPage } from './bundle.js';

const target = fileURLToPath(new URL(`./${TEACHING_BUNDLE_FILE}`, import.meta.url));
try {
  const code = await bundleTeachingPage();
  writeFileSync(target, code);
  process.stderr.write(`wrote ${target} (${code.length} bytes)\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
