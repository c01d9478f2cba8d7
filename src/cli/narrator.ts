import type { CliStream } from './cliIo.js';
import { wrapForStream } from './terminalWidth.js';

/** Writes narration lines (progress notes, where results went) to stderr unless `--quiet`. */
export interface Narrator {
  say(line: string): void;
  /** Warnings are shown even under --quiet. */
  warn(line: string): void;
}

/** A narrator over stderr, wrapped to its width on a terminal; `quiet` silences `say` but not `warn`. */
export function createNarrator(stderr: CliStream, quiet: boolean): Narrator {
  const write = (line: string) => stderr.write(`${wrapForStream(line, stderr.columns)}\n`);
  return {
    say: (line) => {
      if (!quiet) write(line);
    },
    warn: write,
  };
}
