import { arch, cpus, platform, release, totalmem, type } from 'node:os';

/** The machine a run used, for STRESS-DES 5.4 (system specification). */
export interface SystemInfo {
  node: string;
  v8: string;
  os: string;
  platform: string;
  arch: string;
  cpuModel: string;
  cores: number;
  memoryBytes: number;
}

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
