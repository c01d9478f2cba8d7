import { arch, cpus, platform, release, totalmem, type } from 'node:os';

/** Reads the Node version, operating system, CPU model, logical cores and total memory. */
export function systemInfo(): SystemInfo {
  const cpuList = cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    os: `${type()} ${release()}`,
    platform: platform(),
    arch: arch(),
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryBytes: totalmem(),
  };
}
import type { SystemInfo } from '../results/index.js';
