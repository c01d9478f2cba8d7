// Child process for the command-line benchmarks: runs one frontdoor command in this process, as
// `frontdoor` would, then replies over IPC with its exit code, the process's peak resident set
// size and its wall and CPU time (worker threads share the process, so their heaps and CPU time
// are included, as are V8's own compiler and garbage-collector threads).
import { nodeIo } from '../cli/nodeIo.js';
import { runCli } from '../cli/runCli.js';

/** What the child replies. */
export interface CliChildReply {
  exitCode: number;
  /** getrusage ru_maxrss: the kernel's high-water mark for this process, in KiB on Linux. */
  peakRssKiB: number;
  /** Wall time from the start of the process to the end of the command. */
  seconds: number;
  /** User plus system CPU time of every thread of the process over the same span. */
  cpuSeconds: number;
}

const exitCode = await runCli(process.argv.slice(2), nodeIo());
const usage = process.resourceUsage();
const reply: CliChildReply = {
  exitCode,
  peakRssKiB: usage.maxRSS,
  seconds: performance.now() / 1000,
  cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
};
process.send?.(reply, () => process.disconnect());
