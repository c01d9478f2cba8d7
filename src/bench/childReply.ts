import { fork } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the bench runs from dist/bench/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How to start a measuring child process. */
export interface ChildOptions {
  args?: string[];
  execArgv?: string[];
  /** Sent to the child over IPC once it has started. */
  request?: unknown;
  /** Whether the child's stderr shows (default: yes). */
  stderr?: boolean;
}

/**
 * Runs `entry` (a compiled module under dist/) in a fresh Node process from the repository root and
 * resolves with the one message it sends back over IPC; rejects if it fails to start or exits
 * without replying. A fresh process per measurement, so one run's heap cannot inflate the next.
 */
export function replyFromChild<T>(entry: string, options: ChildOptions = {}): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(entry, options.args ?? [], {
      cwd: REPO_ROOT,
      execArgv: options.execArgv ?? [],
      stdio: ['ignore', 'ignore', options.stderr === false ? 'ignore' : 'inherit', 'ipc'],
    });
    let reply: T | undefined;
    child.once('message', (message: T) => {
      reply = message;
    });
    child.once('error', reject);
    child.once('exit', (code) => (reply !== undefined ? resolvePromise(reply) : reject(new Error(`${entry} exited with code ${String(code)} without a reply`))));
    if (options.request !== undefined) child.send(options.request as object);
  });
}
