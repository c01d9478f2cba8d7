import type { CliStream } from './cliIo.js';

/** Writes narration lines (progress notes, where results went) to stderr unless `--quiet`. */
export interface Narrator {
  say(line: string): void;
  /** Warnings are shown even under --quiet. */
  warn(line: string): void;
}

/** A narrator over stderr; `quiet` silences `say` but not `warn`. */
export function createNarrator(stderr: CliStream, quiet: boolean): Narrator {
  return {
    say: (line) => {
      if (!quiet) stderr.write(`${line}\n`);
    },
    warn: (line) => stderr.write(`${line}\n`),
  };
}
