import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { CliStream } from './cliIo.js';
import { MESSAGES } from './messages.js';

/** Progress of a long run: `update(done, total)` redraws; `stop()` clears the bar. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const NO_PROGRESS: Progress = { update: () => undefined, stop: () => undefined };

/** A Writable over the CLI's stderr with the TTY fields cli-progress reads. */
function terminalStream(stream: CliStream): NodeJS.WritableStream {
  const writable = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      stream.write(chunk.toString());
      callback();
    },
  });
  return Object.assign(writable, { isTTY: true, columns: stream.columns ?? 80 });
}

/**
 * A cli-progress bar on stderr when `enabled` and stderr is a terminal (never in a pipe, where it
 * would litter logs); otherwise a progress that does nothing. The bar is cleared when stopped.
 */
export function startProgress(stderr: CliStream, enabled: boolean): Progress {
  if (!enabled || !stderr.isTTY) return NO_PROGRESS;
  const bar = new cliProgress.SingleBar(
    { stream: terminalStream(stderr), format: MESSAGES.progressFormat, clearOnComplete: true, hideCursor: false, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
