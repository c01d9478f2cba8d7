import { join } from 'node:path';
import type { ToolInfo } from '../results/index.js';
import type { CliIo } from './cliIo.js';

function stringRecord(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Reads the installed package.json; a missing or unreadable file gives name 'frontdoor-sim', version 'unknown'. */
export function readToolInfo(io: CliIo): ToolInfo {
  const fallback: ToolInfo = { name: 'frontdoor-sim', version: 'unknown', dependencies: {} };
  const bytes = io.fs.readFile(join(io.packageRoot, 'package.json'));
  if (bytes === undefined) return fallback;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (parsed === null || typeof parsed !== 'object') return fallback;
    const record = parsed as Record<string, unknown>;
    return {
      name: typeof record['name'] === 'string' ? record['name'] : fallback.name,
      version: typeof record['version'] === 'string' ? record['version'] : fallback.version,
      dependencies: stringRecord(record['dependencies']),
    };
  } catch {
    return fallback;
  }
}
