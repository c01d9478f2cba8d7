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
