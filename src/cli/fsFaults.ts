/** The error code of a Node filesystem error ('ENOSPC', 'EROFS', …), or undefined for anything else. */
export function errnoCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined;
  return typeof error.code === 'string' && /^E[A-Z0-9]+$/.test(error.code) ? error.code : undefined;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way where a folder is needed',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the folder is in use (a mount point?)',
};

/** Plain words for a filesystem error code ('the disk is full (ENOSPC)'), or undefined for an unknown code. */
export function faultReason(code: string): string | undefined {
  const reason = REASONS[code];
  return reason === undefined ? undefined : `${reason} (${code})`;
}

/** What kind of fix a filesystem fault calls for: room on the disk, the right to write there, or a path clear of files in the way. */
export type FaultKind = 'space' | 'permission' | 'path';

const KINDS: Readonly<Record<string, FaultKind>> = {
  ENOSPC: 'space', EDQUOT: 'space',
  EACCES: 'permission', EPERM: 'permission', EROFS: 'permission',
  EEXIST: 'path', ENOTDIR: 'path',
};

/** The kind of fix for a filesystem error code, or undefined when there is no particular one. */
export function faultKind(code: string): FaultKind | undefined {
  return KINDS[code];
}
