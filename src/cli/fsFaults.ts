/** The error code of a Node filesystem error ('ENOSPC', 'EROFS', …), or undefined for anything else. */
export function errnoCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined;
  return typeof error.code === 'string' && /^E[A-Z0-9]+$/.test(error.code) ? error.code : undefined;
}

/** What kind of fix a filesystem fault calls for: room on the disk, the right to write there, or a path clear of files in the way. */
export type FaultKind = 'space' | 'permission' | 'path';

/** Per error code: plain words for it, and the kind of fix it calls for when there is a particular one. */
const FAULTS: Readonly<Record<string, { words: string; kind?: FaultKind }>> = {
  ENOSPC: { words: 'the disk is full', kind: 'space' },
  EDQUOT: { words: 'the disk quota is used up', kind: 'space' },
  EROFS: { words: 'the file system is read-only', kind: 'permission' },
  EACCES: { words: 'permission denied', kind: 'permission' },
  EPERM: { words: 'permission denied', kind: 'permission' },
  ENOTDIR: { words: 'a part of the path is a file, not a folder', kind: 'path' },
  EEXIST: { words: 'a file is in the way where a folder is needed', kind: 'path' },
  EIO: { words: 'the disk reported an input/output error' },
  EMFILE: { words: 'too many files are open' },
  ENAMETOOLONG: { words: 'the name is too long' },
  EBUSY: { words: 'the folder is in use (a mount point?)' },
};

/** Plain words for a filesystem error code ('the disk is full (ENOSPC)'), or undefined for an unknown code. */
export function faultReason(code: string): string | undefined {
  const fault = FAULTS[code];
  return fault === undefined ? undefined : `${fault.words} (${code})`;
}

/** The kind of fix for a filesystem error code, or undefined when there is no particular one. */
function faultKind(code: string): FaultKind | undefined {
  return FAULTS[code]?.kind;
}

/**
 * A failed read or write described for its message: the reason in words (the error's own message for a
 * code without words) and the kind of fix; undefined when `error` is not a filesystem error.
 */
export function writeFault(error: unknown): { reason: string; kind: FaultKind | undefined } | undefined {
  const code = errnoCode(error);
  if (code === undefined) return undefined;
  return { reason: faultReason(code) ?? (error instanceof Error ? error.message : code), kind: faultKind(code) };
}
