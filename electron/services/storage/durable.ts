import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * Makes a folder's entries (a file just created or renamed into it) durable. Windows cannot open a
 * folder for this, and its file system journals renames itself, so there it is skipped.
 */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Why a write failed, in words for the user: the cases a person can act on, named. */
export function writeFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'the profile folder is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    default:
      return (err as Error).message;
  }
}
