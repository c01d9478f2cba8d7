// Child process for the command-line memory benchmark: runs one frontdoor command in this process,
// as `frontdoor` would, then replies over IPC with its exit code and the process's peak resident
// set size (worker threads share the process, so their heaps are included).
import { nodeIo } from '../cli/nodeIo.js';
import { runCli } from '../cli/runCli.js';

/** What the child replies. */
export interface CliMemoryReply {
  exitCode: number;
  /** getrusage ru_maxrss: the kernel's high-water mark for this process, in KiB on Linux. */
  peakRssKiB: number;
  seconds: number;
}

const started = performance.now();
const exitCode = await runCli(process.argv.slice(2), nodeIo());
const reply: CliMemoryReply = { exitCode, peakRssKiB: process.resourceUsage().maxRSS, seconds: (performance.now() - started) / 1000 };
process.send?.(reply, () => process.disconnect());
