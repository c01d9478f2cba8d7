#!/usr/bin/env node
// The build (npm run build): compiles src/ to dist/ with an incremental `tsc`, then bundles the
// teaching page's script, each step only when its inputs changed since it last succeeded.
// 1. the inputs of the compile (src/, the tsconfig files, package-lock.json) are hashed; when the
//    hash equals dist/.build-inputs.sha256 and dist/cli/main.js exists, nothing is done;
// 2. otherwise the stamp is removed (an interrupted build is never taken as up to date) and
//    `tsc --incremental` compiles what changed (its state is kept in dist/, so deleting dist/ forgets it);
// 3. the bundle's inputs (every compiled .js in dist/ and package-lock.json) are hashed and the bundle is
//    rebuilt only when they differ from dist/teaching/.bundle-inputs.sha256 or teaching.js is missing;
// 4. dist/cli/main.js is made executable and the stamp written last.
// `--force` rebuilds everything. Plain JavaScript, so it runs before anything is compiled.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
const buildStamp = join(dist, '.build-inputs.sha256');
const bundleStamp = join(dist, 'teaching', '.bundle-inputs.sha256');
const bundleFile = join(dist, 'teaching', 'teaching.js');
const force = process.argv.includes('--force');

/** Every file under `folder` whose name passes `keep`, sorted, as paths relative to the repository. */
function filesUnder(folder, keep) {
  if (!existsSync(folder)) return [];
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isFile() && keep(path)) found.push(relative(root, path));
  }
  return found.sort();
}

/** sha256 over the names and contents of `files` (relative to the repository); a missing file counts as empty. */
function digest(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    const path = join(root, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(path) ? readFileSync(path) : Buffer.alloc(0));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const readStamp = (path) => (existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined);

/** Runs a command in the repository, inheriting stdio; stops the build with its exit code when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build: ${command} ${args.join(' ')} failed${result.error ? ` (${result.error.message})` : ''}\n`);
    process.exit(result.status ?? 1);
  }
}

// 1.
const buildInputs = digest([
  ...filesUnder(join(root, 'src'), () => true),
  'tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'scripts/build.mjs',
]);
if (!force && readStamp(buildStamp) === buildInputs && existsSync(join(dist, 'cli', 'main.js')) && existsSync(bundleFile)) {
  process.exit(0);
}
// 2.
rmSync(buildStamp, { force: true });
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', join(dist, '.tsbuildinfo')]);
// 3.
const bundleInputs = digest([...filesUnder(dist, (p) => p.endsWith('.js') && p !== bundleFile), 'package-lock.json']);
if (force || readStamp(bundleStamp) !== bundleInputs || !existsSync(bundleFile)) {
  rmSync(bundleStamp, { force: true });
  run(process.execPath, [join(dist, 'teaching', 'buildBundle.js')]);
  writeFileSync(bundleStamp, `${bundleInputs}\n`);
}
// 4.
chmodSync(join(dist, 'cli', 'main.js'), 0o755);
mkdirSync(dist, { recursive: true });
writeFileSync(buildStamp, `${buildInputs}\n`);
